package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestPurposeInfinitive: an act told as the infinitive completing a common noun ("a unit to
// arrest", "measures to support") is what the noun aims at, hypothetical; the act reported,
// an infinitive after an actor ("troops to fight") and a recoded plan keep their status.
func TestPurposeInfinitive(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code string
		want       annals.Status
	}{
		{"Uganda formed a special unit to arrest the Congolese rebel commander.", "173", annals.Hypothetical},
		{"Ghana announced new measures to support Togolese refugees.", "051", annals.Hypothetical},
		{"Uganda arrested the Congolese rebel commander on Friday.", "173", annals.Asserted},
		{"Kenya sent troops to fight Somali militants near the border.", "190", annals.Asserted},
		{"Kenyan students marched in Nairobi this week to denounce the Somali raid.", "111", annals.Asserted},
		{"Peru unveiled plans to expel the Bolivian ambassador.", "1313", annals.Asserted},
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
