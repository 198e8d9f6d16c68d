package pipeline_test

import "testing"

// TestFeelings: a private person's hope or worry about no one in particular is the colour of
// a story, not a comment worth a record; an official's worry, or one about a named actor,
// stays.
func TestFeelings(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a quoted worry", text: "\"I am worried about my brother,\" said Amina Odhiambo, a Kenyan teacher.",
			not: []string{"012", "013"}},
		{rule: "residents' fear", text: "Kenyan residents fear that the water will run out within days.", not: []string{"012"}},
		{rule: "an official's worry", text: "Kenyan Foreign Minister Amina Mohamed said she was worried about the situation in Uganda.",
			want: []string{"012 KENGOV - asserted"}},
	})
}
