package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNamesakesBeyondCut: a name of very many places, resolved far from the article's other
// places, takes its namesake next to them from past the candidates scored
// (namesakesBeyondCut); on sentences written for this test.
func TestNamesakesBeyondCut(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a village of a common name next to the others",
			"Doctors visited children in San Juan and Magdalena, two villages of the Cajamarca region of Peru, after a mercury spill.",
			[]got{{"San Juan", "PER", "PPLA3"}, {"Magdalena", "PER", "PPLA3"}, {"Cajamarca", "PER", "ADM1"}, {"Peru", "PER", "PCLI"}}},
		{"the capital near the others stays",
			"Doctors visited children in San Juan and Ponce after the storm.",
			[]got{{"San Juan", "PRI", "PPLC"}, {"Ponce", "PRI", "PPLA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
