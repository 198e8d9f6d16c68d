package pipeline_test

import "testing"

// TestTopics: an act that is the object of a verb of attitude or discussion, or the "of"
// phrase of a threat or a fear, the infinitive of a gerund after "of" ("accused of refusing
// to negotiate"), or a gerund that is the subject of a copula ("removing the tariffs is a
// condition"), is what is talked about, not an act reported.
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
		{rule: "the infinitive of an accused gerund", text: "Kenyan lawmakers accused the Ugandan government of refusing to negotiate with the rebels.",
			want: []string{"112 KENLEG UGAGOV asserted"}, not: []string{"12*"}},
		{rule: "the infinitive of an accused gerund", text: "Ghanaian opposition leaders accused the Nigerian army of trying to attack the border town.",
			want: []string{"112 GHAOPP NGAMIL asserted"}, not: []string{"14*", "19*"}},
		{rule: "a gerund subject of a copula", text: "Kenya's trade ministry said that removing the tariffs on Ugandan sugar is a condition of any deal.",
			not: []string{"08*", "16*"}},
		{rule: "a gerund subject of a modal copula", text: "The Kenyan minister said that attacking the Ugandan rebels would be a mistake.", not: []string{"19*"}},
		{rule: "a gerund subject opening the sentence", text: "Shelling the Ugandan town was a mistake, the Kenyan minister said.", not: []string{"19*"}},
		{rule: "a participle set off by a comma is no subject", text: "Kenyan police said that attacking the Ugandan embassy, the rebels killed two guards.",
			want: []string{"18* KENREB"}},
		{rule: "an attempt told as the act", text: "The Kenyan army tried to attack the Ugandan rebels on Monday.", want: []string{"190 KENMIL UGAREB"}},
	})
}
