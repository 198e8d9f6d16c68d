package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestWantedActs: an act one actor expects of or presses on another is not done yet
// (hypothetical); the same act reported is asserted, and "as expected" governs nothing.
func TestWantedActs(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code string
		want       annals.Status
	}{
		{"Norway expects Russia to release the detained fishermen.", "0841", annals.Hypothetical},
		{"Ghana is persuading Togo to sign the border treaty with Benin.", "057", annals.Hypothetical},
		{"Russia released the detained Norwegian fishermen on Monday.", "0841", annals.Asserted},
		{"As expected, Ghana signed the border treaty with Togo on Monday.", "057", annals.Asserted},
	} {
		found := false
		for _, e := range c.Code(&annals.Article{ID: "t", Text: tc.text}) {
			if e.CAMEO == tc.code {
				found = true
				if e.Status != tc.want {
					t.Errorf("%q: %s is %s, want %s", tc.text, e.CAMEO, e.Status, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s", tc.text, tc.code)
		}
	}
}
