package event

import (
	"strings"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/cameo"
)

// armedRoles are the roles that fight: CAMEO's "fight" (19) is between armed actors.
var armedRoles = map[string]bool{"MIL": true, "COP": true, "REB": true, "INS": true, "SEP": true, "UAF": true, "SPY": true, "CRM": true, "IMG": true}

// unarmed recodes fights that involve unarmed actors. Force against civilians (villagers,
// journalists, party members) is an assault (180), not a battle; a fight between unarmed
// actors (two villages, rival party supporters) is a riot (145). Shelling and air strikes
// (194, 195) and occupation (192) keep their codes: the weapon, not the victim, names them.
func (c *Coder) unarmed(e *Event, v *sentenceView) {
	if mob(e.Source) && (e.Code.Root() == "18" && !strings.HasPrefix(string(e.Code), "183") || e.Code == "190" || e.Code == "193") {
		// Violence by a crowd of civilians (a lynching, stone-throwing villagers) is a
		// riot in CAMEO's sense: violent protest (145).
		e.Code = "145"
		e.Info = c.table.Lookup(e.Code)
		return
	}
	if (e.Code == "180" || e.Code == "1823") && e.Target != nil && armedRoles[e.Target.Role] && e.Source != nil && (e.Source.Role == "" || armedRoles[e.Source.Role]) {
		// Killing soldiers, police or militants in a fight is fighting (190), whoever
		// the attacker.
		e.Code = "190"
		e.Info = c.table.Lookup(e.Code)
		return
	}
	switch e.Code {
	case "190", "193", "1931", "196":
	default:
		return
	}
	if e.Source != nil && e.Source.Head == actor.KRole {
		// Attacks by aircraft are aerial (195), by artillery and tanks shelling (194).
		last := e.Source.TokEnd - 1
		switch l := v.toks[last].Lemma; {
		case l == "force" && last > e.Source.Tok && v.toks[last-1].Lower == "air":
			fallthrough // "the LNA air force targeted ..."
		case l == "drone", l == "warplane", l == "jet", l == "aircraft", l == "helicopter", l == "gunship", l == "bomber", l == "plane":
			e.Code = "195"
			e.Info = c.table.Lookup(e.Code)
			return
		case l == "artillery", l == "tank", l == "howitzer":
			e.Code = "194"
			e.Info = c.table.Lookup(e.Code)
			return
		}
	}
	if mutual[e.Pattern.Head] && (mob(e.Source) || mob(e.Target)) {
		// A clash with a crowd (police and protesters, two villages) is a riot.
		e.Code = "145"
		e.Info = c.table.Lookup(e.Code)
		return
	}
	if e.Code == "190" && !e.noun && e.Target == nil && e.bare && (e.Source == nil || !stateForce(e.Source)) {
		// "Gunmen attacked", "unknown raiders attacked the camp": an attack by irregulars
		// with no armed adversary named is violence, not a battle (180).
		e.Code = "180"
		e.Info = c.table.Lookup(e.Code)
		return
	}
	if e.Target == nil || e.Target.Role == "" || armedRoles[e.Target.Role] || e.Target.Role == "GOV" || e.Target.Role == "IGO" {
		return
	}
	to := cameo.Code("180")
	if e.Source != nil && e.Source.Role != "" && !armedRoles[e.Source.Role] {
		to = "145"
	}
	e.Code = to
	e.Info = c.table.Lookup(e.Code)
}

// mob reports whether an actor is a crowd of unarmed people: civilians, workers, farmers,
// students, supporters of a party; one man is no mob.
func mob(m *actor.Mention) bool {
	if m == nil || !m.Plural {
		return false
	}
	switch m.Role {
	case "CVL", "LAB", "AGR", "EDU", "OPP", "PTY", "REL":
		return true
	}
	return false
}

// stateForce reports whether an actor is a state's armed force.
func stateForce(m *actor.Mention) bool { return m.Role == "MIL" || m.Role == "COP" }
