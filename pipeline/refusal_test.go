package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestRefusals: a refusal put as a choice, a balk or "will not" is a rejection (12x) of what
// it refuses, also when what it refuses is itself an intent (03x mirrors 12x).
func TestRefusals(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, code, src, tgt string }{
		{"Brazil balked at the trade proposal from Argentina on Monday.", "120", "BRA", "ARG"},
		{"The Kenyan opposition chose not to accept the peace deal offered by the government.", "127", "KENOPP", ""},
		{"Peru refused to commit to new talks with Chile.", "125", "PER", "CHL"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			src, tgt := "", ""
			if e.Source != nil {
				src = e.Source.Code
			}
			if e.Target != nil {
				tgt = e.Target.Code
			}
			if e.CAMEO == tc.code && src == tc.src && tgt == tc.tgt && e.Status == annals.Asserted {
				found = true
			}
			if len(e.CAMEO) >= 2 && e.CAMEO[:2] == "03" && e.Source != nil && e.Source.Code == tc.src && e.Status == annals.Asserted {
				t.Errorf("%q: refused intent %s coded as asserted", tc.text, e.CAMEO)
			}
		}
		if !found {
			t.Errorf("%q: no asserted %s %s -> %s", tc.text, tc.code, tc.src, tc.tgt)
		}
	}
}
