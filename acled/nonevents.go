package acled

import (
	"slices"

	"github.com/annals-org/annals"
)

// The deeds of a report that are no ACLED event though their codes have a category: what a
// report tells only as claimed or denied, and what an accident or a disaster did.

// claimedOnly takes the acled field from the deeds of a report that tells them only as what
// someone claims or denies responsibility for (CAMEO 015, 016: "the group claimed
// responsibility for the bombing", "the army denied bombing the market"): the news is the
// claim, which ACLED does not record. A report that also tells a deed in a sentence of its
// own, or after no claim in its sentence, keeps every field: the deed is news as well.
func claimedOnly(events []annals.Event) {
	news := false // some deed is told other than through a claim
	claimed := make([]bool, len(events))
	for i := range events {
		e := &events[i]
		if e.ACLED == nil {
			continue
		}
		for j := range events {
			c := &events[j]
			if c.Sentence == e.Sentence && hasPrefix(c.CAMEO, []string{"015", "016"}) && c.Trigger.End <= e.Trigger.Start {
				claimed[i] = true
				break
			}
		}
		news = news || !claimed[i]
	}
	if news {
		return
	}
	for i := range events {
		if claimed[i] {
			events[i].ACLED = nil
		}
	}
}

// accidentVictims takes the acled field from the deaths and blasts of a report that tells an
// accident or a disaster ("19 people were killed when their bus left the road. Another 22
// were injured in the accident"): a killing or an explosion with no source and no weapon of
// its own sentence is the report's accident, which the accident row of rules.tsv types as
// no ACLED event where the sentence names it. A killing with a source or a weapon stays.
func (t *Typer) accidentVictims(events []annals.Event) {
	if !slices.ContainsFunc(events, accidentVictim) {
		return // nothing to take: the sentences are not read
	}
	accident := false
	for i := range events {
		e := &events[i]
		if e.ACLED == nil && hasPrefix(e.CAMEO, []string{"18", "20"}) {
			w := t.Weapon(e.Evidence)
			accident = accident || w == "accident" || w == "disaster"
		}
	}
	if !accident {
		return
	}
	for i := range events {
		e := &events[i]
		if !accidentVictim(*e) {
			continue
		}
		if w := t.Weapon(e.Evidence); w == "" || w == "blast" {
			e.ACLED = nil
		}
	}
}

// accidentVictim reports whether an event may be an accident's deaths or blast: an attack
// or a bomb with no source.
func accidentVictim(e annals.Event) bool {
	return e.ACLED != nil && e.Source == nil && (e.ACLED.SubEventType == "Attack" || e.ACLED.SubEventType == "Remote explosive/landmine/IED")
}

// relief reports whether an event may be a disaster's relief or damage (disasterResponse).
func relief(e annals.Event) bool {
	if e.ACLED == nil || e.ACLED.EventType != Strategic {
		return false
	}
	switch e.ACLED.SubEventType {
	case "Other", "Change to group/activity", "Headquarters or base established":
		return true
	case "Looting/property destruction":
		return e.Source == nil // "a cyclone destroyed 300 houses"; looters stay
	}
	return false
}

// disasterResponse takes the acled field from the strategic developments of a report that
// names a natural disaster (weapons.tsv class disaster: "after the earthquake", "the
// floods"): troops sent to dig out stranded drivers, aid handed out, homes destroyed or
// people forced to leave are the disaster and the relief it calls for, which ACLED does not
// record. Arrests, agreements, territory and weapons seized, and property that someone loots
// or destroys, stay: a disaster does not explain them.
func (t *Typer) disasterResponse(events []annals.Event) {
	if !slices.ContainsFunc(events, relief) {
		return // nothing to take: the sentences are not read
	}
	disaster := false
	for i := range events {
		if i == 0 || events[i].Sentence != events[i-1].Sentence {
			disaster = disaster || t.names(events[i].Evidence, "disaster")
		}
	}
	if !disaster {
		return
	}
	for i := range events {
		if relief(events[i]) {
			events[i].ACLED = nil
		}
	}
}
