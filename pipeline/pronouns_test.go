package pipeline_test

import "testing"

// TestPronounAntecedents: "it" or "they" opening a clause stands for the subject of the
// clause or sentence before it, not for the nearest actor named (often an object or the
// object of a preposition). Sentences written for this test.
func TestPronounAntecedents(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "possessive subject", text: "Brazil's announcement that it had sent aid to Bolivia pleased observers.",
			want: []string{"07* BRA BOL *"}},
		{rule: "subject, not the object of a verb", text: "Norway told Sweden on Monday that it would expel two Russian diplomats.",
			want: []string{"1* NOR RUSGOV *"}, not: []string{"* SWE * *"}},
		{rule: "subject, not the object of a preposition", text: "Peru signed a trade accord with Chile in May. It later imposed tariffs on Ecuador.",
			want: []string{"* PER ECU *"}, not: []string{"* CHL ECU *"}},
		{rule: "the nearest still, with no subject before", text: "The rebels attacked the army, and it retreated to the capital.",
			want: []string{"19* * * *"}},
	})
}
