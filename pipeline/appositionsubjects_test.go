package pipeline_test

import "testing"

// TestAppositionSubjects: a person named with a role in apposition after an indefinite
// article ("Jane Doe, a Kenyan lawmaker,") is one mention, and it is the subject of the verb
// after it; an apposition after a country or group ("Pakistan, a key ally,") is still skipped
// for the actor before it.
func TestAppositionSubjects(t *testing.T) {
	c := load(t)
	checkSides(t, c, []sidesCase{
		{"Kevin King, an American lawmaker, criticized the army.", "111", "USALEG USAMIL"},
		{"On Monday, Ana Ruiz, a Peruvian lawmaker, criticized the army.", "111", "PERLEG PERMIL"},
		{"Ana Ruiz, a Chilean trade envoy, praised Argentina.", "051", "CHLGOV ARG"},
		{"Pakistan, a key Chinese ally, criticized the Indian army.", "111", "PAK INDMIL"},
		{"The Indian army, which denies the charge, criticized Pakistan.", "111", "INDMIL PAK"},
	})
}
