package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestCoordinatedNames: a country name joined by "and" to an organisation or group names two
// actors, each its own side of the event, where a country adjective still modifies the noun
// that follows the coordination.
func TestCoordinatedNames(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text string
		want [][2]string // source and target codes
	}{
		{"Ottawa and the Arab League held direct talks for months.", [][2]string{{"CAN", "IGOARL"}, {"IGOARL", "CAN"}}},
		{"Peru has sharply criticized Chile and the European Union over the fishing rules.", [][2]string{{"PER", "CHL"}, {"PER", "IGOEEU"}}},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		got := map[[2]string]bool{}
		for _, e := range c.Code(&a) {
			var p [2]string
			if e.Source != nil {
				p[0] = e.Source.Code
			}
			if e.Target != nil {
				p[1] = e.Target.Code
			}
			got[p] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: no event %s -> %s (got %v)", tc.text, w[0], w[1], got)
			}
		}
	}
}
