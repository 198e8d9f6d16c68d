package pipeline_test

import "testing"

// TestBeliefs: an act that a third party believes, thinks, suspects or fears was or will be
// done is an assessment, not a report of the act nor the actor's threat or intent; an act
// done by the believer, or one a noun names as done, stays.
func TestBeliefs(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		// Hypothetical: neither the act nor a threat or intent of its actor.
		{"Analysts think Russia will attack Ukraine next spring.", []string{"190 RUS UKR hypothetical"}},
		{"Kenya thinks Uganda will sign the trade deal.", []string{"057 UGA - hypothetical"}},
		{"Diplomats believe that Chad expelled the envoy in secret.", []string{"161 TCD TCDGOV hypothetical"}},
		{"It is believed that Nigerian troops shelled the village.", []string{"194 NGAMIL - hypothetical"}},
		{"The Ethiopian army is thought to have shelled the border town.", []string{"194 ETHMIL - hypothetical"}},
		{"Residents fear Sudanese soldiers will attack the camp.", []string{"190 SDNMIL - hypothetical"}},
		{"Villagers fled, fearing Sudanese soldiers would attack the camp.", []string{"190 SDNMIL - hypothetical"}},
		// Still asserted: a suspect named by the participle, the believer's own act, a
		// relative clause on the subject, a report by a speaker.
		{"Suspected rebels attacked a Nigerian army base.", []string{"190 NGAREB NGAMIL asserted"}},
		{"Kenya believes in dialogue and signed the accord with Uganda.", []string{"057 KEN UGA asserted"}},
		{"Kenyan protesters who want reform blocked the highway to Nairobi.", []string{"144 KENCVL - asserted"}},
		{"Kenyan police who think the protest is illegal arrested ten students.", []string{"173 KENCOP KENEDU asserted"}},
		{"Police said Kenyan soldiers shelled the village.", []string{"194 KENMIL - asserted"}},
	})
}
