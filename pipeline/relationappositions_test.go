package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRelationAppositions: "Kenya and its neighbour Uganda" coordinates two actors, the
// second named in apposition to a noun of a relation between states (or after an adjective
// of one: "and neighbouring Uganda"); each takes part in the act. As an object ("accused its neighbour Uganda") the name is the target as before.
func TestRelationAppositions(t *testing.T) {
	c := load(t)
	type coded = sidePair // the rows' name for it
	for _, tc := range []struct {
		in   string
		want []coded
	}{
		{"Kenya and its neighbour Uganda signed a border deal.", []coded{{"UGA", "KEN"}, {"KEN", "UGA"}}},
		{"Rwanda and its ally Burundi condemned the raid.", []coded{{"BDI", ""}, {"RWA", ""}}},
		{"Kenya and its neighbour Uganda protested against the tariffs imposed by Tanzania.", []coded{{"UGA", "TZA"}, {"KEN", "TZA"}}},
		{"Kenya accused its neighbour Uganda of harbouring rebels.", []coded{{"KEN", "UGA"}}},
		{"Russia and its close ally Belarus held military drills.", []coded{{"BLR", ""}, {"RUS", ""}}},
		{"Kenya and neighbouring Uganda closed their borders.", []coded{{"KEN", ""}, {"UGA", ""}}},
	} {
		got := sidePairs(c, tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Code(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}
