package pipeline_test

import "testing"

// TestControlVerbs: the object of a verb of causing or letting ("forced Uganda to", "helped
// the US secure") is the subject of the infinitive after it, not the object skipped for the
// main subject. Sentences written for this test.
func TestControlVerbs(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "forced X to release", text: "Kenya forced Uganda to release the prisoners.",
			want: []string{"0841 UGA * *"}, not: []string{"0841 KEN * *"}},
		{rule: "forced X to withdraw", text: "Kenya forced Uganda to withdraw its troops.",
			want: []string{"0874 UGA * *"}, not: []string{"0874 KEN * *"}},
		{rule: "helped X secure, past a quotation mark", text: `Obama said Medvedev would help the U.S. "secure tough sanctions on Iran."`,
			want: []string{"163 USA IRN *"}},
	})
}
