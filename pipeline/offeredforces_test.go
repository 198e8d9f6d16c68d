package pipeline_test

import "testing"

// TestOwnForcesOffered: a state's own forces as the object of an offer are what it offers;
// the one they go to ("to the Libyan government") is the target. Criticism of its own army
// keeps the army.
func TestOwnForcesOffered(t *testing.T) {
	c := load(t)
	checkSides(t, c, []sidesCase{
		{"Egypt offered its troops to the Libyan government.", "030", "EGY LBYGOV"},
		{"Kenya criticized its army.", "111", "KEN KENMIL"},
	})
}
