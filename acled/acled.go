package acled

import (
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/rank"
)

// Actor types (dict/acled/actortypes.tsv).
const (
	Military          = "military"
	Police            = "police"
	Rebels            = "rebels"
	Militia           = "militia"
	Protesters        = "protesters"
	Rioters           = "rioters"
	Mob               = "mob"
	Civilians         = "civilians"
	Crowd             = "crowd" // a crowd with no stated purpose: demonstrators when dispersed, a mob when violent
	External          = "external"
	UnidentifiedArmed = "unidentified_armed"
	Places            = "places" // no actor: the places fire was aimed at ("fired mortars at villages")
)

// noCategory, as both types of a rules.tsv row, says that ACLED has no category for the
// events the row fits.
const noCategory = "-"

// Event types of ACLED's codebook.
const (
	Battles    = "Battles"
	Explosions = "Explosions/Remote violence"
	Violence   = "Violence against civilians"
	Riots      = "Riots"
	Protests   = "Protests"
	Strategic  = "Strategic developments"
)

// TypeOf maps a CAMEO code to an ACLED event type exactly as the benchmark's mapping states
// it; "" for verbal events.
func TypeOf(code string) string {
	has := func(prefixes ...string) bool {
		for _, p := range prefixes {
			if strings.HasPrefix(code, p) {
				return true
			}
		}
		return false
	}
	switch {
	case has("183", "194", "195", "204"):
		return Explosions
	case has("19"):
		return Battles
	case has("18", "20"):
		return Violence
	case has("145"):
		return Riots
	case has("14"):
		return Protests
	case has("06", "07", "08", "15", "16", "17", "057"):
		return Strategic
	}
	return ""
}

type rule struct {
	cameo          []string        // code prefixes
	source, target map[string]bool // nil: any
	weapon         map[string]bool // nil: any
	typ, sub       string
}

// Typer types events; Load it once, it is safe for concurrent use.
type Typer struct {
	rules   []rule
	words   map[string]string // mention word -> actor type
	victims map[string]string // word of people counted as victims -> actor type
	// aimedAt holds the words of places fire can be aimed at ("areas", "villages",
	// "farms"): fire "at" them, with no person or side as its target, is of type Places.
	aimedAt map[string]bool
	former  map[string]bool   // words that make a victim's role a past one ("a former soldier")
	roles   []roleType        // in file order
	weapons map[string]string // one to three words -> weapon class
	leads   map[string]bool   // first words of the weapon names of several words
	rank    map[string]int    // weapon class -> priority (lower wins)
	// twoSided holds the phrases (lower-case words joined by one space) that tell both
	// sides fired: "exchanged fire", "in both directions" (dict/acled/engagement.tsv).
	// Its value is "fire" (both sides fired), "clash" (the fighting is called a clash) or
	// "unopposed" (nobody fought).
	twoSided  map[string]string
	longest   int             // words in the longest twoSided phrase
	sideLeads map[string]bool // first words of the twoSided phrases
	causes    *rank.Cues      // cue words of a cause or grievance (dict/rank/cues.tsv)
}

type roleType struct{ role, typ string }

// Type returns the ACLED category of e, nil when ACLED has none for its code.
func (t *Typer) Type(e *annals.Event) *annals.ACLED {
	typ := TypeOf(e.CAMEO)
	if typ == "" {
		return nil
	}
	src, tgt := t.ActorType(e.Source, e.Territory), t.ActorType(e.Target, e.Territory)
	if tgt != "" && t.formerBefore(e, e.Target) {
		tgt = Civilians // "shot dead a retired army officer": the mention is "army officer"
	}
	if tgt == "" {
		// Victims counted but not taken as the target ("killing 3 fighters") tell who was
		// attacked as well.
		tgt = t.victimType(e.Quantities)
	}
	if tgt == "" {
		// The object a pattern names with its verb ("attacked two men", "shot at a
		// farmer") tells whom the act was aimed at when no actor was taken as the target.
		tgt = t.objectType(e)
	}
	weapon := t.Weapon(e.Evidence)
	if hasPrefix(e.CAMEO, []string{"183", "19"}) && weapon == "artillery" && t.names(e.Evidence, "small_arms") {
		// Heavy weapons fired together with small arms (shells and rifle fire, "explosions
		// and shots involving small arms and heavy machine guns") are a fight at close
		// range, an armed clash; remote violence is violence at a distance only.
		weapon = "small_arms"
	}
	for i := range t.rules {
		r := &t.rules[i]
		if !hasPrefix(e.CAMEO, r.cameo) || !fits(r.source, src) || !fits(r.target, tgt) || !fits(r.weapon, weapon) {
			continue
		}
		if r.typ == noCategory {
			return nil
		}
		return &annals.ACLED{EventType: r.typ, SubEventType: r.sub}
	}
	return nil
}

func fits(set map[string]bool, v string) bool { return set == nil || set[v] }

func hasPrefix(code string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// ActorType returns the type of an actor: from the words of its mention, else from the role
// codes in its CAMEO code; military forces of a country other than the territory the event
// happened in are external. "" when nothing tells.
func (t *Typer) ActorType(a *annals.Actor, territory string) string {
	if a == nil {
		return ""
	}
	ws := words(a.Text)
	for _, w := range ws {
		if t.former[w] {
			// "a retired army officer", "former rebels": a role no longer held.
			return Civilians
		}
	}
	typ := ""
	for _, w := range ws {
		if wt, ok := t.words[w]; ok {
			typ = wt
			break
		}
	}
	for _, r := range t.roles {
		if typ != "" {
			break
		}
		if hasRole(a.Code, r.role) {
			typ = r.typ
		}
	}
	if typ == Military && a.Country != "" && territory != "" && a.Country != territory {
		return External
	}
	return typ
}

// victimType returns the actor type of the first people an event counts killed, injured or
// abducted whose words tell one ("15 militants", "a police officer"); "" when none does.
func (t *Typer) victimType(qs []annals.Quantity) string {
	for _, q := range qs {
		switch q.Unit {
		case "killed", "injured", "abducted":
		default:
			continue
		}
		if typ := t.peopleType(words(q.Text), 0); typ != "" {
			return typ
		}
	}
	return ""
}

// peopleType returns the actor type of the first word from ws[from:] that names people
// ("soldiers", "a farmer"); a role held in the past ("a former soldier", "a retired police
// officer") is a civilian's. "" when no word tells.
func (t *Typer) peopleType(ws []string, from int) string {
	for i := from; i < len(ws); i++ {
		typ, ok := t.words[ws[i]]
		if !ok {
			typ, ok = t.victims[ws[i]]
		}
		if !ok {
			continue
		}
		for j := max(from, i-3); j < i; j++ {
			if t.former[ws[j]] {
				return Civilians
			}
		}
		return typ
	}
	return ""
}

// formerBefore reports whether one of the two words before an actor's mention in the
// event's sentence makes its role a past one ("a former soldier", "a retired officer").
func (t *Typer) formerBefore(e *annals.Event, a *annals.Actor) bool {
	if a == nil || a.Start < e.Start || a.Start > e.End || e.End-e.Start != len(e.Evidence) {
		return false
	}
	ws := words(e.Evidence[:a.Start-e.Start])
	for i := max(0, len(ws)-2); i < len(ws); i++ {
		if t.former[ws[i]] {
			return true
		}
	}
	return false
}

// objectType returns the actor type of the people a trigger names after its verb ("attacked
// a man": civilians, "ambushed two soldiers": military), Places when it names none and is
// aimed at places ("fired at villages"); "" otherwise.
func (t *Typer) objectType(e *annals.Event) string {
	if e.Trigger.Start < e.Start || e.Trigger.End > e.End || e.End-e.Start != len(e.Evidence) {
		return ""
	}
	// The first word is the verb or noun itself.
	ws := words(e.Evidence[e.Trigger.Start-e.Start : e.Trigger.End-e.Start])
	if typ := t.peopleType(ws, 1); typ != "" || len(ws) == 0 {
		return typ
	}
	// What the act was aimed at may follow the words the pattern matched: "fired machine
	// guns, in addition to sniper rifles, at villages".
	after := words(e.Evidence[e.Trigger.End-e.Start:])
	return t.aimedAtPlaces(append(ws[1:len(ws):len(ws)], after[:min(len(after), aimReach)]...))
}

// aimReach is how many words after a trigger may still tell what it was aimed at.
const aimReach = 8

// aimedAtPlaces returns Places when words after an act aim it at places and at nobody
// ("fired machine guns at villages and farms", "towards residential areas"): the first
// "at", "on", "towards" or "into" decides, by the first of the three words after it that
// names people or a place; "" otherwise.
func (t *Typer) aimedAtPlaces(ws []string) string {
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i] {
		case "at", "on", "towards", "toward", "into":
		default:
			continue
		}
		for _, w := range ws[i+1 : min(len(ws), i+4)] {
			if _, people := t.words[w]; people {
				return ""
			}
			if _, people := t.victims[w]; people {
				return ""
			}
			if t.aimedAt[w] {
				return Places
			}
		}
		// Only the first: "at a checkpoint on the outskirts" aims at the checkpoint.
		return ""
	}
	return ""
}

// TwoSided tells whether a sentence says that both sides fired ("exchanged fire",
// "returned fire", "in both directions": "fire"), that nobody fought ("without resistance":
// "unopposed") or calls the fighting a clash ("clash"); "" when it says none. Fire outweighs
// the others, and no fight outweighs a clash ("without any armed clashes").
func (t *Typer) TwoSided(sentence string) string {
	ws := words(sentence)
	found := ""
	for i := range ws {
		if !t.sideLeads[ws[i]] {
			continue
		}
		for n := 1; n <= t.longest && i+n <= len(ws); n++ {
			switch k := t.twoSided[strings.Join(ws[i:i+n], " ")]; k {
			case "fire":
				return k
			case "unopposed":
				found = k
			case "clash":
				if found == "" {
					found = k
				}
			}
		}
	}
	return found
}

// hasRole reports whether a CAMEO actor code carries a three-letter role code.
func hasRole(code, role string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == role {
			return true
		}
	}
	return false
}

// Weapon returns the weapon class the words of a sentence name, the first of
// dict/acled/weapons.tsv when it names several; "" when none.
func (t *Typer) Weapon(sentence string) string {
	best := ""
	t.scan(sentence, func(c string) {
		if best == "" || t.rank[c] < t.rank[best] {
			best = c
		}
	})
	return best
}

// names reports whether a sentence names a weapon of the class, wherever it ranks.
func (t *Typer) names(sentence, class string) bool {
	found := false
	t.scan(sentence, func(c string) { found = found || c == class })
	return found
}

// scan calls fn with the class of each weapon name in a sentence, the longest name first:
// "heavy machine guns" is not "guns", "rubber bullets" not "bullets", "stun grenades" no
// grenade.
func (t *Typer) scan(sentence string, fn func(class string)) {
	ws := words(sentence)
	for i := 0; i < len(ws); i++ {
		n := 1
		for k := 3; k > 1 && t.leads[ws[i]]; k-- {
			if i+k <= len(ws) {
				if _, ok := t.weapons[strings.Join(ws[i:i+k], " ")]; ok {
					n = k
					break
				}
			}
		}
		if c, ok := t.weapons[strings.Join(ws[i:i+n], " ")]; ok {
			fn(c)
		}
		i += n - 1
	}
}

// words splits s into lower-case words of letters, digits and inner hyphens.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r >= 0x80)
	})
}
