package pipeline

import (
	"strings"

	"github.com/annals-org/annals"
)

// leadOnlyActorless drops the events that name no one doing them, or that did not happen
// as news, after merging has brought in what reports of them add, unless they come from the
// article's lead: the paragraph of the first sentence that yields an event (no line break
// between the two). Such an event has no actor on either side, is an act of words with no
// speaker (see unspoken), or is hypothetical or historical. In the lead an agentless report
// is the news itself ("Two soldiers were killed in a roadside blast on Monday", "Kenya was
// accused on Monday of …"), and so is a threat or a past the story is about; in a later
// paragraph it is a detail, a consequence or the background of events whose actors the
// article names ("Explosions also damaged the second floor", "he was shot several times"),
// a topic named by a noun ("the sanctions on Iran", "complaints against Israel"), what might
// happen ("Peru might recall its ambassador") or what happened years before ("Chile expelled
// an envoy in 2009"), which a CAMEO coder does not record on its own. A one-paragraph note
// keeps all its events.
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
		if (e.Source == nil && e.Target == nil || unspoken(&e) || unsure(e.Status)) && e.Start > lead && e.Start <= len(text) && strings.Contains(text[lead:e.Start], "\n") {
			continue
		}
		out = append(out, e)
	}
	return out
}

// unspoken reports an act of words with no source: an appeal, a statement, talks, a demand,
// an accusation or a threat (quad classes 1 and 3) no one is said to make. Protests (14) are
// done in the street: "hundreds protested" names no crowd and is still an event.
func unspoken(e *annals.Event) bool {
	return e.Source == nil && (e.QuadClass == 1 || e.QuadClass == 3 && !strings.HasPrefix(e.CAMEO, "14"))
}

// unsure reports the statuses of events that are not news when told after the lead.
func unsure(st annals.Status) bool { return st == annals.Hypothetical || st == annals.Historical }
