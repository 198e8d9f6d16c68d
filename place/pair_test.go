package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestPairNamesakes: two names resolved far apart are read again as namesakes next to each
// other (pairNamesakes), on sentences written for this test.
func TestPairNamesakes(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"two districts of one city, both with bigger namesakes abroad",
			"Volunteers painted the library in Edmonton last week. The Enfield council paid for the paint.",
			[]got{{"Edmonton", "GBR", "PPL"}, {"Enfield", "GBR", "PPLA3"}}},
		{"a country the article names that is not the pair's keeps the first reading",
			"Volunteers painted the library in Edmonton last week. The Enfield council paid for the paint. Canada sent a letter.",
			[]got{{"Edmonton", "CAN", "PPLA"}, {"Canada", "CAN", "PCLI"}}}, // Enfield, Connecticut, then dropped as a stray
		{"the pair's country named", "Britain gave money to a club in Edmonton. The Enfield council matched it.",
			[]got{{"Britain", "GBR", "PCLI"}, {"Edmonton", "GBR", "PPL"}, {"Enfield", "GBR", "PPLA3"}}},
		{"two neighbouring towns, a state capital and a village abroad", "Workers from Richmond and Surrey protested.",
			[]got{{"Richmond", "CAN", "PPL"}, {"Surrey", "CAN", "PPL"}}},
		{"a pair abroad in a country the article's actors leave out",
			"Bolivian officials met in La Paz on Monday. Opposition leaders in Santa Cruz called a strike.",
			[]got{{"La Paz", "BOL", "PPLG"}, {"Santa Cruz", "BOL", "PPLA"}}},
		{"an isolated name three times, its partner near one other name once",
			"Volunteers painted the library in Edmonton last week. Teachers in Edmonton helped, and pupils from Edmonton cooked a Greek salad. The Enfield council paid for the paint, and a shop in Raynham gave the brushes.",
			[]got{{"Edmonton", "GBR", "PPL"}, {"Edmonton", "GBR", "PPL"}, {"Edmonton", "GBR", "PPL"}, {"Enfield", "GBR", "PPLA3"}, {"Raynham", "USA", "PPL"}}},
		{"capitals stay", "Talks moved from Moscow to Washington.",
			[]got{{"Moscow", "RUS", "PPLC"}, {"Washington", "USA", "PPLC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
