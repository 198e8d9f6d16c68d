package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestOpenWater resolves a sea known by a shorter name ("the Gulf") to the one nearest the
// article's other places, and leaves a province of that name its own.
func TestOpenWater(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []string // the names resolved to, in text order
	}{
		{"'the Gulf' near Iran is the Persian Gulf", "Tension rose in the Gulf after Iran seized a tanker near Bandar Abbas.",
			[]string{"Persian Gulf", "Iran", "Bandar Abbas"}},
		{"'the Gulf' near Louisiana is the Gulf of Mexico", "Oil rigs in the Gulf were evacuated as the hurricane neared Louisiana.",
			[]string{"Gulf of Mexico", "Louisiana"}},
		{"'the Gulf' among countries only is no province of Papua New Guinea", "Iran and Oman met after months of tension in the Gulf.",
			[]string{"Iran", "Oman", "Persian Gulf"}},
		{"a province of the name keeps it", "Floods hit Kerema in Gulf province, Papua New Guinea.",
			[]string{"Kerema", "Gulf Province", "Papua New Guinea"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := an.Analyze(tc.in)
			res := resolver.Places(doc, finder.Find(doc, time.Time{}))
			var got []string
			for _, m := range res.Mentions {
				if m.Place != nil {
					got = append(got, m.Place.Name)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
