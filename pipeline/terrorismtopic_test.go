package pipeline_test

import "testing"

// TestTerrorismTopic: "terrorism" alone names a topic ("the fight against terrorism",
// "state sponsors of terrorism"), not an attack; an act of terrorism is one.
func TestTerrorismTopic(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenya and Uganda discussed the fight against terrorism.", []string{"040 UGA KEN asserted", "040 KEN UGA asserted"}},
		{"Eritrea was removed from Washington's list of state sponsors of terrorism.", []string{"085 USA ERI asserted"}},
		{"Al-Shabaab committed an act of terrorism in Garissa.", []string{"180 SOMREB KEN asserted"}},
	})
}
