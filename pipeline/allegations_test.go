package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAllegations: the act in "reports that ...", "claims that ...", "allegations that ...",
// "rumours that ..." is claimed, not reported as done; an act told outright stays.
func TestAllegations(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Reports that Kenyan troops shelled Ugandan villages were false.", []string{"194 KENMIL UGA hypothetical"}},
		{"Rumours that Uganda arrested the Kenyan envoy spread quickly.", []string{"173 UGA KENGOV hypothetical"}},
		{"Kenya said allegations that it bombed Ugandan villages were baseless.", []string{"195 KEN UGA hypothetical"}},
		{"Kenyan troops shelled Ugandan villages, reports said.", []string{"194 KENMIL UGA asserted"}},
	} {
		if diff := cmp.Diff(tc.want, describedEvents(c, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
