package pipeline_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// TestCasualties: the casualties of an article's main violent event, with the counts of
// clauses that have no event of their own and of closing tallies added.
func TestCasualties(t *testing.T) {
	c := load(t)
	n := func(v int) *int { return &v }
	tests := []struct {
		name, text string
		want       *annals.Casualties
	}{
		{"one clause", "On 3 March 2021, gunmen killed 4 herders near the well.",
			&annals.Casualties{Killed: n(4)}},
		{"a tally restates the clauses", "On 3 March 2021, gunmen attacked a village near the river. Four farmers died. 4 fatalities.",
			&annals.Casualties{Killed: n(4)}},
		{"killed and wounded kept apart", "On 3 March 2021, gunmen attacked a market in the town. 2 traders were killed and 3 were wounded.",
			&annals.Casualties{Killed: n(2), Injured: n(3)}},
		{"closing tally", "On 3 March 2021, gunmen attacked a bus station in the north of the town. 5 fatalities.",
			&annals.Casualties{Killed: n(5)}},
		{"a second tally is another figure for the same deaths", "On 3 March 2021, gunmen attacked a bus station in the town. Total fatalities: 5 (a local paper reported 7 fatalities).",
			&annals.Casualties{Killed: n(5)}},
		{"a tally of 0 leaves the clauses' count", "On 3 March 2021, gunmen killed 2 herders near the well. Fatalities recorded as 0.",
			&annals.Casualties{Killed: n(2)}},
		{"the toll restates the clauses' victims", "On 3 March 2021, gunmen shot a farmer and his son near the well. The farmer died later. The death toll rose to 2.",
			&annals.Casualties{Killed: n(2)}},
		{"a vague count is approximate", "On 3 March 2021, gunmen attacked a village near the river. Several farmers were killed.",
			&annals.Casualties{Killed: n(3), Approximate: true}},
		{"victims without a number", "On 3 March 2021, gunmen attacked a village near the river, killing a teacher and wounding her husband.",
			&annals.Casualties{Killed: n(1), Injured: n(1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := c.Code(&annals.Article{ID: "x", Text: tt.text, Published: time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC)})
			var got *annals.Casualties
			low := 100.0
			for _, e := range evs {
				if e.ACLED != nil && e.Goldstein < low {
					low, got = e.Goldstein, e.Casualties
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				for _, e := range evs {
					t.Logf("%s %v %v", e.CAMEO, e.Quantities, e.ACLED)
				}
				t.Errorf("%q (-want +got):\n%s", tt.text, d)
			}
		})
	}
}
