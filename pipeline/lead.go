package pipeline

import (
	"strings"

	"github.com/annals-org/annals"
)

// leadOnlyActorless drops the events that name no actor on either side, after merging has
// brought in what reports of them add, unless they come from the article's lead: the
// paragraph of the first sentence that yields an event (no line break between the two). In
// the lead an agentless report is the news itself ("Two soldiers were killed in a roadside
// blast on Monday"); in a later paragraph it is a detail, a consequence or the background
// of events whose actors the article names ("Explosions also damaged the second floor", "he
// was shot several times"), which a CAMEO coder does not record on its own. A one-paragraph
// note keeps all its events.
func leadOnlyActorless(text string, evs []annals.Event) []annals.Event {
	if len(evs) == 0 {
		return evs
	}
	lead := evs[0].Start
	for _, e := range evs[1:] {
		lead = min(lead, e.Start)
	}
	out := evs[:0]
	for _, e := range evs {
		if e.Source == nil && e.Target == nil && e.Start > lead && e.Start <= len(text) && strings.Contains(text[lead:e.Start], "\n") {
			continue
		}
		out = append(out, e)
	}
	return out
}
