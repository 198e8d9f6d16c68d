package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestOwnForcesNoTarget: the source's own forces or craft that a pattern names as what the
// act sends or moves are not its target ("Chile dispatched a warship", not Chile against its
// navy); a spelled object of another side, or not military, still is. Sentences written for
// this test.
func TestOwnForcesNoTarget(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, root, src, notTgt, tgt string
	}{
		{"Chile dispatched a warship to help rescue the stranded crew.", "07", "CHL", "CHLMIL", ""},
		{"Norway sent two frigates to help search for the missing trawler.", "07", "NOR", "NORMIL", ""},
		{"Egypt deployed troops along the border with Libya.", "15", "EGY", "EGYMIL", ""},
		{"Kenyan police urged protesters to go home.", "02", "KENCOP", "", "KENCVL"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			if e.CAMEO[:2] != tc.root || e.Source == nil || e.Source.Code != tc.src {
				continue
			}
			found = true
			got := ""
			if e.Target != nil {
				got = e.Target.Code
			}
			if tc.notTgt != "" && got == tc.notTgt {
				t.Errorf("%q: target %s, the source's own forces", tc.text, got)
			}
			if tc.tgt != "" && got != tc.tgt {
				t.Errorf("%q: target %q, want %s", tc.text, got, tc.tgt)
			}
		}
		if !found {
			t.Errorf("%q: no %sx event from %s", tc.text, tc.root, tc.src)
		}
	}
}
