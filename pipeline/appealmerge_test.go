package pipeline_test

import "testing"

// TestAppealMerge: two appeals (CAMEO 02x) by the same side on the same day are one event
// only when they ask the same actor for the same thing (the same specific code, or a plain
// 020 in the same words); a side that calls on one actor and then on another, or asks for
// two things, made two appeals. Other codes still merge a
// targetless report into the targeted one.
func TestAppealMerge(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		// Asked Uganda for one thing, then something else of no one named.
		{"The Kenyan government urged Uganda to act on Monday. The Kenyan government also urged patience.",
			[]string{"020 KENGOV UGA asserted", "020 KENGOV - asserted"}},
		// The same appeal reported twice.
		{"The Kenyan government urged Uganda to act on Monday. The Kenyan government urged Uganda to act quickly.",
			[]string{"020 KENGOV UGA asserted"}},
		// The same specific appeal (0232, military aid) told in other words, in a quote.
		{"The Kenyan government on Monday asked Uganda for military assistance. \"We have appealed to Uganda for military aid,\" the Kenyan government said on Monday.",
			[]string{"0232 KENGOV UGA asserted"}},
		// Two plain appeals (020) to one actor in other words may ask two things.
		{"The Kenyan government on Monday urged Uganda to act. The Kenyan government on Monday also called on Uganda to be patient.",
			[]string{"020 KENGOV UGA asserted", "020 KENGOV UGA asserted"}},
		// A specific and a plain appeal to one actor are two.
		{"The Kenyan government on Monday asked Uganda for military assistance. The Kenyan government on Monday also urged Uganda to act.",
			[]string{"0232 KENGOV UGA asserted", "020 KENGOV UGA asserted"}},
		// Not an appeal: the targetless report merges into the targeted one.
		{"Kenyan police arrested 12 opposition activists in Nairobi on Monday. Kenyan police arrested them at dawn.",
			[]string{"173 KENCOP KENOPP asserted"}},
	})
}
