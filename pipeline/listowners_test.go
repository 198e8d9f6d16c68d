package pipeline_test

import "testing"

// TestListOwners: an agentless passive whose pattern names a thing someone owns ("was removed
// from the government's list") takes the owner as the doer; with no owner and no "by" phrase
// the act has no doer and is no record.
func TestListOwners(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Sudan was removed from Washington's sanctions list on Monday.", []string{"085 USA SDN asserted"}},
		{"Eritrea was removed from the Kenyan government's blacklist.", []string{"085 KENGOV ERI asserted"}},
		{"Eritrea was removed from the sanctions list.", nil},
		// A passive that names no owned thing takes no doer from a speaker named before it.
		{"Kenya's opposition leader said two Ugandan journalists were arrested on Monday.", []string{"173 - UGAMED asserted"}},
		{"The Kenyan minister met Ugandan envoys, and two Ugandan journalists were arrested.", []string{"040 KENGOV UGAGOV asserted", "173 - UGAMED asserted"}},
	})
}
