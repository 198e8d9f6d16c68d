package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestUnguessStrangers: a lone small town in a country the article says nothing else of, far
// from its places in other countries, is left unresolved (unguessStrangers); on sentences
// written for this test.
func TestUnguessStrangers(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a hamlet abroad among capitals of three other countries",
			"The two men met at a cafe in Belgravia before flying from London to Moscow, where police and officials from Paris questioned them.",
			[]got{{"Belgravia", "", ""}, {"London", "GBR", "PPLC"}, {"Moscow", "RUS", "PPLC"}, {"Paris", "FRA", "PPLC"}}},
		{"its country named: it stays",
			"The two men met at a cafe in Belgravia before flying from London to Moscow, where police and officials from Canada questioned them.",
			[]got{{"Belgravia", "CAN", "PPL"}, {"London", "GBR", "PPLC"}, {"Moscow", "RUS", "PPLC"}, {"Canada", "CAN", "PCLI"}}},
		{"too few other places to doubt it",
			"The two men met at a cafe in Belgravia before flying to Moscow.",
			[]got{{"Belgravia", "CAN", "PPL"}, {"Moscow", "RUS", "PPLC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
