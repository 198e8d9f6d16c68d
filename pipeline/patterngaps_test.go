package pipeline_test

import "testing"

// TestPatternGaps: a pattern word after a gap (*) that first occurs too early is tried at
// its later occurrences within the gap ("blame * on @T" in "blamed the attack on the market
// on X": the first "on" belongs to the attack), and each gap has its own four words.
func TestPatternGaps(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"The Kenyan government blamed the attack on the market on Al-Shabaab.", []string{"112 KENGOV SOMREB asserted"}},
		{"Nigerian police blamed the fire in the depot on the army.", []string{"112 NGACOP NGAMIL asserted"}},
		{"Egyptian authorities released four activists from Alexandria from prison on Monday.", []string{"0841 EGYGOV EGYOPP asserted"}},
		{"Canada pledged in March another $40 million in humanitarian aid for Haiti.", []string{"0333 CAN HTI asserted"}},
		// Two gaps, each of its own four words.
		{"The Ugandan foreign minister said on Friday that the Sudanese government and the rebels in Darfur must sign a ceasefire.",
			[]string{"1056 UGAGOV SDNGOV asserted", "100 UGAGOV SDNREB asserted"}},
		// No later occurrence: blame with no one blamed.
		{"Nigerian police blamed the fire in the depot.", []string{"112 NGACOP - asserted"}},
	})
}
