package pipeline_test

import "testing"

// TestWarningsOfOthers: a warning about another country's act forecasts it and is no threat by
// that actor; a warning about the warner's own act, or its own forces', stays its threat.
func TestWarningsOfOthers(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenya warned that Ugandan rebels would attack the border towns.", []string{"180 UGAREB - hypothetical"}},
		{"Kenya warned of attacks by Ugandan rebels.", []string{"190 UGAREB - hypothetical"}},
		// The warner's own threats.
		{"Kenya warned that its army would strike Ugandan rebel camps.", []string{"138 KENMIL UGAREB asserted"}},
		{"Kenya warned it would expel the Ugandan envoy.", []string{"132 KEN UGAGOV asserted"}},
	})
}
