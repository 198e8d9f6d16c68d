package pipeline_test

import "testing"

// TestStorming: storming is an assault on an actor or a place named after it ("stormed the
// rebel base", "stormed into the town"); with no object it tells a movement ("stormed up
// the stairs", "stormed out of the meeting").
func TestStorming(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "up the stairs", text: "Kenyan police stormed up the stairs of the building.",
			not: []string{"19* * * *"}},
		{rule: "out of a meeting", text: "The Ugandan delegation stormed out of the meeting.",
			not: []string{"19* * * *"}},
		{rule: "a base", text: "Kenyan troops stormed the rebel base.",
			want: []string{"190 KENMIL * asserted"}},
		{rule: "into a town", text: "Al-Shabaab fighters stormed into the town of Mandera.",
			want: []string{"190 SOMREB * asserted"}},
		{rule: "a house", text: "Kenyan police stormed the house of the opposition leader.",
			want: []string{"190 KENCOP * asserted"}},
	})
}
