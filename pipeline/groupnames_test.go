package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGroupNameObjects: a capitalised word that is no actor of its own, naming the region or
// people of the role after it ("Darfur rebels", "Tamil rebels"), does not hide the role as the
// verb's object.
func TestGroupNameObjects(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code, want string // want: "source target" of the event of code
	}{
		{"The Sudanese government accused Darfur rebels of violating the ceasefire.", "112", "SDNGOV SDNREB"},
		{"Sri Lankan troops attacked Tamil rebels.", "190", "LKAMIL LKAREB"},
		{"Kenya condemned Somali rebels.", "111", "KEN SOMREB"},
	} {
		got := sidesOf(c, tc.text, tc.code)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
