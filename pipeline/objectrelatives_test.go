package pipeline_test

import "testing"

// TestObjectRelatives: a relative clause with a subject of its own after the main clause
// ("whom its police detained", "that the rebels seized") tells what its antecedent is by an
// act done to it, background to the sentence's news; a subject relative reports an act.
func TestObjectRelatives(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "whom and a subject", text: "Uganda will free the Kenyan traders, whom its police detained in Kampala last week.",
			not: []string{"173"}},
		{rule: "which and a subject", text: "Kenya condemned the arrest of two Kenyan journalists, which Ugandan police carried out in Kampala.",
			want: []string{"11* KEN * asserted"}, not: []string{"173 UGACOP * *"}},
		{rule: "a subject relative reports", text: "Ugandan residents pelted stones at Kenyan police, who fired tear gas.",
			want: []string{"175 KENCOP * asserted"}},
	})
}
