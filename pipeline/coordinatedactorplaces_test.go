package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCoordinatedActorPlaces: a country named inside a coordinated subject phrase ("residents
// of Kenya and Uganda") is the first actor's country, not the place the act concerns, so it
// is no target of the second; a place after the act still is ("withdrew from Somalia").
func TestCoordinatedActorPlaces(t *testing.T) {
	c := load(t)
	type pair = sidePair // the rows' name for it
	for _, tc := range []struct {
		in   string
		want []pair
	}{
		{"Residents of Kenya and Uganda protested against the new tax.", []pair{{"UGACVL", ""}, {"KENCVL", ""}}},
		{"Farmers from Ghana and Togo rallied against the levy.", []pair{{"TGOAGR", ""}, {"GHAAGR", ""}}},
		{"Israel and the United States objected to the deal.", []pair{{"USA", ""}, {"ISR", ""}}},
		{"Kenyan and Ugandan troops withdrew from Somalia.", []pair{{"UGAMIL", "SOM"}, {"KENMIL", "SOM"}}},
	} {
		got := sidePairs(c, tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Code(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}
