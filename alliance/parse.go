package alliance

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Kind is the strength of a treaty's obligation.
type Kind string

// The kinds of treaty: a mutual-defence or assistance obligation, then the weaker ones.
const (
	Defence       Kind = "defence"
	Consultation  Kind = "consultation"
	Nonaggression Kind = "nonaggression"
	Neutrality    Kind = "neutrality"
	Assurance     Kind = "assurance"
)

// Treaty is one entry of the dictionary.
type Treaty struct {
	ID          string
	Name        string
	Short       string // the name a sentence uses ("NATO"); the name when the file gives none
	Kind        Kind
	Article     string
	Signed      time.Time
	InForce     time.Time // zero: signed but not in force
	Ended       time.Time // first day no longer in force; zero: still in force
	Sources     []string
	Parties     []Membership
	Suspensions []Suspension
	Line        int // where the block opens in its file
}

// Membership is one stretch of a state's participation in a treaty. A state that left and
// rejoined has two.
type Membership struct {
	Country string    // ISO 3166-1 alpha-3
	Joined  time.Time // zero: from the treaty's entry into force
	Left    time.Time // first day no longer a party; zero: still a party
}

// Suspension removes Country's obligations from From until To (zero: still suspended),
// towards With, or towards every party when With is "*".
type Suspension struct {
	Country, With string
	From, To      time.Time
}

// ParseError locates a problem in a dictionary file: file, line and field.
type ParseError struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Field, e.Msg)
}

var (
	idPattern      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	countryPattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// lines calls fn with the fields of every line of r that holds more than a comment; fields
// are TAB-separated, and "#" starts a comment running to the end of the line.
func lines(r io.Reader, file string, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := sc.Text()
		if !utf8.ValidString(text) {
			return &ParseError{file, n, "line", "not valid UTF-8"}
		}
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimRight(text, " \t\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		if err := fn(n, strings.Split(text, "\t")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// ParseCountries reads the names file: CODE<TAB>NAME per line.
func ParseCountries(r io.Reader, file string) (map[string]string, error) {
	names := map[string]string{}
	err := lines(r, file, func(n int, f []string) error {
		if len(f) != 2 {
			return &ParseError{file, n, "line", fmt.Sprintf("want CODE<TAB>NAME, got %d fields", len(f))}
		}
		if !countryPattern.MatchString(f[0]) {
			return &ParseError{file, n, "code", fmt.Sprintf("%q is not an ISO 3166-1 alpha-3 code", f[0])}
		}
		if strings.TrimSpace(f[1]) != f[1] || f[1] == "" {
			return &ParseError{file, n, "name", fmt.Sprintf("%q: empty or padded with spaces", f[1])}
		}
		if _, dup := names[f[0]]; dup {
			return &ParseError{file, n, "code", f[0] + " named twice"}
		}
		names[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return names, nil
}

// ParseTreaties reads the treaty file (its format is in its header and in
// docs/dictionaries.md). With names, every party must be named there; nil names skips that
// check.
func ParseTreaties(r io.Reader, file string, names map[string]string) ([]Treaty, error) {
	p := &parser{file: file, names: names, ids: map[string]bool{}}
	if err := lines(r, file, p.line); err != nil {
		return nil, err
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.treaties, nil
}

// parser holds the state of ParseTreaties: the block being read and what came before.
type parser struct {
	file     string
	names    map[string]string
	treaties []Treaty
	cur      *Treaty
	seen     map[string]bool // the single-valued keys of the current block
	ids      map[string]bool
}

func (p *parser) errorf(n int, field, format string, args ...any) error {
	return &ParseError{p.file, n, field, fmt.Sprintf(format, args...)}
}

func (p *parser) line(n int, f []string) error {
	key, args := f[0], f[1:]
	if key == "treaty" {
		if err := p.finish(); err != nil {
			return err
		}
		if len(args) != 1 || !idPattern.MatchString(args[0]) {
			return p.errorf(n, "treaty", "want one id of lower-case letters, digits and hyphens, got %q", strings.Join(args, "\t"))
		}
		if p.ids[args[0]] {
			return p.errorf(n, "treaty", "id %q used twice", args[0])
		}
		p.ids[args[0]] = true
		p.treaties = append(p.treaties, Treaty{ID: args[0], Line: n})
		p.cur = &p.treaties[len(p.treaties)-1]
		p.seen = map[string]bool{}
		return nil
	}
	if p.cur == nil {
		return p.errorf(n, key, "comes before the first treaty line")
	}
	switch key {
	case "party":
		return p.party(n, args)
	case "suspend":
		return p.suspend(n, args)
	case "source":
		return p.source(n, args)
	}
	if p.seen[key] {
		return p.errorf(n, key, "given twice in treaty %s", p.cur.ID)
	}
	p.seen[key] = true
	if len(args) != 1 || args[0] == "" {
		return p.errorf(n, key, "want one value, got %d", len(args))
	}
	return p.scalar(n, key, args[0])
}

// scalar sets one single-valued field of the current treaty.
func (p *parser) scalar(n int, key, v string) error {
	t := p.cur
	var err error
	switch key {
	case "name":
		t.Name = v
	case "short":
		t.Short = v
	case "article":
		t.Article = v
	case "kind":
		switch k := Kind(v); k {
		case Defence, Consultation, Nonaggression, Neutrality, Assurance:
			t.Kind = k
		default:
			return p.errorf(n, key, "%q is not defence, consultation, nonaggression, neutrality or assurance", v)
		}
	case "signed":
		t.Signed, err = parseDate(v, false)
	case "in_force":
		t.InForce, err = parseDate(v, true)
	case "ended":
		t.Ended, err = parseDate(v, true)
	default:
		return p.errorf(n, key, "unknown field")
	}
	if err != nil {
		return p.errorf(n, key, "%v", err)
	}
	return nil
}

func (p *parser) source(n int, args []string) error {
	if len(args) != 1 {
		return p.errorf(n, "source", "want one URL, got %d fields", len(args))
	}
	u, err := url.Parse(args[0])
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return p.errorf(n, "source", "%q is not an http(s) URL", args[0])
	}
	p.cur.Sources = append(p.cur.Sources, args[0])
	return nil
}

func (p *parser) country(n int, field, code string) error {
	if !countryPattern.MatchString(code) {
		return p.errorf(n, field, "%q is not an ISO 3166-1 alpha-3 code", code)
	}
	if p.names != nil && p.names[code] == "" {
		return p.errorf(n, field, "%s has no name in the countries file", code)
	}
	return nil
}

func (p *parser) party(n int, args []string) error {
	if len(args) != 3 {
		return p.errorf(n, "party", "want CODE<TAB>JOINED<TAB>LEFT, got %d fields", len(args))
	}
	if err := p.country(n, "party", args[0]); err != nil {
		return err
	}
	joined, err := parseDate(args[1], true)
	if err != nil {
		return p.errorf(n, "party", "joined: %v", err)
	}
	left, err := parseDate(args[2], true)
	if err != nil {
		return p.errorf(n, "party", "left: %v", err)
	}
	m := Membership{Country: args[0], Joined: joined, Left: left}
	if !left.IsZero() && !joined.IsZero() && !left.After(joined) {
		return p.errorf(n, "party", "%s left (%s) no later than it joined (%s)", m.Country, args[2], args[1])
	}
	for _, o := range p.cur.Parties {
		if o.Country == m.Country && overlap(o.Joined, o.Left, m.Joined, m.Left) {
			return p.errorf(n, "party", "%s is already a party over some of these days", m.Country)
		}
	}
	p.cur.Parties = append(p.cur.Parties, m)
	return nil
}

func (p *parser) suspend(n int, args []string) error {
	if len(args) != 4 {
		return p.errorf(n, "suspend", "want CODE<TAB>WITH<TAB>FROM<TAB>TO, got %d fields", len(args))
	}
	s := Suspension{Country: args[0], With: args[1]}
	if !p.isParty(s.Country) {
		return p.errorf(n, "suspend", "%q is not a party listed above", s.Country)
	}
	if s.With != "*" && (!p.isParty(s.With) || s.With == s.Country) {
		return p.errorf(n, "suspend", "with: %q is neither \"*\" nor another party listed above", s.With)
	}
	var err error
	if s.From, err = parseDate(args[2], false); err != nil {
		return p.errorf(n, "suspend", "from: %v", err)
	}
	if s.To, err = parseDate(args[3], true); err != nil {
		return p.errorf(n, "suspend", "to: %v", err)
	}
	if !s.To.IsZero() && !s.To.After(s.From) {
		return p.errorf(n, "suspend", "ends (%s) no later than it starts (%s)", args[3], args[2])
	}
	p.cur.Suspensions = append(p.cur.Suspensions, s)
	return nil
}

func (p *parser) isParty(code string) bool {
	for _, m := range p.cur.Parties {
		if m.Country == code {
			return true
		}
	}
	return false
}

// finish checks the block just read as a whole.
func (p *parser) finish() error {
	t := p.cur
	if t == nil {
		return nil
	}
	p.cur = nil
	for _, key := range []string{"name", "kind", "article", "signed", "in_force", "ended"} {
		if !p.seen[key] {
			return p.errorf(t.Line, key, "missing from treaty %s", t.ID)
		}
	}
	if t.Short == "" {
		t.Short = t.Name
	}
	switch {
	case len(t.Sources) == 0:
		return p.errorf(t.Line, "source", "treaty %s names no source", t.ID)
	case len(t.Parties) < 2:
		return p.errorf(t.Line, "party", "treaty %s has %d parties, want two or more", t.ID, len(t.Parties))
	case !t.InForce.IsZero() && t.InForce.Before(t.Signed):
		return p.errorf(t.Line, "in_force", "treaty %s is in force before it was signed", t.ID)
	case !t.Ended.IsZero() && (t.InForce.IsZero() || !t.Ended.After(t.InForce)):
		return p.errorf(t.Line, "ended", "treaty %s ends before it is in force", t.ID)
	}
	return nil
}

// parseDate reads YYYY-MM-DD, or "-" (the zero time) where dash allows it.
func parseDate(s string, dash bool) (time.Time, error) {
	if s == "-" && dash {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil || d.Year() < 1800 {
		return time.Time{}, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return d, nil
}

// overlap reports whether the spans [a0, a1) and [b0, b1) share a day; zero starts are the
// beginning of time and zero ends the end.
func overlap(a0, a1, b0, b1 time.Time) bool {
	return (a1.IsZero() || b0.Before(a1)) && (b1.IsZero() || a0.Before(b1))
}
