package pipeline_test

import "testing"

// TestClauseJoins: "and" after an object, before an actor that opens a clause of its own,
// joins two clauses, so that actor is no second target; coordinated subjects, objects and
// "between A and B" still join. Sentences written for this test.
func TestClauseJoins(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "object, and a new clause", text: "Police raided the offices of the opposition party and Kenyan journalists were detained.",
			want: []string{"091 KENCOP KENOPP *", "173 - KENMED *"}, not: []string{"091 KENCOP KENMED *", "173 - KENOPP *"}},
		{rule: "coordinated objects", text: "The army attacked Kenya and Uganda on Monday.",
			want: []string{"190 MIL KEN *", "190 MIL UGA *"}},
		{rule: "coordinated subjects", text: "Kenya and Uganda signed a trade accord.",
			want: []string{"057 KEN UGA *", "057 UGA KEN *"}},
		{rule: "between A and B, then a verb", text: "A trade deal between Kenya and Uganda was signed in May.",
			want: []string{"057 KEN UGA *"}, not: []string{"057 UGA UGA *", "057 KEN KEN *"}},
	})
}
