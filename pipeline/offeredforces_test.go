package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOwnForcesOffered: a state's own forces as the object of an offer are what it offers;
// the one they go to ("to the Libyan government") is the target. Criticism of its own army
// keeps the army.
func TestOwnForcesOffered(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code, want string // want: "source target" of the event of code
	}{
		{"Egypt offered its troops to the Libyan government.", "030", "EGY LBYGOV"},
		{"Kenya criticized its army.", "111", "KEN KENMIL"},
	} {
		got := sidesOf(c, tc.text, tc.code)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
