package pipeline_test

import "testing"

// TestGenericRules: a kind of people named by what such people do ("soldiers who refuse
// orders") in a rule told in the present or with a modal is no specific actor, and the rule
// no event; with a past verb, or a determiner or number before the noun, the act is one.
func TestGenericRules(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Soldiers who refuse orders are executed.", nil},
		{"Ugandan soldiers who refuse orders will be executed.", nil},
		{"Penalties for people who refuse to self-isolate will rise next month.", nil},
		{"The minister added that fines for people who break the curfew would be doubled.", nil},
		{"The minister said that Kenyan soldiers who refuse orders are executed.", nil},
		// Still events.
		{"Kenyan police arrested protesters who blocked the road.", []string{"173 KENCOP KENCVL asserted", "144 KENCVL - asserted"}},
		{"Ugandan police arrested 20 protesters who refuse to leave the square.", []string{"173 UGACOP UGACVL asserted"}},
	})
}
