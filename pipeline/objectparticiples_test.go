package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestObjectParticiples: a past form after the object of a verb, with a time phrase and no
// object of its own ("rejected the peace plan offered last week by Uganda"), tells what the
// object is, not a second act.
func TestObjectParticiples(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kenya rejected the peace plan offered last week by Uganda.", []string{"127 KEN UGA asserted"}},
		{"Kenya rejected the peace plan offered yesterday by Uganda.", []string{"127 KEN UGA asserted"}},
	} {
		if diff := cmp.Diff(tc.want, describedEvents(c, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
