package pipeline_test

import "testing"

// TestReactionTargets: a reaction to a thing (a deal, a plan, measures) is aimed at the actor
// the thing belongs to, also when the object is not right after the verb: a possessive or a
// country adjective before its noun, or its "by" phrase. Sentences written for this test.
func TestReactionTargets(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "'by' phrase past an adverb and a preposition", text: "Greece objected strongly to the pipeline deal reached by Turkey and Libya.",
			want: []string{"110 GRC TUR *", "110 GRC LBY *"}},
		{rule: "country adjective of the object", text: "Brazil expressed concern over the Argentine measures.",
			want: []string{"012 BRA ARG *"}},
		{rule: "possessive of the object after a preposition", text: "Norway protested against Sweden's decision to close the embassy.",
			want: []string{"1* NOR SWE *"}},
		{rule: "no owner named", text: "Greece objected to the deal, saying the talks had failed.",
			want: []string{"110 GRC - *"}},
		{rule: "the subject's own country is no target", text: "Kenya criticised the measures taken by Kenyan police.",
			not: []string{"111 KEN KENCOP *"}},
	})
}
