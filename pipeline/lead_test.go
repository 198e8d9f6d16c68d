package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestLeadOnlyActorless: an event with no actor is recorded from the article's lead
// paragraph, and from anywhere in a one-paragraph note, but not from a later paragraph,
// where it is a detail of events whose actors the article names.
func TestLeadOnlyActorless(t *testing.T) {
	c := load(t)
	base := "Rebels attacked an army base near the northern town of Kafr on Monday, the defence ministry said."
	detail := "Several houses were destroyed by shelling later that night."
	for _, tc := range []struct {
		text      string
		actorless bool
	}{
		{base + "\n\n" + detail, false},
		{base + " " + detail, true},
		{"Several houses were destroyed by shelling in the northern town of Kafr on Monday.\n\nRebels attacked an army base nearby, the defence ministry said.", true},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		n, actors := 0, 0
		for _, e := range c.Code(&a) {
			if e.Source == nil && e.Target == nil {
				n++
			} else {
				actors++
			}
		}
		if actors == 0 {
			t.Errorf("%q: no event with an actor", tc.text)
		}
		if (n > 0) != tc.actorless {
			t.Errorf("%q: %d events without an actor, want some: %v", tc.text, n, tc.actorless)
		}
	}
}
