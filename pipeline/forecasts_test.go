package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestForecasts: a likelihood ("is unlikely to sign") or a moment someone says has come ("it
// is time for Kenya to withdraw") forecasts or asks for an act; it does not report one.
func TestForecasts(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kenya is unlikely to sign the trade deal with Uganda.", []string{"057 KEN UGA hypothetical"}},
		{"Kenya is likely to sign the trade deal with Uganda.", []string{"057 KEN UGA hypothetical"}},
		{"It is time for Kenya to withdraw its troops from Somalia.", []string{"0874 - SOM hypothetical"}}, // the subject of "for" is no source yet
		// Done acts stay.
		{"Kenya signed the trade deal with Uganda.", []string{"057 KEN UGA asserted"}},
		{"For the first time Kenya withdrew its troops from Somalia.", []string{"0874 KEN SOM asserted"}},
	} {
		if diff := cmp.Diff(tc.want, describedEvents(c, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
