package pipeline_test

import "testing"

// TestNounAgents: the agent of an event noun named by a possessive, also past a modifier the
// tagger reads as a noun ("Turkey's heavy bombardment", "Sweden's arms embargo"). Sentences
// written for this test.
func TestNounAgents(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "possessive, adjective", text: "Turkey's heavy bombardment of the town continued.",
			want: []string{"194 TUR * *"}},
		{rule: "possessive, adjective, after a preposition", text: "The damage was caused by Turkey's intensive bombardment.",
			want: []string{"194 TUR * *"}},
		{rule: "possessive, plural noun modifier", text: "Sweden's arms embargo on Syria took effect.",
			want: []string{"163 SWE SYR *"}},
		{rule: "possessive, no modifier", text: "Chile's blockade of the port angered Peru.",
			want: []string{"191 CHL * *"}},
	})
}
