package pipeline_test

import "testing"

// TestNamedAnaphors: "the attack" refers back to an attack told before, but an actor named
// between the determiner and the noun ("the Ethiopian offensive", "the Russian occupation of
// Crimea") reports an act of that actor: a reference back would not name who did it.
func TestNamedAnaphors(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Ethiopian troops attacked Eritrean positions on Monday. The attack killed four soldiers.",
			[]string{"190 ETHMIL ERI asserted"}},
		{"The Ethiopian offensive in the north continued on Monday.", []string{"190 ETH - asserted"}},
		{"The Russian occupation of Crimea was condemned by Ukraine.", []string{"192 RUS UKR asserted", "111 UKR - asserted"}},
		{"Rebels fired rockets at Kigali on Monday. The Rwandan assault on the rebel camps began on Tuesday.",
			[]string{"194 RWAREB RWA asserted", "190 RWA RWAREB asserted"}},
	})
}
