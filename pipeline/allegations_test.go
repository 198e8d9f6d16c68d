package pipeline_test

import "testing"

// TestAllegations: the act in "reports that ...", "claims that ...", "allegations that ...",
// "rumours that ..." is claimed, not reported as done; an act told outright stays.
func TestAllegations(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Reports that Kenyan troops shelled Ugandan villages were false.", []string{"194 KENMIL UGA hypothetical"}},
		{"Rumours that Uganda arrested the Kenyan envoy spread quickly.", []string{"173 UGA KENGOV hypothetical"}},
		{"Kenya said allegations that it bombed Ugandan villages were baseless.", []string{"195 KEN UGA hypothetical"}},
		{"Kenyan troops shelled Ugandan villages, reports said.", []string{"194 KENMIL UGA asserted"}},
	})
}
