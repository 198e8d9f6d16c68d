package api

import (
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/annals-org/annals"
)

var (
	actorPattern      = regexp.MustCompile(`^[A-Z0-9]{1,15}$`)
	countryPattern    = regexp.MustCompile(`^[A-Z]{3}$`)
	cameoPattern      = regexp.MustCompile(`^[0-9]{1,4}$`)
	ploverPattern     = regexp.MustCompile(`^[A-Z_]{1,30}$`)
	seriesPattern     = regexp.MustCompile(`^[A-Z]{3}(-[A-Z]{3})?$`)
	seriesDyadPattern = regexp.MustCompile(`^[A-Z]{3}-[A-Z]{3}$`)
)

// maxText bounds the full-text query, in bytes.
const maxText = 200

// maxOffset bounds paging, so that a request cannot make the store skip without end.
const maxOffset = 1_000_000

// parseEventQuery reads the filters of GET /api/events.
func parseEventQuery(v url.Values) (q annals.EventQuery, merged bool, err error) {
	p := params{v: v}
	q.Actor = p.match("actor", actorPattern, true)
	q.Country = p.match("country", countryPattern, true)
	q.Dyad = p.match("dyad", seriesDyadPattern, true)
	q.CAMEO = p.match("cameo", cameoPattern, false)
	q.PLOVER = p.match("plover", ploverPattern, true)
	if st := p.one("status"); st != "" {
		switch s := annals.Status(st); s {
		case annals.Asserted, annals.Planned, annals.Negated, annals.Hypothetical, annals.Historical:
			q.Status = s
		default:
			p.fail("status", st, "want asserted, planned, negated, hypothetical or historical")
		}
	}
	q.From = p.date("from")
	q.To = p.date("to")
	q.Box = p.box("bbox")
	if t := p.one("q"); t != "" {
		if len(t) > maxText {
			p.fail("q", t[:20]+"…", "longer than 200 bytes")
		}
		q.Text = t
	}
	q.Limit = p.int("limit", 1, annals.MaxLimit)
	q.Offset = p.int("offset", 0, maxOffset)
	merged = p.bool("merged")
	p.unknown("actor", "country", "dyad", "cameo", "plover", "status", "from", "to", "bbox", "q", "limit", "offset", "merged")
	if p.err == nil && q.From != "" && q.To != "" && q.To < q.From {
		p.err = badRequest("to %s is before from %s", q.To, q.From)
	}
	return q, merged, p.err
}

// seriesQuery selects the series of GET /api/series and /api/escalations.
type seriesQuery struct {
	kind, key, country, from, to string
}

func parseSeriesQuery(v url.Values) (seriesQuery, error) {
	p := params{v: v}
	var s seriesQuery
	switch k := p.one("kind"); k {
	case "", "country", "dyad":
		s.kind = k
	default:
		p.fail("kind", k, "want country or dyad")
	}
	if key := strings.ToUpper(p.one("key")); key != "" {
		if !seriesPattern.MatchString(key) {
			p.fail("key", key, `want a country ("ARM") or a dyad ("ARM-AZE")`)
		}
		s.key = key
		if c, _, ok := strings.Cut(key, "-"); ok || len(key) == 3 {
			s.country = c // every event of the series involves this country
		}
	}
	s.from = p.date("from")
	s.to = p.date("to")
	p.unknown("kind", "key", "from", "to")
	if p.err == nil && s.from != "" && s.to != "" && s.to < s.from {
		p.err = badRequest("to %s is before from %s", s.to, s.from)
	}
	return s, p.err
}

// params reads query parameters, keeping the first error.
type params struct {
	v   url.Values
	err error
}

func (p *params) fail(name, value, why string) {
	if p.err == nil {
		p.err = badRequest("parameter %s=%q: %s", name, value, why)
	}
}

// one returns the parameter's value; a parameter given twice is an error.
func (p *params) one(name string) string {
	vs := p.v[name]
	if len(vs) > 1 {
		p.fail(name, strings.Join(vs, ","), "given more than once")
	}
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func (p *params) match(name string, re *regexp.Regexp, upper bool) string {
	s := p.one(name)
	if upper {
		s = strings.ToUpper(s)
	}
	if s != "" && !re.MatchString(s) {
		p.fail(name, s, "malformed")
	}
	return s
}

func (p *params) date(name string) string {
	s := p.one(name)
	if s == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		p.fail(name, s, "want YYYY-MM-DD")
	}
	return s
}

func (p *params) int(name string, lo, hi int) int {
	s := p.one(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail(name, s, "want a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
	}
	return n
}

// fraction reads a number from 0 to 1.
func (p *params) fraction(name string) float64 {
	s := p.one(name)
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !(f >= 0 && f <= 1) {
		p.fail(name, s, "want a number from 0 to 1")
	}
	return f
}

func (p *params) bool(name string) bool {
	s := p.one(name)
	if s == "" {
		return false
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		p.fail(name, s, "want true or false")
	}
	return b
}

// box reads minLon,minLat,maxLon,maxLat (the GeoJSON order).
func (p *params) box(name string) *annals.Box {
	s := p.one(name)
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		p.fail(name, s, "want minLon,minLat,maxLon,maxLat")
		return nil
	}
	var f [4]float64
	for i, part := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(part), 64)
		if err != nil {
			p.fail(name, s, "want four numbers minLon,minLat,maxLon,maxLat")
			return nil
		}
		f[i] = x
	}
	b := &annals.Box{MinLon: f[0], MinLat: f[1], MaxLon: f[2], MaxLat: f[3]}
	q := annals.EventQuery{Box: b}
	if err := q.Validate(); err != nil {
		p.fail(name, s, err.Error())
	}
	return b
}

// unknown fails on a parameter not in known, so that a misspelt filter is not silently
// ignored.
func (p *params) unknown(known ...string) {
	for _, name := range slices.Sorted(maps.Keys(p.v)) {
		if !slices.Contains(known, name) {
			p.fail(name, p.v.Get(name), "unknown parameter; known: "+strings.Join(known, ", "))
		}
	}
}
