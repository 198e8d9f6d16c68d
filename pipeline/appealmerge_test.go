package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAppealMerge: two appeals (CAMEO 02x) by the same side on the same day are one event
// only when they ask the same actor for the same thing; a side that calls on one actor and
// then on another, or asks for two things, made two appeals. Other codes still merge a
// targetless report into the targeted one.
func TestAppealMerge(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Asked Uganda for one thing, then something else of no one named.
		{"The Kenyan government urged Uganda to act on Monday. The Kenyan government also urged patience.",
			[]string{"020 KENGOV UGA asserted", "020 KENGOV - asserted"}},
		// The same appeal reported twice.
		{"The Kenyan government urged Uganda to act on Monday. The Kenyan government urged Uganda to act quickly.",
			[]string{"020 KENGOV UGA asserted"}},
		// Not an appeal: the targetless report merges into the targeted one.
		{"Kenyan police arrested 12 opposition activists in Nairobi on Monday. Kenyan police arrested them at dawn.",
			[]string{"173 KENCOP KENOPP asserted"}},
	} {
		if diff := cmp.Diff(tc.want, describedEvents(c, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
