package pipeline_test

import "testing"

// TestRelativeAntecedents: the subject of "who" is the person it follows, past an age
// (", 34,") and a home town (", of Nairobi,") set off by commas: the town is no actor of the
// relative clause.
func TestRelativeAntecedents(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenyan opposition activist Jane Wambui, 34, of Nairobi, who accused police of torture, was arrested on Monday.",
			[]string{"1122 KENOPP KENCOP asserted", "173 - KENOPP asserted"}},
		{"Kenyan opposition activist Jane Wambui, of Nairobi, who accused police of torture, was arrested on Monday.",
			[]string{"1122 KENOPP KENCOP asserted", "173 - KENOPP asserted"}},
		{"Kenyan opposition activist Jane Wambui, 34, who accused police of torture, was arrested on Monday.",
			[]string{"1122 KENOPP KENCOP asserted", "173 - KENOPP asserted"}},
		// A place named without a comma before "of" belongs to the head: "the mayor of Nakuru".
		{"The mayor of Nakuru, who accused police of torture, was arrested on Monday.",
			[]string{"1122 KENGOV KENCOP asserted", "173 - KENGOV asserted"}},
	})
}
