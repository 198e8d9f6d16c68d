package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// statusCase is a sentence, a CAMEO code it must give and the status that event must have.
type statusCase struct {
	text, code string
	want       annals.Status
}

// checkStatus codes each case's sentence and checks the status of its event of the code.
func checkStatus(t *testing.T, c *pipeline.Coder, cases []statusCase) {
	t.Helper()
	for _, tc := range cases {
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

// TestPurposeInfinitive: an act told as the infinitive completing a common noun ("a unit to
// arrest", "measures to support") is what the noun aims at, hypothetical; the act reported,
// an infinitive after an actor ("troops to fight") and a recoded plan keep their status.
func TestPurposeInfinitive(t *testing.T) {
	checkStatus(t, load(t), []statusCase{
		{"Uganda formed a special unit to arrest the Congolese rebel commander.", "173", annals.Hypothetical},
		{"Ghana announced new measures to support Togolese refugees.", "051", annals.Hypothetical},
		{"Uganda arrested the Congolese rebel commander on Friday.", "173", annals.Asserted},
		{"Kenya sent troops to fight Somali militants near the border.", "190", annals.Asserted},
		{"Kenyan police raided a camp in Garissa this week to arrest Somali smugglers.", "173", annals.Asserted},
		{"Peru unveiled plans to expel the Bolivian ambassador.", "1313", annals.Asserted},
	})
}

// TestWantedActs: an act one actor expects of or presses on another is not done yet
// (hypothetical); the same act reported is asserted, and "as expected" governs nothing.
func TestWantedActs(t *testing.T) {
	checkStatus(t, load(t), []statusCase{
		{"Norway expects Russia to release the detained fishermen.", "0841", annals.Hypothetical},
		{"Ghana is persuading Togo to sign the border treaty with Benin.", "057", annals.Hypothetical},
		{"Russia released the detained Norwegian fishermen on Monday.", "0841", annals.Asserted},
		{"As expected, Ghana signed the border treaty with Togo on Monday.", "057", annals.Asserted},
	})
}
