package pipeline_test

import "testing"

// TestVictimTargets: a violent act named by a noun ("bombing", "ambush", "car bomb") takes
// as its target the victims of the clause that reports the harm it did: the subject of a
// passive harm verb or of "die" the noun is the occasion or means of, or the object of the
// harm verb the noun is the subject of. The harm verb's own record folds into the noun's,
// so without this the victims were lost. The owner of a thing hit is no victim, and a clash
// between two sides keeps its sides.
func TestVictimTargets(t *testing.T) {
	c := load(t)
	checkEvents(t, c, eventTriples, []eventsCase{
		{"Four Kenyan soldiers were killed by a roadside bomb near the border.", []string{"1833 - KENMIL"}},
		{"Four Kenyan soldiers were killed in a suicide car bombing near the border.", []string{"1831 - KENMIL"}},
		{"A roadside bomb near the town of Gao killed three Malian soldiers on Tuesday.", []string{"1833 - MLIMIL"}},
		{"Two Chadian guards died in an ambush on Tuesday.", []string{"190 - TCD"}},
		{"A landmine explosion wounded two Ugandan police officers.", []string{"1833 - UGACOP"}},
		{"A rocket hit the minister's car on Monday.", []string{"194 - -"}},
		{"Police said a bombing in the capital killed no one.", []string{"183 - -", "180 COP -"}},
		// An attributive participle ("an improvised device") is no verb whose subject
		// placed the device.
		{"Four Kenyan soldiers were killed by an improvised explosive device near the border.", []string{"183 - KENMIL"}},
		{"Rebels planted an improvised explosive device on the road.", []string{"183 REB -"}},
	})
}
