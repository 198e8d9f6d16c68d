package pipeline

import (
	"strings"

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
	tally, tallied := 0.0, false
	for _, q := range quants {
		if held[q.Start] {
			continue
		}
		switch q.Unit {
		case "killed", "dead", "injured", "wounded", "missing", "abducted":
			if isTally(q.Text) {
				tally += q.Value
				tallied = true
				continue
			}
			orphans = append(orphans, q.Quantity)
		}
	}
	if len(orphans) == 0 && !tallied {
		return
	}
	qs := append(append([]annals.Quantity(nil), out[main].Quantities...), orphans...)
	c := annals.CasualtiesOf(qs)
	if tallied {
		// A tally states the report's total, which the clauses before it already count.
		n := int(tally)
		c.Killed = &n
	}
	out[main].Casualties = c
}

// isTally reports whether a quantity of people killed is a tally, counted by a noun of
// deaths rather than by a verb ("3 fatalities", "12 deaths").
func isTally(text string) bool {
	i := strings.LastIndexByte(text, ' ')
	switch strings.ToLower(text[i+1:]) {
	case "fatality", "fatalities", "death", "deaths":
		return true
	}
	return false
}
