package pipeline_test

import "testing"

// TestGroundsNouns: an event noun after "over" tells what another actor's act is about
// ("summoned the envoy over the killing of"), not news of its own; with no act before it, the
// noun's event stays.
func TestGroundsNouns(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "grounds of a summons", text: "Kenyan police summoned two Ugandan traders on Monday over alleged assaults on their workers.",
			not: []string{"18*"}},
		{rule: "grounds of an arrest", text: "Kenyan police arrested two Ugandan traders on Monday over the killing of a farmer.",
			want: []string{"173 KENCOP UGABUS"}, not: []string{"18*"}},
		{rule: "no act before", text: "Two Ugandan traders killed a Kenyan farmer on Monday.", want: []string{"18* UGABUS"}},
	})
}
