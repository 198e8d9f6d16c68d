package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestCoSubjectNotTarget: a coordinated subject is a second actor of the act, never the
// target of the first, even though it is also a country name that places the event.
func TestCoSubjectNotTarget(t *testing.T) {
	c := load(t)
	for _, s := range []string{
		"Brazil and Argentina have sharply objected to the new levy.",
		"Canada and Mexico protested the tariff on Friday.",
	} {
		a := annals.Article{ID: "t", Text: s}
		evs := c.Code(&a)
		if len(evs) == 0 {
			t.Errorf("%q: no event", s)
		}
		for _, e := range evs {
			if e.Source != nil && e.Target != nil && e.Source.Country != e.Target.Country {
				t.Errorf("%q: %s coded as the target of %s (%s)", s, e.Target.Text, e.Source.Text, e.CAMEO)
			}
		}
	}
}
