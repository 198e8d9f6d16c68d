package pipeline_test

import "testing"

// TestForecasts: a likelihood ("is unlikely to sign"), a moment someone says has come ("it
// is time for Kenya to withdraw") or a deliberation ("mulls sending troops") forecasts, asks
// for or weighs an act; it does not report one.
func TestForecasts(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenya is unlikely to sign the trade deal with Uganda.", []string{"057 KEN UGA hypothetical"}},
		{"Kenya is likely to sign the trade deal with Uganda.", []string{"057 KEN UGA hypothetical"}},
		{"It is time for Kenya to withdraw its troops from Somalia.", []string{"0874 - SOM hypothetical"}}, // the subject of "for" is no source yet
		{"Kenya mulls sending troops to Somalia.", []string{"014 KEN - asserted", "154 KEN SOM hypothetical"}},
		{"Kenya is contemplating sending troops to Somalia.", []string{"014 KEN - asserted", "154 KEN SOM hypothetical"}},
		// Done acts stay.
		{"Kenya signed the trade deal with Uganda.", []string{"057 KEN UGA asserted"}},
		{"For the first time Kenya withdrew its troops from Somalia.", []string{"0874 KEN SOM asserted"}},
	})
}
