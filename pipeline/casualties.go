package pipeline

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/quantity"
)

// violent are the ACLED event types whose events count casualties of their own.
var violentType = map[string]bool{"Battles": true, "Explosions/Remote violence": true, "Violence against civilians": true, "Riots": true}

// addTallies gives the article's main violent event (the violent event with the lowest
// Goldstein value, the first of them on a tie) the casualty counts that no record holds: a
// clause with no event of its own ("4 fighters were killed.") or a closing tally ("3
// fatalities."). They add to its casualties only; its quantities stay those of its clauses.
func addTallies(out []annals.Event, quants []quantity.Quantity) {
	main := -1
	for i := range out {
		if a := out[i].ACLED; a != nil && violentType[a.EventType] && (main < 0 || out[i].Goldstein < out[main].Goldstein) {
			main = i
		}
	}
	if main < 0 {
		return
	}
	held := map[int]bool{}
	for i := range out {
		for _, q := range out[i].Quantities {
			held[q.Start] = true
		}
	}
	var orphans []annals.Quantity
	for _, q := range quants {
		if held[q.Start] {
			continue
		}
		switch q.Unit {
		case "killed", "dead", "injured", "wounded", "missing", "abducted":
			orphans = append(orphans, q.Quantity)
		}
	}
	if len(orphans) == 0 {
		return
	}
	qs := append(append([]annals.Quantity(nil), out[main].Quantities...), orphans...)
	out[main].Casualties = annals.CasualtiesOf(qs)
}
