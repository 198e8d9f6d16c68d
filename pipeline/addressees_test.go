package pipeline_test

import "testing"

// TestAddressees: the one told ("told Ugandan lawmakers") is whom words are addressed to,
// never the subject of a participle or a clause after it; an infinitive after the one told
// still has it for its subject ("told Uganda to withdraw").
func TestAddressees(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a participle after the one told", text: "Kenyan President William Ruto told Ugandan lawmakers, repeatedly calling for an end to the blockade.",
			want: []string{"02* KENGOV"}, not: []string{"02* UGALEG"}},
		{rule: "an infinitive after the one told", text: "Kenya told Uganda to withdraw its troops from the border.",
			want: []string{"* UGA"}},
	})
}
