package pipeline_test

import "testing"

// TestTopics: an act that is the object of a verb of attitude or discussion, or the "of"
// phrase of a threat or a fear, is what is talked about, not an act reported.
func TestTopics(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "object of a verb of doubt", text: "Kenyan lawmakers questioned the sanctions against Uganda.", not: []string{"16*"}},
		{rule: "object of a verb of opposition", text: "Kenya opposes the ban on Ugandan imports.",
			want: []string{"110 KEN - asserted"}, not: []string{"17*"}},
		{rule: "object of a verb of discussion", text: "Kenyan and Ugandan ministers discussed the air strikes on Somali villages.",
			want: []string{"040 KENGOV UGAGOV asserted"}, not: []string{"19*"}},
		{rule: "object of a verb of weighing", text: "Kenya is weighing sanctions against Uganda.", not: []string{"16* * * asserted"}},
		{rule: "a feared act", text: "Fear of arrests by Ugandan police kept the Kenyan traders at home.", not: []string{"17*"}},
		{rule: "a threatened act", text: "The threat of sanctions against Uganda worries Kenyan exporters.", not: []string{"16*"}},
		{rule: "a rejected request, which the tagger reads as a noun", text: "Kenya rejected a Ugandan request to extradite the suspects.",
			want: []string{"12* KEN UGA asserted"}, not: []string{"02*"}},
		{rule: "a rejected demand", text: "Kenya on Monday spurned the Ugandan demand for compensation.", not: []string{"10*"}},
		{rule: "the act itself is still reported", text: "Ugandan police arrested 12 Kenyan traders on Monday.", want: []string{"173 UGACOP KENBUS asserted"}},
	})
}
