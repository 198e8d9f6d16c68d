package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestDatelineNoTarget: the place of a report's dateline is where it was filed; an event
// without a target of its own is not aimed at it. Sentences written for this test.
func TestDatelineNoTarget(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, src, notTgt string }{
		{"WASHINGTON (Reuters) — Venezuela's government broke its promise to hold a fair vote, officials said.", "VEN", "USA"},
		{"BRUSSELS — Belarus's foreign ministry condemned the decision.", "BLR", "BEL"},
		{"OTTAWA, May 3 — Chile's foreign ministry criticised the plan.", "CHL", "CAN"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			if e.Source == nil || e.Source.Country != tc.src {
				continue
			}
			found = true
			if e.Target != nil && e.Target.Country == tc.notTgt {
				t.Errorf("%q: target %s, the dateline's", tc.text, e.Target.Code)
			}
		}
		if !found {
			t.Errorf("%q: no event from %s", tc.text, tc.src)
		}
	}
}
