package escalation

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/annals-org/annals"
)

// Day is one day of a series.
type Day struct {
	Date string `json:"date"` // YYYY-MM-DD
	// Quad counts events by CAMEO quad class: [0] verbal cooperation, [1] material
	// cooperation, [2] verbal conflict, [3] material conflict.
	Quad      [4]int  `json:"quad"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"` // mean Goldstein score; 0 on a day without events

	conflictIDs []string // the conflict events of the day, for signals
}

// Conflict is the day's count of conflict events (quad classes 3 and 4).
func (d *Day) Conflict() int { return d.Quad[2] + d.Quad[3] }

// Series is a dense daily series, one Day for every date from its first event to its last.
type Series struct {
	Key  string `json:"key"`  // a country ("ARM") or a dyad ("ARM-AZE")
	Kind string `json:"kind"` // "country" or "dyad"
	Days []Day  `json:"days"`
}

// Signal is a day of escalation in one series.
type Signal struct {
	Key      string   `json:"key"`
	Kind     string   `json:"kind"`
	Date     string   `json:"date"`
	Conflict int      `json:"conflict"`  // conflict events on the day
	Baseline float64  `json:"baseline"`  // mean conflict events per day over the window before
	Score    float64  `json:"score"`     // standard deviations above the baseline
	EventIDs []string `json:"event_ids"` // the conflict events of the day
}

// Options tune the signal. The zero value uses the defaults.
type Options struct {
	Window   int     // trailing days of the baseline; default 28
	MinDays  int     // days of history a series needs before it can signal; default 7
	Score    float64 // standard deviations above the baseline; default 3
	MinCount int     // conflict events a day needs to signal at all; default 3
}

func (o *Options) defaults() {
	if o.Window <= 0 {
		o.Window = 28
	}
	if o.MinDays <= 0 {
		o.MinDays = 7
	}
	if o.Score <= 0 {
		o.Score = 3
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
}

// Build returns the series of every country and dyad in events, ordered by kind then key.
func Build(events []annals.Event) []Series {
	type name struct{ kind, key string }
	series := make(map[name]map[string]*Day) // days by date
	add := func(kind, key string, e *annals.Event) {
		days := series[name{kind, key}]
		if days == nil {
			days = make(map[string]*Day)
			series[name{kind, key}] = days
		}
		d := days[e.Date]
		if d == nil {
			d = &Day{Date: e.Date}
			days[e.Date] = d
		}
		if e.QuadClass >= 1 && e.QuadClass <= 4 {
			d.Quad[e.QuadClass-1]++
		}
		d.Events++
		d.Goldstein += e.Goldstein // a sum until the series is finished
		if e.QuadClass >= 3 {
			d.conflictIDs = append(d.conflictIDs, e.ID)
		}
	}
	for i := range events {
		e := &events[i]
		if !counted(e) {
			continue
		}
		src, tgt := country(e.Source), country(e.Target)
		for _, c := range uniq(src, tgt, e.Territory) {
			add("country", c, e)
		}
		if src != "" && tgt != "" && src != tgt {
			add("dyad", dyad(src, tgt), e)
		}
	}
	out := make([]Series, 0, len(series))
	for n, days := range series {
		out = append(out, Series{Key: n.key, Kind: n.kind, Days: dense(days)})
	}
	slices.SortFunc(out, func(a, b Series) int {
		if a.Kind != b.Kind {
			return cmp.Compare(a.Kind, b.Kind)
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// Signals returns the days of escalation of a series: a day whose conflict count exceeds
// the mean of the Window days before it by Score standard deviations. The deviation is at
// least the square root of the mean (the spread of a steady random count) and at least one
// event, so a perfectly steady series does not turn every extra event into a signal.
func Signals(s *Series, opt Options) []Signal {
	opt.defaults()
	var out []Signal
	for i := opt.MinDays; i < len(s.Days); i++ {
		d := &s.Days[i]
		c := d.Conflict()
		if c < opt.MinCount {
			continue
		}
		mean, sd := baseline(s.Days[max(0, i-opt.Window):i])
		sd = max(sd, math.Sqrt(mean), 1)
		score := (float64(c) - mean) / sd
		if score < opt.Score {
			continue
		}
		out = append(out, Signal{
			Key: s.Key, Kind: s.Kind, Date: d.Date, Conflict: c,
			Baseline: mean, Score: math.Round(score*100) / 100, EventIDs: slices.Clone(d.conflictIDs),
		})
	}
	return out
}

// baseline is the mean and standard deviation of the conflict counts of days.
func baseline(days []Day) (mean, sd float64) {
	if len(days) == 0 {
		return 0, 0
	}
	for i := range days {
		mean += float64(days[i].Conflict())
	}
	mean /= float64(len(days))
	for i := range days {
		d := float64(days[i].Conflict()) - mean
		sd += d * d
	}
	return mean, math.Sqrt(sd / float64(len(days)))
}

// dense lays the days out one per date, filling the gaps with empty days, and turns the
// Goldstein sums into means.
func dense(days map[string]*Day) []Day {
	first, last := "", ""
	for date := range days {
		if first == "" || date < first {
			first = date
		}
		if date > last {
			last = date
		}
	}
	t0, _ := time.Parse(time.DateOnly, first)
	t1, _ := time.Parse(time.DateOnly, last)
	out := make([]Day, 0, int(t1.Sub(t0).Hours()/24)+1)
	for t := t0; !t.After(t1); t = t.AddDate(0, 0, 1) {
		date := t.Format(time.DateOnly)
		d, ok := days[date]
		if !ok {
			out = append(out, Day{Date: date})
			continue
		}
		d.Goldstein = math.Round(d.Goldstein/float64(d.Events)*100) / 100
		out = append(out, *d)
	}
	return out
}

func counted(e *annals.Event) bool {
	if e.Status != annals.Asserted && e.Status != annals.Historical {
		return false
	}
	_, err := time.Parse(time.DateOnly, e.Date)
	return err == nil
}

func country(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	return a.Country
}

func uniq(cs ...string) []string {
	var out []string
	for _, c := range cs {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func dyad(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "-" + b
}
