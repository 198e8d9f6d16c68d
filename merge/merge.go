package merge

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/gazetteer"
)

// Options tune merging. The zero value uses the defaults.
type Options struct {
	// MaxKm is the largest distance between two places of one event; default 50.
	MaxKm float64
}

// Source is one report of a merged event.
type Source struct {
	ArticleID string `json:"article_id"`
	EventID   string `json:"event_id"`
	Evidence  string `json:"evidence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Event is one real-world event with its reports. The embedded record is the most
// informative report (located, with quantities, asserted); Sources lists all of them.
type Event struct {
	annals.Event
	// Mentions counts independent reports: sources with the same evidence sentence
	// (syndicated copies) count once.
	Mentions int      `json:"mentions"`
	Sources  []Source `json:"sources"`
}

// key holds what must be equal for two records to be one event.
type key struct {
	date, source, target, root string
	negated                    bool
}

func keyOf(e *annals.Event) key {
	k := key{date: e.Date, negated: e.Status == annals.Negated}
	if e.Source != nil {
		k.source = e.Source.Code
	}
	if e.Target != nil {
		k.target = e.Target.Code
	}
	if len(e.CAMEO) >= 2 {
		k.root = e.CAMEO[:2]
	}
	return k
}

// Events merges events. A record joins the first earlier group all of whose records are
// the same event as it by Same (complete linkage, as stores cluster reports), so that an
// unlocated report cannot chain two distant places into one event. Records without a full
// day (YYYY-MM-DD) are never merged: a month or a season is too coarse to say two reports
// are one event. The result is ordered by date, then by the position of its first record.
func Events(events []annals.Event, opt Options) []Event {
	var clusters [][]annals.Event
	groups := make(map[key][]int) // indexes into clusters, by what Same needs equal
	for i := range events {
		e := &events[i]
		k := keyOf(e)
		j := -1
		for _, c := range groups[k] {
			if all(clusters[c], func(m *annals.Event) bool { return Same(e, m, opt.MaxKm) }) {
				j = c
				break
			}
		}
		if j < 0 {
			j = len(clusters)
			clusters = append(clusters, nil)
			groups[k] = append(groups[k], j)
		}
		clusters[j] = append(clusters[j], *e)
	}
	out := make([]Event, len(clusters))
	for i, c := range clusters {
		out[i] = Group(c)
	}
	slices.SortStableFunc(out, func(a, b Event) int { return cmp.Compare(a.Date, b.Date) })
	return out
}

func all(es []annals.Event, f func(*annals.Event) bool) bool {
	for i := range es {
		if !f(&es[i]) {
			return false
		}
	}
	return true
}

// Same says whether a and b report one event by the rule of Events: the same full day,
// actor codes, CAMEO root and negation, and places within maxKm (50 when maxKm <= 0) when
// both are located. Stores use it to give a new record the cluster of an earlier one.
func Same(a, b *annals.Event, maxKm float64) bool {
	if maxKm <= 0 {
		maxKm = 50
	}
	if !fullDay(a.Date) || keyOf(a) != keyOf(b) {
		return false
	}
	if a.Location == nil || b.Location == nil {
		return true
	}
	return gazetteer.DistanceKm(a.Location.Lat, a.Location.Lon, b.Location.Lat, b.Location.Lon) <= maxKm
}

// Group makes one merged event of reports already known to be one event, such as a
// store's cluster: the most informative report with all of them as sources.
func Group(reports []annals.Event) Event {
	var m Event
	for i := range reports {
		e := &reports[i]
		if i == 0 || better(e, &m.Event) {
			m.Event = *e
		}
		m.Sources = append(m.Sources, Source{ArticleID: e.ArticleID, EventID: e.ID, Evidence: e.Evidence, Start: e.Start, End: e.End})
	}
	m.Mentions = independent(m.Sources)
	return m
}

// better says whether a is a more informative record of the event than b.
func better(a, b *annals.Event) bool {
	if (a.Location != nil) != (b.Location != nil) {
		return a.Location != nil
	}
	if len(a.Quantities) != len(b.Quantities) {
		return len(a.Quantities) > len(b.Quantities)
	}
	return a.Status == annals.Asserted && b.Status != annals.Asserted
}

// independent counts the distinct evidence sentences among sources, ignoring case,
// punctuation and spacing, so that syndicated copies of one report count once.
func independent(sources []Source) int {
	seen := make(map[string]bool, len(sources))
	for _, s := range sources {
		f := fingerprint(s.Evidence)
		if f == "" {
			f = "article " + s.ArticleID
		}
		seen[f] = true
	}
	return len(seen)
}

func fingerprint(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func fullDay(d string) bool {
	return len(d) == 10 && d[4] == '-' && d[7] == '-' && d[0] >= '0' && d[0] <= '9'
}
