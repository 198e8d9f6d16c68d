package place_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/place"
)

// TestCourtSeats lists the town a court is named after, whatever its size.
func TestCourtSeats(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []listed
	}{
		{"a small town before a court's name, in the article's country",
			"Police in Hartford said the man appeared in Litchfield Superior Court on Monday.",
			[]listed{{"Hartford", "USA", place.KindPlace}, {"Litchfield", "USA", place.KindPlace}}},
		{"not before a school's name, often a person's",
			"Children at Franklin Elementary in Denver got sick.",
			[]listed{{"Denver", "USA", place.KindPlace}}},
		{"not a common word", "The High Court in London ruled on Friday.",
			[]listed{{"London", "GBR", place.KindPlace}}},
		{"not a person's name", "Police in Hartford said Tom Litchfield Court appeared.",
			[]listed{{"Hartford", "USA", place.KindPlace}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, listing(tc.in)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
