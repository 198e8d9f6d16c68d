package timex

import (
	"strings"
	"time"
)

// Timex is one time expression found in a text, with its TIMEX3 type and value.
type Timex struct {
	Start, End int    // byte offsets into the text, End exclusive
	Text       string // text[Start:End]
	Type       string // DATE, TIME, DURATION or SET
	Value      string // the TIMEX3 value: 2021-05-12, 2021-W19, P3D, PRESENT_REF, XXXX-05-12 ...
	Mod        string // the TIMEX3 mod, or "": EARLY/START, MID, END, APPROX, MORE_THAN ...
	Anchored   bool   // the value depends on the document creation time
}

// Tense is the tense of the verb that governs an expression: it decides which way a bare
// weekday or month points from the document date.
type Tense int

// The tenses. Unknown is treated as Past, the usual tense of news.
const (
	Unknown Tense = iota
	Past
	Present
	Future
)

func (t Tense) String() string {
	switch t {
	case Past:
		return "past"
	case Present:
		return "present"
	case Future:
		return "future"
	}
	return "unknown"
}

// Diagnostic is a problem with an expression: an impossible date such as "February 30", or
// a suspicious one far from the document date.
type Diagnostic struct {
	Start, End int
	Message    string
}

// Result is what Analyze finds in a text.
type Result struct {
	Timexes     []Timex
	Diagnostics []Diagnostic
}

// Mention is a recognised expression before normalisation: its span, its type and the tense
// guessed from the words around it. Normalize gives it a value.
type Mention struct {
	Start, End int
	Text       string
	Type       string
	Tense      Tense
	sem        sem
}

// Find returns the time expressions of text in order, normalised against the document
// creation time dct. A zero dct means the date is unknown: values that depend on it then
// keep X placeholders (XXXX-05-12, XXXX-WXX).
func Find(text string, dct time.Time) []Timex {
	return Analyze(text, dct).Timexes
}

// Analyze is Find with the diagnostics.
func Analyze(text string, dct time.Time) Result {
	var r Result
	ms := Recognize(text)
	if len(ms) == 0 {
		return r
	}
	n := newNormalizer(dct)
	r.Timexes = make([]Timex, 0, len(ms))
	for i := range ms {
		t, diag := n.normalize(&ms[i], ms[i].Tense)
		if outOfRange(t) {
			// "1000000000 days ago", or "next year" after 9999: no calendar date to give.
			r.Diagnostics = append(r.Diagnostics, Diagnostic{Start: t.Start, End: t.End, Message: "falls outside the years 0 to 9999; left out"})
			continue
		}
		r.Timexes = append(r.Timexes, t)
		if diag != "" {
			r.Diagnostics = append(r.Diagnostics, Diagnostic{Start: t.Start, End: t.End, Message: diag})
		}
	}
	return r
}

// Normalize gives one mention its value against dct, as if it stood alone in its document,
// with the governing verb in tense (Unknown: the tense guessed from the text).
func Normalize(m Mention, dct time.Time, tense Tense) Timex {
	if tense == Unknown {
		tense = m.Tense
	}
	t, _ := newNormalizer(dct).normalize(&m, tense)
	return t
}

// Resolve recomputes the value of t (as found by Find) for a caller that knows the tense of
// the governing verb: "on Wednesday" with a past verb is the last Wednesday up to dct, with
// a future verb the next one from dct. It returns t.Value when t.Text is not recognised.
func Resolve(t Timex, dct time.Time, tense Tense) string {
	ms := Recognize(t.Text)
	for _, m := range ms {
		if m.Start == 0 && m.End == len(t.Text) {
			return Normalize(m, dct, tense).Value
		}
	}
	return t.Value
}

// Weekday returns the date of weekday wd nearest to dct in the direction of tense: for Past
// (and Unknown) the last such day on or before dct, for Future the next on or after it, for
// Present dct itself when it is that weekday, else the nearest.
func Weekday(wd time.Weekday, dct time.Time, tense Tense) time.Time {
	iso := int(wd)
	if iso == 0 {
		iso = 7
	}
	d := weekdayNear(civil(dct), iso, 0, tense)
	return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC)
}

// outOfRange reports a date or time whose year is not one of four digits: before year 0 or
// after 9999, which TIMEX3 values (and every date downstream) cannot hold.
func outOfRange(t Timex) bool {
	if t.Type != "DATE" && t.Type != "TIME" {
		return false
	}
	v := t.Value
	if strings.HasPrefix(v, "-") {
		return true
	}
	digits := 0
	for digits < len(v) && '0' <= v[digits] && v[digits] <= '9' {
		digits++
	}
	return digits > 4
}
