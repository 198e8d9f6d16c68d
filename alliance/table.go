package alliance

import (
	"io/fs"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/annals-org/annals/dict"
)

// The dictionary files, as paths in the dictionary file system.
const (
	TreatiesFile  = "alliances/treaties.tsv"
	CountriesFile = "alliances/countries.tsv"
)

// Table answers who is bound to whom on a day. It is immutable once built and safe for
// concurrent use.
type Table struct {
	treaties  []Treaty
	names     map[string]string
	byCountry map[string][]int // indexes into treaties of those that list the country
}

// Load reads the treaty dictionary from fsys (normally dict.FS).
func Load(fsys fs.FS) (*Table, error) {
	cf, err := fsys.Open(CountriesFile)
	if err != nil {
		return nil, err
	}
	names, err := ParseCountries(cf, CountriesFile)
	cf.Close()
	if err != nil {
		return nil, err
	}
	tf, err := fsys.Open(TreatiesFile)
	if err != nil {
		return nil, err
	}
	defer tf.Close()
	treaties, err := ParseTreaties(tf, TreatiesFile, names)
	if err != nil {
		return nil, err
	}
	return New(treaties, names), nil
}

var (
	defaultOnce  sync.Once
	defaultTable *Table
	defaultErr   error
)

// Default returns the table of the embedded dictionary, loaded on first use.
func Default() (*Table, error) {
	defaultOnce.Do(func() { defaultTable, defaultErr = Load(dict.FS) })
	return defaultTable, defaultErr
}

// New builds a table from parsed treaties and the names of their parties.
func New(treaties []Treaty, names map[string]string) *Table {
	t := &Table{treaties: treaties, names: names, byCountry: map[string][]int{}}
	for i := range treaties {
		for _, m := range treaties[i].Parties {
			idx := t.byCountry[m.Country]
			if len(idx) == 0 || idx[len(idx)-1] != i {
				t.byCountry[m.Country] = append(idx, i)
			}
		}
	}
	return t
}

// Treaties returns every treaty of the dictionary, in file order. The slice is shared: do
// not modify it.
func (t *Table) Treaties() []Treaty { return t.treaties }

// Name returns the short English name of a party, or the code itself when it has none.
func (t *Table) Name(code string) string {
	if n := t.names[code]; n != "" {
		return n
	}
	return code
}

// Binding is one treaty that binds a country on a day.
type Binding struct {
	Treaty   *Treaty
	Country  string
	Parties  []string  // every party bound that day, Country included, in the file's order
	Partners []string  // the parties Country is bound to that day
	From     time.Time // first day of the unbroken span, around that day, that Country is bound
	To       time.Time // last day of that span; zero while it lasts
}

// Binding returns the treaties that bind country on day, to at least one partner, in the
// file's order.
func (t *Table) Binding(country string, day time.Time) []Binding {
	day = Day(day)
	var out []Binding
	for _, i := range t.byCountry[country] {
		tr := &t.treaties[i]
		if !tr.active(country, day) {
			continue
		}
		partners := tr.partners(country, day)
		if len(partners) == 0 {
			continue
		}
		from, to := tr.span(country, day)
		out = append(out, Binding{Treaty: tr, Country: country, Parties: tr.parties(day),
			Partners: partners, From: from, To: to})
	}
	return out
}

// Between returns the treaties that bind a and b to each other on day.
func (t *Table) Between(a, b string, day time.Time) []Binding {
	var out []Binding
	for _, bd := range t.Binding(a, day) {
		if slices.Contains(bd.Partners, b) {
			out = append(out, bd)
		}
	}
	return out
}

// Day returns the calendar day of d, as midnight UTC.
func Day(d time.Time) time.Time {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

func (tr *Treaty) inForce(day time.Time) bool {
	return !tr.InForce.IsZero() && !day.Before(tr.InForce) && (tr.Ended.IsZero() || day.Before(tr.Ended))
}

func (tr *Treaty) member(country string, day time.Time) bool {
	for _, m := range tr.Parties {
		if m.Country == country && !day.Before(m.Joined) && (m.Left.IsZero() || day.Before(m.Left)) {
			return true
		}
	}
	return false
}

// suspended reports whether country's obligations towards with ("*": towards every party)
// are suspended on day.
func (tr *Treaty) suspended(country, with string, day time.Time) bool {
	for _, s := range tr.Suspensions {
		if s.Country == country && s.With == with && !day.Before(s.From) && (s.To.IsZero() || day.Before(s.To)) {
			return true
		}
	}
	return false
}

// active reports whether country is a party bound by the treaty on day, leaving aside to
// whom.
func (tr *Treaty) active(country string, day time.Time) bool {
	return tr.inForce(day) && tr.member(country, day) && !tr.suspended(country, "*", day)
}

func (tr *Treaty) parties(day time.Time) []string {
	var out []string
	for _, m := range tr.Parties {
		if !slices.Contains(out, m.Country) && tr.active(m.Country, day) {
			out = append(out, m.Country)
		}
	}
	return out
}

func (tr *Treaty) partners(country string, day time.Time) []string {
	var out []string
	for _, p := range tr.parties(day) {
		if p != country && !tr.suspended(country, p, day) && !tr.suspended(p, country, day) {
			out = append(out, p)
		}
	}
	return out
}

// span returns the unbroken stretch of days around day on which country is active: its first
// day and its last (zero when it has not ended). Activity only changes on the treaty's dates
// and the country's own joining, leaving and suspension dates, so those are the only days
// to look at.
func (tr *Treaty) span(country string, day time.Time) (from, to time.Time) {
	edges := []time.Time{tr.InForce}
	if !tr.Ended.IsZero() {
		edges = append(edges, tr.Ended)
	}
	for _, m := range tr.Parties {
		if m.Country == country {
			edges = append(edges, m.Joined, m.Left)
		}
	}
	for _, s := range tr.Suspensions {
		if s.Country == country && s.With == "*" {
			edges = append(edges, s.From, s.To)
		}
	}
	edges = slices.DeleteFunc(edges, time.Time.IsZero)
	sort.Slice(edges, func(i, j int) bool { return edges[i].Before(edges[j]) })
	edges = slices.CompactFunc(edges, time.Time.Equal)
	// from: walk back over earlier stretches while they are active too.
	i := sort.Search(len(edges), func(i int) bool { return edges[i].After(day) }) - 1
	from = edges[i]
	for i > 0 && tr.active(country, edges[i-1]) {
		i--
		from = edges[i]
	}
	// to: walk forward over later stretches while they are active.
	j := sort.Search(len(edges), func(j int) bool { return edges[j].After(day) })
	for j < len(edges) && tr.active(country, edges[j]) {
		j++
	}
	if j < len(edges) {
		to = edges[j].AddDate(0, 0, -1)
	}
	return from, to
}

// Record is the JSON form of a Binding: a line of `annals alliances` and an element of
// GET /api/alliances.
type Record struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Short    string            `json:"short"`
	Kind     Kind              `json:"kind"`
	Country  string            `json:"country"`
	Parties  []string          `json:"parties"`  // in force that day, the country included
	Partners []string          `json:"partners"` // the parties the country is bound to
	From     string            `json:"from"`     // first day of the country's span of binding
	To       string            `json:"to"`       // last day of it, "" while it lasts
	Article  string            `json:"article"`
	Signed   string            `json:"signed"`
	InForce  string            `json:"in_force"`
	Source   string            `json:"source"`
	Sources  []string          `json:"sources"`
	Names    map[string]string `json:"names"` // the parties' short English names
}

// Record returns the JSON form of b.
func (t *Table) Record(b Binding) Record {
	tr := b.Treaty
	names := make(map[string]string, len(b.Parties))
	for _, p := range b.Parties {
		names[p] = t.Name(p)
	}
	return Record{
		ID: tr.ID, Name: tr.Name, Short: tr.Short, Kind: tr.Kind, Country: b.Country,
		Parties: b.Parties, Partners: b.Partners, From: date(b.From), To: date(b.To),
		Article: tr.Article, Signed: date(tr.Signed), InForce: date(tr.InForce),
		Source: tr.Sources[0], Sources: tr.Sources, Names: names,
	}
}

func date(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}
