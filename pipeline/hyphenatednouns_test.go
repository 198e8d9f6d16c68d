package pipeline_test

import "testing"

// TestHyphenatedEventNouns: event nouns written with a hyphen or as one word ("stand-off",
// "take-over", "break-in", "shoot-out", "walk-out") and their plurals ("shoot-outs") are
// events like the verbs they come from; the same words naming no force or no place taken
// ("a diplomatic standoff", "the takeover of a bank") are none.
func TestHyphenatedEventNouns(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenyan police entered an armed stand-off with Al-Shabaab fighters near Garissa.", []string{"150 KENCOP SOMREB asserted"}},
		{"A diplomatic standoff between Kenya and Somalia over the maritime border dragged on.", nil},
		{"Al-Shabaab's takeover of the town of Mandera alarmed residents.", []string{"192 SOMREB KEN asserted"}},
		{"The rebels' take-over of Bangui was swift.", []string{"192 CAFREB CAF asserted"}},
		{"The takeover of a Kenyan bank by a Nigerian lender was approved.", nil},
		{"A break-in at the offices of the electoral commission was reported on Monday.", []string{"171 - - asserted"}},
		{"Shoot-outs took place in Garissa on Monday.", []string{"193 - - asserted"}},
		{"Al-Shabaab fighters had a shoot-out with Kenyan police in Garissa.", []string{"193 SOMREB KENCOP asserted"}},
		{"Kenyan dockworkers staged a walk-out in Mombasa.", []string{"143 KEN - asserted"}},
	})
}
