package pipeline_test

import "testing"

// TestUnnamedForces: a count of unnamed people acting on someone else is the act's source
// ("two men threatened four police officers"), not a pair acting on each other ("the two
// leaders met"); a force named by the event noun itself is news with no one named before it
// ("reinforcements arrived in the district": 154).
func TestUnnamedForces(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Two men threatened four Kenyan police officers in Nakuru on Monday.", []string{"130  KENCOP asserted"}},
		{"Gunmen threatened four Kenyan police officers in Nakuru on Monday.", []string{"130 KENUAF KENCOP asserted"}},
		{"Reinforcements arrived in Kidal district on Monday.", []string{"154 - - asserted"}},
		{"On Monday, rebel reinforcements arrived in Kidal district.", []string{"154 - - asserted"}},
		{"Malian army reinforcements arrived in Kidal on Monday.", []string{"154 MLIMIL - asserted"}},
		// A show of force or an exercise with no one named stays no record.
		{"A show of force followed on Monday.", nil},
	})
}
