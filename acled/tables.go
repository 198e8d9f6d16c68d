package acled

import (
	"fmt"
	"io/fs"
	"math"
	"strings"

	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/rank"
)

// Load reads dict/acled's tables from fsys (normally dict.FS); causes are the rank cues
// (rank.Load) the pipeline already holds, which tell a report's background from its acts.
func Load(fsys fs.FS, causes *rank.Cues) (*Typer, error) {
	t := &Typer{words: map[string]string{}, victims: map[string]string{}, aimedAt: map[string]bool{}, former: map[string]bool{}, weapons: map[string]string{}, leads: map[string]bool{}, rank: map[string]int{}, twoSided: map[string]string{}, sideLeads: map[string]bool{}}
	subs, err := readSubEvents(fsys)
	if err != nil {
		return nil, err
	}
	if err := t.loadEngagement(fsys); err != nil {
		return nil, err
	}
	t.causes = causes
	types, err := t.loadActorTypes(fsys)
	if err != nil {
		return nil, err
	}
	if err := t.loadWeapons(fsys); err != nil {
		return nil, err
	}
	if err := t.loadRules(fsys, subs, types); err != nil {
		return nil, err
	}
	return t, nil
}

// readSubEvents reads dict/acled/subevents.tsv: the event type of each sub-event type, which
// the rules are checked against.
func readSubEvents(fsys fs.FS) (map[string]string, error) {
	subs := map[string]string{}
	if err := rows(fsys, "acled/subevents.tsv", 2, func(f []string) error {
		subs[f[1]] = f[0]
		return nil
	}); err != nil {
		return nil, err
	}
	return subs, nil
}

// loadActorTypes reads dict/acled/actortypes.tsv: the words and role codes that give an actor
// its type, the place, victim and former words, and returns the set of actor types it names,
// the only ones the rules may use.
func (t *Typer) loadActorTypes(fsys fs.FS) (map[string]bool, error) {
	types := map[string]bool{}
	if err := rows(fsys, "acled/actortypes.tsv", 3, func(f []string) error {
		types[f[0]] = true
		switch f[1] {
		case "word":
			t.words[f[2]] = f[0]
		case "role":
			t.roles = append(t.roles, roleType{f[2], f[0]})
		case "place":
			if f[0] != Places {
				return fmt.Errorf("a place-word makes %q, not %q", Places, f[0])
			}
			t.aimedAt[f[2]] = true
		case "victim":
			t.victims[f[2]] = f[0]
		case "former":
			if f[0] != Civilians {
				return fmt.Errorf("a former-word makes a civilian, not %q", f[0])
			}
			t.former[f[2]] = true
		default:
			return fmt.Errorf("kind %q is not word, role, victim, former or place", f[1])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return types, nil
}

// loadWeapons reads dict/acled/weapons.tsv: the names of each weapon class, the classes
// ranked in file order (the first wins when a sentence names several).
func (t *Typer) loadWeapons(fsys fs.FS) error {
	return rows(fsys, "acled/weapons.tsv", 2, func(f []string) error {
		if _, ok := t.rank[f[0]]; !ok {
			t.rank[f[0]] = len(t.rank)
		}
		t.weapons[f[1]] = f[0]
		if first, _, ok := strings.Cut(f[1], " "); ok {
			t.leads[first] = true
		}
		return nil
	})
}

// loadRules reads dict/acled/rules.tsv, checking each row against the sub-event types (subs),
// the actor types (types) and the weapon classes already read, and against the CAMEO -> ACLED
// mapping.
func (t *Typer) loadRules(fsys fs.FS, subs map[string]string, types map[string]bool) error {
	return rows(fsys, "acled/rules.tsv", 6, func(f []string) error {
		r := rule{cameo: strings.Split(f[0], "|"), typ: f[4], sub: f[5]}
		var err error
		if r.source, err = fieldSet(f[1], nil, types); err != nil {
			return err
		}
		if r.target, err = fieldSet(f[2], nil, types); err != nil {
			return err
		}
		if r.weapon, err = fieldSet(f[3], t.rank, nil); err != nil {
			return err
		}
		if r.typ == noCategory && r.sub == noCategory {
			// An act ACLED's codebook does not record (diplomacy between states).
			t.rules = append(t.rules, r)
			return nil
		}
		if subs[r.sub] != r.typ {
			return fmt.Errorf("%q is not a sub-event type of %q in subevents.tsv", r.sub, r.typ)
		}
		// Who and with what may override the code's own type (police firing tear gas at
		// protesters is a Protests event, not the Strategic development 175 maps to); a row
		// that names neither must follow the mapping.
		for _, c := range r.cameo {
			if TypeOf(c) != r.typ && f[1] == "*" && f[2] == "*" && f[3] == "*" {
				return fmt.Errorf("CAMEO %s maps to %q, not %q (only a row that names actor types or a weapon class may differ)", c, TypeOf(c), r.typ)
			}
		}
		t.rules = append(t.rules, r)
		return nil
	})
}

// fieldSet is the set of values "a|b|c" of a rule's actor-type or weapon field, nil for "*"
// (any value). The values must be known: weapon classes of weaponRanks when it is not nil,
// else actor types of actorTypes.
func fieldSet(s string, weaponRanks map[string]int, actorTypes map[string]bool) (map[string]bool, error) {
	if s == "*" {
		return nil, nil
	}
	m := map[string]bool{}
	for _, v := range strings.Split(s, "|") {
		if weaponRanks != nil {
			if _, ok := weaponRanks[v]; !ok {
				return nil, fmt.Errorf("unknown weapon class %q", v)
			}
		} else if !actorTypes[v] {
			return nil, fmt.Errorf("unknown actor type %q", v)
		}
		m[v] = true
	}
	return m, nil
}

// loadEngagement reads dict/acled/engagement.tsv: the phrases that tell how a fight went.
func (t *Typer) loadEngagement(fsys fs.FS) error {
	return rows(fsys, "acled/engagement.tsv", 2, func(f []string) error {
		ws := words(f[1])
		if len(ws) == 0 || strings.Join(ws, " ") != f[1] {
			return fmt.Errorf("phrase %q is not lower-case words joined by one space", f[1])
		}
		switch f[0] {
		case "fire", "clash", "unopposed":
			t.twoSided[f[1]] = f[0]
			t.sideLeads[ws[0]] = true
		default:
			return fmt.Errorf("kind %q is not fire, clash or unopposed", f[0])
		}
		t.longest = max(t.longest, len(ws))
		return nil
	})
}

// rows calls fn with the tab-separated fields of each data line of a table (at least n),
// read by linefile as every dictionary of dict/ is.
func rows(fsys fs.FS, name string, n int, fn func([]string) error) error {
	return linefile.ReadFS(fsys, name, n, math.MaxInt, func(l linefile.Line) error {
		if err := fn(l.Fields); err != nil {
			return l.Errorf("", "%v", err)
		}
		return nil
	})
}
