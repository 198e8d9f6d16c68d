package pipeline_test

import "testing"

// TestRestraintAndHearsay: an act held back ("refrained from criticising"), prevented ("was
// barred from attending") or put off ("postponed talks") did not happen; one told as hearsay ("is said to have armed") is
// not reported as done.
func TestRestraintAndHearsay(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenya refrained from criticising Uganda.", []string{"111 KEN UGA negated"}},
		{"Kenya was prevented from sending troops to Somalia.", []string{"154 KEN SOM negated"}},
		{"Kenya is said to have armed Ugandan rebels.", []string{"072 KEN UGAREB hypothetical"}},
		{"Kenya is alleged to have armed Ugandan rebels.", []string{"112 - KEN asserted", "072 KEN UGAREB hypothetical"}},
		{"Kenya postponed talks with Uganda.", []string{"046 KEN UGA negated"}},
		{"Kenya delayed talks with Uganda.", []string{"046 KEN UGA negated"}},
		// Told outright, it stays; so does an act after the noun "delay".
		{"After a long delay Kenya signed the trade deal with Uganda.", []string{"057 KEN UGA asserted"}},
		{"Kenya criticised Uganda.", []string{"111 KEN UGA asserted"}},
		{"Kenya sent troops to Somalia.", []string{"154 KEN SOM asserted"}},
	})
}
