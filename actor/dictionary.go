package actor

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/text"
)

// Kind is the kind of a dictionary phrase.
type Kind uint8

// Phrase kinds.
const (
	KName    Kind = iota + 1 // a country name: "Armenia"
	KAdj                     // a country adjective or demonym: "Armenian"
	KCapital                 // a capital as metonym: "Baku"
	KMetonym                 // "Kremlin"
	KOrg                     // "United Nations"
	KGroup                   // "Taliban"
	KRole                    // "troops"
	KTitle                   // "prime minister"
	KPerson                  // "Nikol Pashinyan" (from the leaders file)
)

var kindNames = map[string]Kind{"name": KName, "adj": KAdj, "capital": KCapital, "metonym": KMetonym, "shared": KMetonym, "org": KOrg, "group": KGroup}

// entry is one dictionary phrase.
type entry struct {
	words []string // lower-case token forms
	exact string   // non-empty: the text must match exactly (acronyms)
	lower bool     // the phrase starts in lower case ("al-Qaeda"), so the text may too
	kind  Kind
	code  string // actor code, or role code for KRole and KTitle
	from  time.Time
	to    time.Time // zero: open-ended
	where string    // file:line, to trace a coding back to its entry
	// shared: an institution's name that other states use too (KIND shared: "Congress"),
	// whose country the article's own country overrides (see Situate)
	shared bool
}

// Dictionary holds every actor phrase, indexed by first word. Read-only after Load.
type Dictionary struct {
	byFirst   map[string][]*entry
	countries map[string]bool // known ISO alpha-3 codes
	surnames  map[string][]*entry
	nonPerson map[string]bool // words of names that are no person's (nonperson-words.tsv)
}

// Load reads the actor files of fsys: actors/*.tsv with CODE KIND PHRASE lines, and
// actors/roles.tsv, actors/titles.tsv and actors/leaders.tsv. The analyzer tokenises phrases
// exactly as it tokenises text.
func Load(fsys fs.FS, an *text.Analyzer) (*Dictionary, error) {
	d := &Dictionary{byFirst: make(map[string][]*entry), countries: make(map[string]bool), surnames: make(map[string][]*entry),
		nonPerson: make(map[string]bool)}
	names, err := fs.Glob(fsys, "actors/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		var err error
		base := path.Base(name)
		switch {
		case strings.HasPrefix(base, "roles"):
			err = d.loadRoles(fsys, name, KRole, an)
		case strings.HasPrefix(base, "titles"):
			err = d.loadRoles(fsys, name, KTitle, an)
		case strings.HasPrefix(base, "leaders"):
			err = d.loadLeaders(fsys, name, an)
		case strings.HasPrefix(base, "nonperson"):
			err = linefile.ReadFS(fsys, name, 1, 1, func(l linefile.Line) error {
				d.nonPerson[strings.ToLower(l.Fields[0])] = true
				return nil
			})
		default:
			err = d.loadPhrases(fsys, name, an)
		}
		if err != nil {
			return nil, err
		}
	}
	for _, list := range d.byFirst {
		// Longest first; at equal length a leader beats a title, and a title a role noun, so
		// that "President" before a name opens a person.
		sort.SliceStable(list, func(i, j int) bool {
			if len(list[i].words) != len(list[j].words) {
				return len(list[i].words) > len(list[j].words)
			}
			return kindRank(list[i].kind) > kindRank(list[j].kind)
		})
	}
	return d, nil
}

func (d *Dictionary) add(e *entry, phrase string, an *text.Analyzer) {
	doc := an.Analyze(phrase)
	for _, t := range doc.Tokens {
		e.words = append(e.words, t.Lower)
	}
	if len(e.words) == 0 {
		return
	}
	if isAcronym(phrase) {
		e.exact = phrase
	}
	if r, _ := utf8.DecodeRuneInString(phrase); unicode.IsLower(r) {
		e.lower = true
	}
	d.byFirst[e.words[0]] = append(d.byFirst[e.words[0]], e)
}

// isAcronym reports whether a phrase is written in capitals only ("UN", "U.S.", "NATO"), and
// so must match exactly: "US" is a country, "us" a pronoun.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters > 0 && letters <= 6
}

func checkCode(l linefile.Line, code string) error {
	if len(code) == 0 || len(code)%3 != 0 {
		return l.Errorf("code", "%q: want upper-case letters, a multiple of 3 long", code)
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return l.Errorf("code", "%q: want upper-case letters, a multiple of 3 long", code)
		}
	}
	return nil
}

func (d *Dictionary) loadPhrases(fsys fs.FS, name string, an *text.Analyzer) error {
	return linefile.ReadFS(fsys, name, 3, 3, func(l linefile.Line) error {
		code, kindName, phrase := l.Fields[0], l.Fields[1], l.Fields[2]
		if err := checkCode(l, code); err != nil {
			return err
		}
		kind, ok := kindNames[kindName]
		if !ok {
			return l.Errorf("kind", "unknown kind %q", kindName)
		}
		if kind == KName || kind == KAdj || kind == KCapital {
			d.countries[code[:3]] = true
		}
		d.add(&entry{kind: kind, code: code, where: fmt.Sprintf("%s:%d", name, l.Number), shared: kindName == "shared"}, phrase, an)
		return nil
	})
}

func (d *Dictionary) loadRoles(fsys fs.FS, name string, kind Kind, an *text.Analyzer) error {
	return linefile.ReadFS(fsys, name, 2, 2, func(l linefile.Line) error {
		role, phrase := l.Fields[0], l.Fields[1]
		if role == "-" {
			// A head noun that names a side but no role: "the Armenian side".
			d.add(&entry{kind: kind, where: fmt.Sprintf("%s:%d", name, l.Number)}, phrase, an)
			return nil
		}
		if len(role) != 3 {
			return l.Errorf("role", "%q: want a 3-letter role code", role)
		}
		if err := checkCode(l, role); err != nil {
			return err
		}
		d.add(&entry{kind: kind, code: role, where: fmt.Sprintf("%s:%d", name, l.Number)}, phrase, an)
		return nil
	})
}

func (d *Dictionary) loadLeaders(fsys fs.FS, name string, an *text.Analyzer) error {
	return linefile.ReadFS(fsys, name, 6, 6, func(l linefile.Line) error {
		code, full, aliases := l.Fields[0], l.Fields[1], l.Fields[2]
		if err := checkCode(l, code); err != nil {
			return err
		}
		from, err := parseDate(l.Fields[4], false)
		if err != nil {
			return l.Errorf("from", "%v", err)
		}
		to, err := parseDate(l.Fields[5], true)
		if err != nil {
			return l.Errorf("to", "%v", err)
		}
		where := fmt.Sprintf("%s:%d", name, l.Number)
		names := []string{full}
		if aliases != "-" {
			names = append(names, strings.Split(aliases, "|")...)
		}
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			e := &entry{kind: KPerson, code: code, from: from, to: to, where: where}
			d.add(e, n, an)
			if len(e.words) > 1 {
				last := e.words[len(e.words)-1]
				d.surnames[last] = append(d.surnames[last], e)
			} else if len(e.words) == 1 {
				d.surnames[e.words[0]] = append(d.surnames[e.words[0]], e)
			}
		}
		return nil
	})
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY; "-" is open-ended (zero). For the end of a
// term a partial date means its last day.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "-" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if end {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q: want YYYY-MM-DD, YYYY-MM, YYYY or -", s)
}

// inOffice reports whether e's term covers day (a zero day matches every term).
func (e *entry) inOffice(day time.Time) bool {
	if day.IsZero() || e.kind != KPerson {
		return true
	}
	if !e.from.IsZero() && day.Before(e.from.AddDate(0, 0, -1)) {
		return false
	}
	return e.to.IsZero() || !day.After(e.to.AddDate(0, 0, 1))
}

// beforeTermYears is how long before a leader's term an article must be for the leader's
// surname with a title of another role to name someone else: a politician is in the news
// some years before taking office, but "IGP Idris" in 2018, a police chief, is no prime
// minister of 2025.
const beforeTermYears = 3

// otherOffice reports whether a leader's surname after title t names someone else: the title
// is of another role than every leader of that surname holds, and every term of theirs
// begins more than beforeTermYears after day.
func (d *Dictionary) otherOffice(surname string, t *entry, day time.Time) bool {
	if day.IsZero() || len(t.code) < 3 {
		return false
	}
	for _, l := range d.surnames[surname] {
		if l.code[3:] == t.code || l.from.IsZero() || !day.AddDate(beforeTermYears, 0, 0).Before(l.from) {
			return false
		}
	}
	return true
}

func kindRank(k Kind) int {
	switch k {
	case KPerson:
		return 3
	case KTitle:
		return 2
	}
	return 0
}

// bySurname returns the leader with this surname in office on day, or, when no one is, the
// only leader with that surname (or several of one country): enough to give a country to
// "President Bush" in an undated text.
func (d *Dictionary) bySurname(surname string, day time.Time) *entry {
	list := d.surnames[surname]
	for _, e := range list {
		if e.inOffice(day) {
			return e
		}
	}
	if len(list) == 0 {
		return nil
	}
	for _, e := range list[1:] {
		if e.code[:3] != list[0].code[:3] {
			return nil
		}
	}
	return list[0]
}
