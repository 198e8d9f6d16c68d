package pipeline_test

import "testing"

// TestWishes: a wish about another actor's act ("hopes Uganda will sign", "would like to see
// Uganda agree", "wants Uganda to withdraw") is an appeal (020) from the one who wishes to
// that actor, not the speaker's intent nor the act; with no one named who wishes it is no
// record; a wish to act oneself ("hopes to sign") stays the speaker's planned act.
func TestWishes(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Kenyan officials would like to see Uganda agree to a ceasefire.", []string{"0256 KENGOV UGA asserted"}}, // an appeal for a ceasefire
		{"The Kenyan foreign minister hopes Uganda will join the peace talks.", []string{"020 KENGOV UGA asserted"}},
		{"Kenya hopes Uganda will sign the trade agreement.", []string{"020 KEN UGA asserted"}},
		{"Kenya hopes that Uganda will sign the trade agreement.", []string{"020 KEN UGA asserted"}},
		{"Kenya wants Uganda to withdraw its troops.", []string{"020 KEN UGA asserted"}},
		{"Many hope Uganda will sign the agreement.", nil},
		{"Kenya hopes to sign the trade agreement with Uganda.", []string{"057 KEN UGA hypothetical"}},
	})
}
