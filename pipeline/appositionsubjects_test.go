package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAppositionSubjects: a person named with a role in apposition after an indefinite
// article ("Jane Doe, a Kenyan lawmaker,") is one mention, and it is the subject of the verb
// after it; an apposition after a country or group ("Pakistan, a key ally,") is still skipped
// for the actor before it.
func TestAppositionSubjects(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code, want string // want: "source target" of the event of code
	}{
		{"Kevin King, an American lawmaker, criticized the army.", "111", "USALEG USAMIL"},
		{"On Monday, Ana Ruiz, a Peruvian lawmaker, criticized the army.", "111", "PERLEG PERMIL"},
		{"Ana Ruiz, a Chilean trade envoy, praised Argentina.", "051", "CHLGOV ARG"},
		{"Pakistan, a key Chinese ally, criticized the Indian army.", "111", "PAK INDMIL"},
		{"The Indian army, which denies the charge, criticized Pakistan.", "111", "INDMIL PAK"},
	} {
		got := sidesOf(c, tc.text, tc.code)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
