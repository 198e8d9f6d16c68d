package alliance

import (
	"time"

	"github.com/annals-org/annals"
)

// The sides of an event a treaty can bind (annals.Alliance.Side).
const (
	SideTarget = "target"
	SideSource = "source"
)

// Annotate sets e.Alliances and e.IntraAlliance for an event between two states: the
// treaties in force on the event's day that bind the target (then the source) to third
// states, and whether source and target are bound to each other. The target state is the
// target actor's country or, for a cross-border event with no target country, the territory
// it happened in. The day is the event's date when it names one day, else published (the
// article's publication date); with neither, or without two distinct states, e is left as
// it is.
func (t *Table) Annotate(e *annals.Event, published time.Time) {
	if t == nil {
		return // a coder built without the treaty table
	}
	source, target := dyad(e)
	if source == "" || target == "" || source == target {
		return
	}
	day, ok := eventDay(e.Date, published)
	if !ok {
		return
	}
	e.Alliances = append(t.thirdParties(target, source, SideTarget, day), t.thirdParties(source, target, SideSource, day)...)
	e.IntraAlliance = len(t.Between(source, target, day)) > 0
}

// dyad returns the states of an event's source and target.
func dyad(e *annals.Event) (source, target string) {
	if e.Source != nil {
		source = e.Source.Country
	}
	if e.Target != nil {
		target = e.Target.Country
	}
	if target == "" && e.CrossBorder {
		target = e.Territory
	}
	return source, target
}

// eventDay returns the day an event's treaties are looked up on.
func eventDay(date string, published time.Time) (time.Time, bool) {
	if d, err := time.Parse(time.DateOnly, date); err == nil {
		return d, true
	}
	if published.IsZero() {
		return time.Time{}, false
	}
	return Day(published), true
}

// thirdParties returns the treaties binding country on day to states other than other.
func (t *Table) thirdParties(country, other, side string, day time.Time) []annals.Alliance {
	var out []annals.Alliance
	for _, b := range t.Binding(country, day) {
		var partners []string
		for _, p := range b.Partners {
			if p != other {
				partners = append(partners, p)
			}
		}
		if len(partners) == 0 {
			continue // bound only to the other side: IntraAlliance says so
		}
		out = append(out, annals.Alliance{Treaty: b.Treaty.ID, Name: b.Treaty.Name,
			Kind: string(b.Treaty.Kind), Side: side, Partners: partners})
	}
	return out
}
