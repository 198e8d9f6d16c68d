package acled

import (
	"strings"

	"github.com/annals-org/annals"
)

// A demonstration, the riot of a crowd and the state's response to them: ACLED codes a
// demonstration and the response to it as one event (see TypeReport), and a crowd's violence
// as a riot, not as a battle or an armed group's deed.

// joinDemonstration types a demonstration and the state's response to it as the one ACLED
// event they are (see TypeReport): with the riot of the crowd, a violent demonstration;
// with lethal force, excessive force against protesters; else a protest with intervention.
func (t *Typer) joinDemonstration(events []annals.Event) {
	background := t.backgroundEvents(events)
	missilesOfCrowd(events, background)
	// responds marks the events that answer a crowd, read once: the passes below ask it of
	// every event, and isResponse types the target's actor.
	responds := arrestsAtDemonstration(events, background)
	for i := range events {
		responds[i] = responds[i] || t.isResponse(&events[i])
	}
	scene := t.readScene(events, background, responds)
	if scene.protest {
		scene.riot = t.clashesAsRiots(events, background, scene.riot)
	}
	joint := scene.jointType()
	if joint == nil {
		return
	}
	t.typeAsOne(events, background, responds, joint)
}

// backgroundEvents marks the events that are not part of the report's demonstration: a riot, a
// protest or a response that is only the grievance or background of another act ("marched
// against the arrest of six people involved in riots", "after a mob attacked the police last
// week"), or that the report denies or recalls.
func (t *Typer) backgroundEvents(events []annals.Event) []bool {
	background := t.causes.Causes(events)
	for i := range events {
		background[i] = background[i] || events[i].Status == annals.Negated || events[i].Status == annals.Historical
	}
	return background
}

// missilesOfCrowd types as a riot the volleys thrown at a demonstration or a riot: there,
// missiles are the crowd's (thrownAtDemonstration), and they share the riot's sub-event type.
func missilesOfCrowd(events []annals.Event, background []bool) {
	for i := range events {
		if j := thrownAtDemonstration(events, i, background); j >= 0 && events[i].ACLED != nil && !background[i] {
			events[i].ACLED = &annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}
			if a := events[j].ACLED; a != nil && a.EventType == Riots {
				events[i].ACLED = &annals.ACLED{EventType: Riots, SubEventType: a.SubEventType}
			}
		}
	}
}

// arrestsAtDemonstration marks the arrests that answer a demonstration. "Activists were
// detained during the protests": an arrest told in the sentence of a demonstration answers
// it, whoever the arrested are called. One that names the demonstrators ahead of their act
// ("detained students began a hunger strike") tells who protests.
func arrestsAtDemonstration(events []annals.Event, background []bool) []bool {
	arrestedAt := make([]bool, len(events))
	for i := range events {
		if !strings.HasPrefix(events[i].CAMEO, "173") {
			continue
		}
		if j := demonstrationBeside(events, i, background); j >= 0 {
			src := events[j].Source
			arrestedAt[i] = src == nil || events[i].Trigger.End > src.Start
		}
	}
	return arrestedAt
}

// demonstrationScene is what a report tells of a crowd and the state: its first riot, whether
// it tells a demonstration (protest), a response to a crowd, and lethal force in the response.
type demonstrationScene struct {
	riot                      *annals.ACLED
	protest, response, lethal bool
}

// readScene reads the scene from the events that are not background; responds marks the
// events that answer a crowd.
func (t *Typer) readScene(events []annals.Event, background, responds []bool) demonstrationScene {
	var s demonstrationScene
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || background[i] {
			continue
		}
		switch {
		case e.ACLED.EventType == Riots && s.riot == nil:
			s.riot = e.ACLED
		case e.ACLED.EventType == Protests:
			// A response typed a protest by its own actors or weapons ("fired tear gas at
			// the crowd") tells of a demonstration as well.
			s.protest = true
		}
		if responds[i] {
			s.response = true
			s.lethal = s.lethal || t.lethal(e)
			if typ := t.ActorType(e.Target, e.Territory); typ == Protesters {
				// "Troops fired on peaceful protesters": the response tells the
				// demonstration it answered.
				s.protest = true
			}
		}
	}
	return s
}

// clashesAsRiots types as a violent demonstration the clashes of a report that tells a
// demonstration: there, a clash with no organised armed group besides the state's forces is
// the crowd fighting the police, a riot, not a battle. It returns the report's riot, the
// first such clash when riot was nil.
func (t *Typer) clashesAsRiots(events []annals.Event, background []bool, riot *annals.ACLED) *annals.ACLED {
	for i := range events {
		if e := &events[i]; e.ACLED != nil && !background[i] && t.clashAtDemonstration(e) {
			e.ACLED = &annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}
			if riot == nil {
				riot = e.ACLED
			}
		}
	}
	return riot
}

// jointType is the type of the one event a demonstration and its response are, nil when the
// scene has no demonstration with a response or a riot to join.
func (s demonstrationScene) jointType() *annals.ACLED {
	switch {
	case s.riot != nil && (s.protest || s.response):
		if s.protest {
			return &annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}
		}
		return s.riot
	case s.riot == nil && s.protest && s.response && s.lethal:
		return &annals.ACLED{EventType: Protests, SubEventType: excessiveForce}
	case s.riot == nil && s.protest && s.response:
		return &annals.ACLED{EventType: Protests, SubEventType: "Protest with intervention"}
	}
	return nil
}

// typeAsOne gives the joint type to every demonstration and response that is not background,
// and to the harm told in a response's sentence (casualtyOfResponse).
func (t *Typer) typeAsOne(events []annals.Event, background, responds []bool, joint *annals.ACLED) {
	responded := map[int]bool{} // sentences with a response
	for i := range events {
		if events[i].ACLED != nil && !background[i] && responds[i] {
			responded[events[i].Sentence] = true
		}
	}
	for i := range events {
		e := &events[i]
		if e.ACLED != nil && !background[i] && (isDemonstration(e) || responds[i] || responded[e.Sentence] && t.casualtyOfResponse(e)) {
			a := *joint
			e.ACLED = &a
		}
	}
}

const excessiveForce = "Excessive force against protesters"

// casualtyOfResponse reports whether an event is the harm a response did, told in the
// response's sentence ("dozens were injured as police fired rubber bullets"): an attack with
// no armed target, by no other armed group.
func (t *Typer) casualtyOfResponse(e *annals.Event) bool {
	if !hasPrefix(e.CAMEO, []string{"180", "182", "190", "193"}) {
		return false
	}
	switch t.ActorType(e.Source, e.Territory) {
	case Rebels, Militia, UnidentifiedArmed, External:
		return false
	}
	switch t.ActorType(e.Target, e.Territory) {
	case "", Civilians, Protesters, Crowd:
		return true
	}
	return false
}

// isDemonstration reports whether an event is a demonstration, peaceful or violent (14x).
func isDemonstration(e *annals.Event) bool { return strings.HasPrefix(e.CAMEO, "14") }

// isResponse reports whether an event is the state's answer to a crowd: violent repression
// (175: dispersing, tear gas, baton charges), or force, arrests and clashes aimed at
// demonstrators, rioters or a crowd.
func (t *Typer) isResponse(e *annals.Event) bool {
	if strings.HasPrefix(e.CAMEO, "175") {
		return true
	}
	if !hasPrefix(e.CAMEO, []string{"173", "18", "19", "20"}) {
		return false
	}
	switch t.ActorType(e.Target, e.Territory) {
	case Protesters, Rioters, Crowd:
		return true
	}
	return false
}

// lethal reports whether a response to a crowd used lethal force: typed so by its actors
// (fire opened on demonstrators), live fire, or people killed.
func (t *Typer) lethal(e *annals.Event) bool {
	if e.ACLED.SubEventType == excessiveForce || t.Weapon(e.Evidence) == "small_arms" {
		return true
	}
	return e.Casualties != nil && e.Casualties.Killed != nil && *e.Casualties.Killed > 0
}

// thrownAtDemonstration returns the demonstration or riot (14x) told in the sentence of
// event i when event i is a volley of projectiles or shells by no named side ("demonstrators
// marched on the ministry and hurled rocks and projectiles"), else -1: at a demonstration
// such missiles are what the crowd throws, a riot, not an artillery attack.
func thrownAtDemonstration(events []annals.Event, i int, background []bool) int {
	e := &events[i]
	if !strings.HasPrefix(e.CAMEO, "194") || e.Source != nil || e.Target != nil {
		return -1
	}
	return demonstrationBeside(events, i, background)
}

// demonstrationBeside returns a demonstration or riot (14x) of event i's sentence that is
// not background, else -1.
func demonstrationBeside(events []annals.Event, i int, background []bool) int {
	for j := range events {
		if j != i && !background[j] && events[j].Sentence == events[i].Sentence && isDemonstration(&events[j]) {
			return j
		}
	}
	return -1
}

// clashAtDemonstration reports whether a fight (19x but territory taken, shelling and air
// strikes) has no side that is an organised armed group other than the state's forces.
func (t *Typer) clashAtDemonstration(e *annals.Event) bool {
	if !strings.HasPrefix(e.CAMEO, "19") || hasPrefix(e.CAMEO, []string{"192", "194", "195"}) {
		return false
	}
	for _, a := range []*annals.Actor{e.Source, e.Target} {
		switch t.ActorType(a, e.Territory) {
		case Rebels, Militia, UnidentifiedArmed, External:
			return false
		}
	}
	return true
}

// mobWithoutDemonstration types as Mob violence the riots of a report that tells no
// demonstration and no demonstrators: party supporters fighting one another, villagers
// attacking a thief. ACLED's Violent demonstration is a demonstration that turned violent;
// violence by an unorganised crowd with no demonstration is mob violence.
func (t *Typer) mobWithoutDemonstration(events []annals.Event) {
	for i := range events {
		if e := &events[i]; isDemonstration(e) && !strings.HasPrefix(e.CAMEO, "145") && e.Status == annals.Asserted {
			return
		}
	}
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || e.ACLED.SubEventType != "Violent demonstration" {
			continue
		}
		demonstrators := false
		for _, a := range []*annals.Actor{e.Source, e.Target} {
			switch t.ActorType(a, e.Territory) {
			case Protesters, Rioters, Crowd:
				demonstrators = true
			}
		}
		if !demonstrators {
			e.ACLED = &annals.ACLED{EventType: Riots, SubEventType: "Mob violence"}
		}
	}
}

// groundTakenInRiot types as the riot of its sentence ground taken by no armed group ("the
// inmates rioted, taking control of the prison yard"): a crowd seizing a place is rioting,
// not a non-state armed group overtaking territory.
func (t *Typer) groundTakenInRiot(events []annals.Event) {
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || !strings.HasPrefix(e.CAMEO, "192") {
			continue
		}
		switch t.ActorType(e.Source, e.Territory) {
		case "", Civilians, Mob, Crowd, Rioters, Protesters:
		default:
			continue
		}
		for j := range events {
			if f := &events[j]; j != i && f.Sentence == e.Sentence && f.ACLED != nil && f.ACLED.EventType == Riots {
				a := *f.ACLED
				e.ACLED = &a
				break
			}
		}
	}
}
