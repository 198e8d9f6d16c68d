package pipeline

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/quantity"
)

// violent are the ACLED event types whose events count casualties of their own.
var violentType = map[string]bool{"Battles": true, "Explosions/Remote violence": true, "Violence against civilians": true, "Riots": true}

// addTallies gives the article's main event (mainEvent) the casualty counts that no record
// holds: a clause with no event of its own ("4 fighters were killed.") and those of the
// other violent events of its sentence ("killing a teacher and wounding her husband"). They
// add to its casualties only; its quantities stay those of its clauses. A tally ("3
// fatalities.", "the death toll rose to 12") states the main event's total killed, and that
// of the event whose clauses hold it: the clauses before it count the same deaths, and a
// second tally is another figure for them ("3 fatalities (the army reported 5)"), so the
// first tally stands alone. A tally of 0 says nothing the clauses do not and is left out.
func addTallies(out []annals.Event, quants []quantity.Quantity) {
	main := mainEvent(out)
	if main < 0 {
		return
	}
	tallies := map[int]bool{}
	tally := -1.0
	for _, q := range quants {
		if q.Tally && q.Value > 0 {
			tallies[q.Start] = true
			if tally < 0 {
				tally = q.Value
			}
		}
	}
	held := map[int]bool{}
	for i := range out {
		own := false
		sibling := i != main && out[i].Sentence == out[main].Sentence && out[i].ACLED != nil && violentType[out[i].ACLED.EventType]
		for _, q := range out[i].Quantities {
			held[q.Start] = !sibling
			if tallies[q.Start] && !own && out[i].Casualties != nil {
				n := int(q.Value)
				out[i].Casualties.Killed, own = &n, true
			}
		}
	}
	var orphans []annals.Quantity
	for _, q := range quants {
		if held[q.Start] || q.Tally {
			continue
		}
		switch q.Unit {
		case "killed", "dead", "injured", "wounded", "missing", "abducted":
			orphans = append(orphans, q.Quantity)
		}
	}
	if len(orphans) == 0 && tally < 0 {
		return
	}
	qs := append(append([]annals.Quantity(nil), out[main].Quantities...), orphans...)
	c := annals.CasualtiesOf(qs)
	if tally >= 0 {
		n := int(tally)
		c.Killed = &n
	}
	out[main].Casualties = c
}

// mainEvent returns the article's main violent event, the violent event with the lowest
// Goldstein value (the first of them on a tie); -1 if none. A report with no violent event
// gets no tally: its deaths ("more than 100 deaths" of a disease) are no event's casualties.
func mainEvent(out []annals.Event) int {
	main := -1
	for i := range out {
		if a := out[i].ACLED; a != nil && violentType[a.EventType] && (main < 0 || out[i].Goldstein < out[main].Goldstein) {
			main = i
		}
	}
	return main
}
