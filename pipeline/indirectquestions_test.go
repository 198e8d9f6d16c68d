package pipeline_test

import "testing"

// TestIndirectQuestions: "if" after a verb of asking or an adjective of doubt opens an
// indirect question, like "whether": its acts are asked about, not reported; so are the
// indefinite items of a list that is the question's subject. A condition's "if" still makes
// the act hypothetical.
func TestIndirectQuestions(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "'asked if' is 'asked whether'", text: "Uganda asked if Kenya would attack the border posts.",
			not: []string{"18* * * *", "19* * * *", "138 * * *"}},
		{rule: "'wondered if' over a list", text: "Kenyan officials wondered if new sanctions, arrests of opposition leaders and a ban on rallies would be enough to calm the country.",
			not: []string{"163 * * *", "173 * * *", "172* * * *"}},
		{rule: "'it is unclear if'", text: "It is unclear if Ugandan troops will withdraw from the border.",
			not: []string{"087 * * *", "0356 * * *"}},
		{rule: "a condition stays one (a threat)", text: "Kenya will expel Ugandan diplomats if talks fail.",
			want: []string{"13* KEN UGAGOV asserted"}, not: []string{"174 * * *"}},
		{rule: "a clause after the question is reported", text: "Uganda asked if talks could resume, and Kenya attacked the town.",
			want: []string{"1* KEN * asserted"}},
	})
}
