package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestSummons: police or a court that invites, asks or summons someone to appear before it
// is taking legal action (173), not making an appeal (02) or summoning an envoy (114).
func TestSummons(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, src, tgt string }{
		{"Kenyan police invited opposition leader Raila Odinga to appear before detectives over the riots.", "KENCOP", "KEN"},
		{"A Nigerian court summoned the senator to appear before the tribunal on Monday.", "NGAJUD", ""},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			if e.Source == nil || e.Source.Code != tc.src {
				continue
			}
			if e.CAMEO != "173" {
				t.Errorf("%q: %s coded %s, want 173", tc.text, tc.src, e.CAMEO)
			}
			if tc.tgt != "" && (e.Target == nil || e.Target.Country != tc.tgt) {
				t.Errorf("%q: target %v, want %s", tc.text, e.Target, tc.tgt)
			}
			found = true
		}
		if !found {
			t.Errorf("%q: no event from %s", tc.text, tc.src)
		}
	}
}
