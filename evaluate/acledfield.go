package evaluate

import (
	"sort"

	"github.com/annals-org/annals"
)

// fieldEvent returns the event whose acled field types a note or snippet: the report's main
// event among those with one (mainEvent), nil when none has one.
func fieldEvent(events []annals.Event) *annals.Event {
	return mainEvent(events, func(e *annals.Event) bool { return e.ACLED != nil })
}

// mainEvent returns the best-ranked event (annals.Event.Rank, package rank) among those
// keep accepts, nil when it accepts none. Events without a rank (coded before ranks existed)
// are ordered by their Goldstein value, the gravest first.
func mainEvent(events []annals.Event, keep func(*annals.Event) bool) *annals.Event {
	return pickEvent(events, keep, before)
}

// pickEvent returns the first event by less among those keep accepts, nil when none.
func pickEvent(events []annals.Event, keep func(*annals.Event) bool, less func(a, b *annals.Event) bool) *annals.Event {
	var which *annals.Event
	for i := range events {
		e := &events[i]
		if !keep(e) {
			continue
		}
		if which == nil || less(e, which) {
			which = e
		}
	}
	return which
}

func before(a, b *annals.Event) bool {
	if a.Rank > 0 && b.Rank > 0 {
		return a.Rank < b.Rank
	}
	return a.Goldstein < b.Goldstein
}

// nonACLEDClass is the fine class of the five CASE 2021 labels that are not ACLED sub-event types
// (DIPLO, ATTRIB, ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER), and the prediction of a
// snippet none of whose events has an acled field.
const nonACLEDClass = "NON_ACLED"

// caseFine maps ACLED's sub-event types to the CASE 2021 task 2 labels.
var caseFine = map[string]string{
	"Armed clash": "ARMED_CLASH", "Government regains territory": "GOV_REGAINS_TERIT",
	"Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
	"Air/drone strike":                    "AIR_STRIKE", "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
	"Chemical weapon": "CHEM_WEAP", "Grenade": "GRENADE", "Remote explosive/landmine/IED": "REM_EXPLOS",
	"Suicide bomb": "SUIC_BOMB", "Attack": "ATTACK", "Abduction/forced disappearance": "ABDUCT_DISSAP",
	"Sexual violence": "SEX_VIOL", "Mob violence": "MOB_VIOL", "Violent demonstration": "VIOL_DEMONSTR",
	"Peaceful protest": "PEACE_PROTEST", "Protest with intervention": "PROTEST_WITH_INTER",
	"Excessive force against protesters": "FORCE_AGAINST_PROTEST", "Agreement": "AGREEMENT", "Arrests": "ARREST",
	"Change to group/activity": "CHANGE_TO_GROUP_ACT", "Disrupted weapons use": "DISR_WEAP",
	"Headquarters or base established": "HQ_ESTABLISHED", "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
	"Other": "OTHER", "Looting/property destruction": "PROPERTY_DISTRUCT",
}

// caseFineGold is a CASE label as the fine scoring compares it: the five non-ACLED labels
// are one class.
func caseFineGold(label string) string {
	if caseCoarse[label] == "none" {
		return nonACLEDClass
	}
	return label
}

// caseFinePred is the CASE label of a snippet's events: the sub-event type of the event
// that types it, or nonACLEDClass.
func caseFinePred(events []annals.Event) string {
	e := fieldEvent(events)
	if e == nil {
		return nonACLEDClass
	}
	if l, ok := caseFine[e.ACLED.SubEventType]; ok {
		return l
	}
	return nonACLEDClass
}

// caseFineClasses lists the fine classes in a stable order.
func caseFineClasses() []string {
	out := []string{nonACLEDClass}
	for _, l := range caseFine {
		out = append(out, l)
	}
	sort.Strings(out[1:])
	return out
}

// killedOf is the number of people a note's events report killed: the casualties of its
// gravest event with an acled field (the one the coder gives a note's closing tally, the
// lowest Goldstein value; the main event may be the protest a killing answers), else the
// most any of its events reports; -1 when none reports any.
func killedOf(events []annals.Event) int {
	gravest := func(a, b *annals.Event) bool { return a.Goldstein < b.Goldstein }
	if e := pickEvent(events, func(e *annals.Event) bool { return e.ACLED != nil }, gravest); e != nil && e.Casualties != nil && e.Casualties.Killed != nil {
		return *e.Casualties.Killed
	}
	best := -1
	for _, e := range events {
		if e.Casualties != nil && e.Casualties.Killed != nil && *e.Casualties.Killed > best {
			best = *e.Casualties.Killed
		}
	}
	return best
}
