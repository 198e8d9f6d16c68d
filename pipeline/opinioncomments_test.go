package pipeline_test

import "testing"

// TestOpinionComments: an opinion of another actor or of its act is a comment on that actor:
// a criticism when the complement condemns (111), praise when it approves (051), else a
// statement about it (010). An opinion of a thing no actor owns, one denied, and the weighing
// of a policy option give no comment.
func TestOpinionComments(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a possessive's act called a violation", text: "Russia's foreign ministry said it viewed Washington's move as a violation of international law.",
			want: []string{"111 RUSGOV USA asserted"}},
		{rule: "an adjective's act called unacceptable", text: "Kenya said it regarded the Ugandan decision as unacceptable.",
			want: []string{"111 KEN UGA asserted"}},
		{rule: "an actor called a partner", text: "Kenya considers Uganda a reliable partner.",
			want: []string{"051 KEN UGA asserted"}, not: []string{"014 * * *"}},
		{rule: "a neutral opinion is a statement about the actor", text: "Peru regards the Chilean proposal as the starting point of the talks.",
			want: []string{"010 PER CHL asserted"}, not: []string{"111 * * *", "051 * * *"}},
		{rule: "a denied opinion is none", text: "Kenya does not consider Uganda a threat.",
			not: []string{"111 * * *", "051 * * *", "010 * * *"}},
		{rule: "a policy option is weighed", text: "Kenya is considering new sanctions against Uganda.",
			want: []string{"014 KEN * asserted"}, not: []string{"111 * * *"}},
	})
}
