package pipeline_test

import "testing"

// TestObjectParticiples: a past form after the object of a verb, with a time phrase and no
// object of its own ("rejected the peace plan offered last week by Uganda"), tells what the
// object is, not a second act.
func TestObjectParticiples(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenya rejected the peace plan offered last week by Uganda.", []string{"127 KEN UGA asserted"}},
		{"Kenya rejected the peace plan offered yesterday by Uganda.", []string{"127 KEN UGA asserted"}},
	})
}
