package pipeline_test

import "testing"

// TestOpinions: "considers X Y" with a complement gives an opinion of X, not CAMEO's
// consideration of a policy option (014); "is considering sanctions" still is one.
func TestOpinions(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "an adjective complement", text: "The European Union still considers the Kenyan elections unfair.", not: []string{"014"}},
		{rule: "a noun complement", text: "Kenya considers Uganda a reliable partner.", not: []string{"014"}},
		{rule: "an 'as' complement", text: "The Ugandan government regards the Kenyan decision as a provocation.", not: []string{"014"}},
		{rule: "a 'to be' complement", text: "Peru considers the Chilean claims to be baseless.", not: []string{"014"}},
		{rule: "a policy option", text: "Kenya is considering new sanctions against Uganda.", want: []string{"014 KEN * asserted"}},
	})
}
