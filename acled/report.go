package acled

import (
	"strings"

	"github.com/annals-org/annals"
)

// TypeReport sets the acled field of every event of one report. Each event is typed alone
// (Type); then a demonstration and the state's response to it are typed as the one ACLED
// event they are, as the codebook does: a protest met with force short of lethal is a
// "Protest with intervention", one met with lethal force "Excessive force against
// protesters", and a demonstration in which the crowd turns violent a riot whatever the
// police did. The response is typed with the demonstration so that a report is typed by the
// protest and not by the tear gas that answered it.
func (t *Typer) TypeReport(events []annals.Event) {
	for i := range events {
		events[i].ACLED = t.Type(&events[i])
		if strings.HasPrefix(events[i].CAMEO, "145") && namesActor(events, i) {
			// "Riot police fired tear gas": the riot word is part of the police's name.
			// (The event coder keeps a role's modifiers as event words, for "suicide
			// bomber"; here it only names who responded.)
			events[i].ACLED = nil
		}
	}
	t.mobWithoutDemonstration(events)
	t.groundTakenInRiot(events)
	territorial(events)
	t.twoSidedFire(events)
	seizedArms(events)
	t.attackOnCivilians(events)
	t.attackInBattle(events)
	t.attackByItsWeapon(events)
	t.raidsThatDetain(events)
	sexualViolence(events)
	t.joinDemonstration(events)
	claimedOnly(events)
	t.accidentVictims(events)
	t.disasterResponse(events)
}

// namesActor reports whether event i's trigger lies inside an actor of another event.
func namesActor(events []annals.Event, i int) bool {
	tr := events[i].Trigger
	for j := range events {
		if j == i {
			continue
		}
		for _, a := range []*annals.Actor{events[j].Source, events[j].Target} {
			if a != nil && tr.Start >= a.Start && tr.End <= a.End {
				return true
			}
		}
	}
	return false
}

// territorial gives a report's armed clashes the sub-event type of the territory taken in it:
// ACLED codes a battle in which ground changes hands by that outcome ("government forces
// recaptured the town after heavy clashes" is Government regains territory).
//
// Ground only tried for ("attacked the town to capture it", "an attempt to seize the
// hill": hypothetical) is not taken: such a battle is an armed clash, and gives the others
// nothing.
func territorial(events []annals.Event) {
	var taken string
	for i := range events {
		a := events[i].ACLED
		if a == nil || a.EventType != Battles || a.SubEventType == armedClash {
			continue
		}
		if events[i].Status == annals.Hypothetical {
			events[i].ACLED = &annals.ACLED{EventType: Battles, SubEventType: armedClash}
			continue
		}
		if taken == "" {
			taken = a.SubEventType
		}
	}
	if taken == "" {
		return
	}
	for i := range events {
		if a := events[i].ACLED; a != nil && a.EventType == Battles && a.SubEventType == armedClash {
			events[i].ACLED = &annals.ACLED{EventType: Battles, SubEventType: taken}
		}
	}
}

const armedClash = "Armed clash"

// oneSided are the sub-event types of Explosions/Remote violence that an exchange of fire
// makes a battle: shelling, grenades and bombs fired or thrown at an enemy who fires back.
// Air strikes, suicide bombs and chemical weapons stay what they are.
var oneSided = map[string]bool{shelling: true, "Grenade": true, "Remote explosive/landmine/IED": true}

// twoSidedFire types ground taken in a report that says nobody fought as a non-violent
// transfer of territory, and as an armed clash the attacks and the remote violence of a
// report that says both sides fired ("mortars ... in both directions", "the soldiers
// returned fire"): ACLED's remote violence is one-sided, an exchange of fire is a battle
// whatever the weapons, and people killed in it were killed in the battle. Shelling in a
// report that calls the fighting a clash is part of the clash; a grenade or a bomb thrown
// during clashes stays one side's act, and so does remote violence aimed at civilians.
func (t *Typer) twoSidedFire(events []annals.Event) {
	ground, remote := false, false // the report tells ground taken or given up; one-sided violence
	for i := range events {
		ground = ground || strings.HasPrefix(events[i].CAMEO, "192") || strings.HasPrefix(events[i].CAMEO, "0874")
		if a := events[i].ACLED; a != nil && (a.EventType == Explosions && oneSided[a.SubEventType] || a.SubEventType == "Attack") {
			remote = true
		}
	}
	if !ground && !remote {
		return // nothing the engagement could change: the sentences are not read
	}
	said := t.engagement(events)
	for i := range events {
		e := &events[i]
		if e.ACLED == nil {
			continue
		}
		if said == "unopposed" && ground && (strings.HasPrefix(e.CAMEO, "192") || strings.HasPrefix(e.CAMEO, "0874") || e.ACLED.EventType == Battles && !hurt(e)) {
			// "The militants took the village after the army withdrew without resistance": the
			// taking, the withdrawal and any fight the coder read in "without firing a shot".
			e.ACLED = &annals.ACLED{EventType: Strategic, SubEventType: "Non-violent transfer of territory"}
			continue
		}
		if said == "fire" && e.ACLED.EventType == Violence && e.ACLED.SubEventType == "Attack" {
			// People killed while both sides fired were killed in the battle ("the two sides
			// exchanged fire; a passer-by was killed"), which ACLED codes as the battle.
			e.ACLED = &annals.ACLED{EventType: Battles, SubEventType: armedClash}
			continue
		}
		if e.ACLED.EventType != Explosions || !oneSided[e.ACLED.SubEventType] {
			continue
		}
		if said != "fire" && (said != "clash" || e.ACLED.SubEventType != shelling) || t.ActorType(e.Target, e.Territory) == Civilians {
			continue
		}
		e.ACLED = &annals.ACLED{EventType: Battles, SubEventType: armedClash}
	}
}

// raidsThatDetain types as the arrest or abduction of its sentence a raid that hurt nobody
// and was aimed at no armed side ("troops detained 12 men in overnight raids", "militiamen
// stormed a house, kidnapping five brothers"): the raid is how the people were taken, and
// ACLED codes the taking. An attack on civilians that takes them stays an attack (people
// beaten and detained are violence against civilians).
func (t *Typer) raidsThatDetain(events []annals.Event) {
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || e.ACLED.EventType != Battles || hurt(e) {
			continue
		}
		switch t.ActorType(e.Target, e.Territory) {
		case "", Civilians:
		default:
			continue
		}
		for j := range events {
			f := &events[j]
			if j == i || f.Sentence != e.Sentence || f.ACLED == nil || f.Status != annals.Asserted {
				continue
			}
			if f.Source != nil && e.Source != nil && f.Source.Code != e.Source.Code {
				continue
			}
			if sub := f.ACLED.SubEventType; sub == "Arrests" || sub == "Abduction/forced disappearance" {
				a := *f.ACLED
				e.ACLED = &a
				break
			}
		}
	}
}

// sexualViolence types as Sexual violence the attacks of a sentence that also tells a rape
// or sexual assault by the same or no source ("soldiers raped, beat and robbed villagers"):
// ACLED codes the assault by its gravest, most specific form.
func sexualViolence(events []annals.Event) {
	for i := range events {
		f := &events[i]
		if f.ACLED == nil || f.ACLED.SubEventType != "Sexual violence" || f.Status != annals.Asserted {
			continue
		}
		for j := range events {
			e := &events[j]
			if j == i || e.Sentence != f.Sentence || e.ACLED == nil || e.ACLED.SubEventType != "Attack" {
				continue
			}
			if e.Source != nil && f.Source != nil && e.Source.Code != f.Source.Code {
				continue
			}
			e.ACLED = &annals.ACLED{EventType: Violence, SubEventType: "Sexual violence"}
		}
	}
}

// seizedArms types as Disrupted weapons use the weapons a report tells seized or destroyed
// that the coder also read as an attack of their own: in "troops destroyed 40 mines and 12
// explosive devices" or "police seized rifles and a grenade launcher" the devices and the
// launcher are no bombing or clash. Such an event follows the seizure in its sentence (the
// means named before it, "a missile destroyed the ship", is an attack), has no source or the
// seizer's, no target or the seizure's (the place both were read against, "destroyed 30 mines
// in northern Mali"), and counts nobody killed or injured.
func seizedArms(events []annals.Event) {
	for i := range events {
		f := &events[i]
		if f.ACLED == nil || f.ACLED.SubEventType != disruptedWeapons {
			continue
		}
		for j := range events {
			e := &events[j]
			if j == i || e.Sentence != f.Sentence || e.Trigger.Start < f.Trigger.End || e.ACLED == nil || hurt(e) {
				continue
			}
			if e.Target != nil && (f.Target == nil || e.Target.Code != f.Target.Code || e.Target.Start != f.Target.Start) {
				continue
			}
			if e.Source != nil && (f.Source == nil || e.Source.Code != f.Source.Code) {
				continue
			}
			if t := e.ACLED.EventType; t == Explosions || t == Battles {
				e.ACLED = &annals.ACLED{EventType: Strategic, SubEventType: disruptedWeapons}
			}
		}
	}
}

const disruptedWeapons = "Disrupted weapons use"

// hurt reports whether an event counts anyone killed or injured.
func hurt(e *annals.Event) bool {
	c := e.Casualties
	return c != nil && (c.Killed != nil && *c.Killed > 0 || c.Injured != nil && *c.Injured > 0)
}

// engagement is what the report's sentences say of the fighting (TwoSided): "fire" if one
// says both sides fired, else "unopposed" if one says nobody fought, else "clash" or "".
func (t *Typer) engagement(events []annals.Event) string {
	said := ""
	for j := range events {
		if j > 0 && events[j].Sentence == events[j-1].Sentence {
			continue
		}
		switch s := t.TwoSided(events[j].Evidence); {
		case s == "fire":
			return s
		case s == "unopposed", s == "clash" && said == "":
			said = s
		}
	}
	return said
}

const shelling = "Shelling/artillery/missile attack"

// attackOnCivilians types as an attack on civilians a fight with no target ("during an
// attack", "opened fire") whose sentence has another act of the same source, or with no
// source, aimed at civilians ("gunmen killed four civilians during an attack on the
// fields"): the sentence tells one act, and its victims say whom it hit.
func (t *Typer) attackOnCivilians(events []annals.Event) {
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || e.ACLED.EventType != Battles || e.ACLED.SubEventType != armedClash || e.Target != nil {
			continue
		}
		for j := range events {
			f := &events[j]
			if j == i || f.Sentence != e.Sentence || f.ACLED == nil || f.ACLED.EventType != Violence || f.ACLED.SubEventType != "Attack" {
				continue
			}
			if f.Source != nil && e.Source != nil && f.Source.Code != e.Source.Code {
				continue
			}
			if t.ActorType(f.Target, f.Territory) == Civilians || f.Target == nil && t.victimType(f.Quantities) == Civilians {
				e.ACLED = &annals.ACLED{EventType: Violence, SubEventType: "Attack"}
				break
			}
		}
	}
}

// attackInBattle types as the report's battle an attack that names no target when the same
// armed group's attack in the report is on an armed side ("twelve people were killed in an
// attack by rebels on the town. The rebels stormed the police station"): the report tells
// one act, whose target it names once, and ACLED counts the people killed in a battle with
// the battle. The group is the same by its code or, in one report, by its actor type.
func (t *Typer) attackInBattle(events []annals.Event) {
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || e.ACLED.SubEventType != "Attack" || e.Target != nil || e.Source == nil {
			continue
		}
		who := t.ActorType(e.Source, e.Territory)
		switch who {
		case Rebels, Militia, UnidentifiedArmed, External, Military:
		default:
			continue
		}
		for j := range events {
			f := &events[j]
			if j == i || f.ACLED == nil || f.ACLED.SubEventType != armedClash || told(f) {
				continue
			}
			// The same group, named alike ("rebel forces", "the rebel fighters") even where
			// the two mentions were given different countries.
			if f.Source == nil || f.Source.Code != e.Source.Code && t.ActorType(f.Source, f.Territory) != who {
				continue
			}
			switch t.ActorType(f.Target, f.Territory) {
			case Military, Police, Rebels, Militia, External, UnidentifiedArmed:
				e.ACLED = &annals.ACLED{EventType: Battles, SubEventType: armedClash}
			}
			if e.ACLED.SubEventType == armedClash {
				break
			}
		}
	}
}

// told reports whether an event is only told, not done: denied, planned, supposed or past.
func told(e *annals.Event) bool {
	switch e.Status {
	case annals.Negated, annals.Planned, annals.Hypothetical, annals.Historical:
		return true
	}
	return false
}

// attackByItsWeapon types an attack by no named source whose sentence names no weapon with
// the one explosive attack of the report by no other source ("two civilians were killed in
// an attack in the market. The attackers threw a grenade at a tea stall"): the report tells
// one act, whose weapon it names once.
func (t *Typer) attackByItsWeapon(events []annals.Event) {
	var weapon *annals.ACLED
	for i := range events {
		a := events[i].ACLED
		if a == nil || a.EventType != Explosions || told(&events[i]) {
			continue
		}
		if weapon != nil && weapon.SubEventType != a.SubEventType {
			return // two kinds of explosive attack: which one an attack was is not told
		}
		weapon = a
	}
	if weapon == nil {
		return
	}
	for i := range events {
		e := &events[i]
		if e.ACLED == nil || e.ACLED.SubEventType != "Attack" || e.Source != nil || t.Weapon(e.Evidence) != "" {
			continue
		}
		a := *weapon
		e.ACLED = &a
	}
}
