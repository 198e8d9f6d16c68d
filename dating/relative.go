package dating

import (
	"fmt"
	"strings"
	"time"

	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// reanchor places a date counted from the moment of speaking ("yesterday", "last night",
// "last week", "two days ago") against the date that opens its sentence rather than the
// publication date: in "On 29 April, protesters condemned the arrest of an activist last
// night" the night is the 28th's, whenever the report came out. It leaves d alone when the
// sentence has no opening date of a day, or that date is the publication day.
func reanchor(doc *text.Doc, e Event, d Date, tx []timex.Timex, frame int, published time.Time) Date {
	if frame < 0 || d.Source != "text" || !deictic(d.Text) {
		return d
	}
	f := &tx[frame]
	if f.Start == d.Start || len(f.Value) < 10 {
		return d
	}
	anchor, err := time.Parse("2006-01-02", f.Value[:10])
	if err != nil || (!published.IsZero() && published.Format("2006-01-02") == f.Value[:10]) {
		return d
	}
	for i := range tx {
		if tx[i].Start == d.Start {
			v := timex.Resolve(tx[i], anchor, tenseOf(doc, e, &doc.Tokens[e.Head]))
			if j := strings.IndexByte(v, 'T'); j > 0 {
				v = v[:j]
			}
			if specific(v) {
				d.Value = v
			}
			break
		}
	}
	return d
}

// deictic reports whether expression s counts from the moment of speaking. "The next day"
// and "the previous week" count from the last date mentioned, which timex already follows.
func deictic(s string) bool {
	if len(s) >= 4 && strings.EqualFold(s[:4], "the ") {
		return false
	}
	for _, w := range [...]string{"yesterday", "today", "tonight", "tomorrow", "last ", "this ", "next ", " ago"} {
		if foldContains(s, w) {
			return true
		}
	}
	return false
}

// foldContains is strings.Contains without regard to case, and without a lower-case copy.
func foldContains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// offsets returns tx with each "N days later" or "N weeks earlier" read as the date that
// far from the date mentioned last before it: timex gives the span "two days" a duration
// (as TimeML does, "later" outside it), while an event in "Two days later, troops withdrew"
// happened on a day. The precision follows the unit: "a month later" is a month, "two weeks
// later" a week. It returns tx itself when no expression needs it.
func offsets(src string, tx []timex.Timex) []timex.Timex {
	var out []timex.Timex
	for i := range tx {
		t := &tx[i]
		if t.Type != "DURATION" {
			continue
		}
		n, unit, ok := span(t.Value)
		after, sign := wordAfter(src, t.End)
		if !ok || sign == 0 {
			continue
		}
		value, found := "", false
		for k := i - 1; k >= 0 && !found; k-- {
			if (tx[k].Type == "DATE" || tx[k].Type == "TIME") && specific(tx[k].Value) {
				value, found = shifted(tx[k].Value, sign*n, unit)
				break
			}
		}
		if !found {
			continue
		}
		if out == nil {
			out = append([]timex.Timex(nil), tx...)
		}
		out[i].Type, out[i].Value, out[i].End = "DATE", value, after
		out[i].Text = src[t.Start:after]
	}
	if out == nil {
		return tx
	}
	return out
}

// span reads a duration value of whole days, weeks, months or years: P2D, P3W, P1M, P10Y.
func span(v string) (n int, unit byte, ok bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	for _, c := range v[1 : len(v)-1] {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	switch u := v[len(v)-1]; u {
	case 'D', 'W', 'M', 'Y':
		return n, u, n > 0 && n < 1000
	}
	return 0, 0, false
}

// wordAfter reads "later" (+1) or "earlier" (-1) right after offset at, returning the end
// of that word; sign 0 when neither follows.
func wordAfter(src string, at int) (end, sign int) {
	i := at
	for i < len(src) && src[i] == ' ' {
		i++
	}
	for _, w := range [...]struct {
		word string
		sign int
	}{{"later", 1}, {"earlier", -1}} {
		j := i + len(w.word)
		if j <= len(src) && strings.EqualFold(src[i:j], w.word) && (j == len(src) || !isLetter(src[j])) {
			return j, w.sign
		}
	}
	return at, 0
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// shifted moves date value v by n units (D, W, M or Y), giving the unit's precision: a day,
// an ISO week, a month or a year. A value less precise than the unit is not moved.
func shifted(v string, n int, unit byte) (string, bool) {
	if len(v) >= 10 {
		d, err := time.Parse("2006-01-02", v[:10])
		if err != nil {
			return "", false
		}
		switch unit {
		case 'D':
			return d.AddDate(0, 0, n).Format("2006-01-02"), true
		case 'W':
			y, w := d.AddDate(0, 0, 7*n).ISOWeek()
			return fmt.Sprintf("%04d-W%02d", y, w), true
		}
		v = v[:7]
	}
	if len(v) == 7 && v[4] == '-' && unit != 'D' && unit != 'W' {
		m, err := time.Parse("2006-01", v)
		if err != nil {
			return "", false
		}
		if unit == 'M' {
			return m.AddDate(0, n, 0).Format("2006-01"), true
		}
		return m.AddDate(n, 0, 0).Format("2006"), true
	}
	if len(v) == 4 && unit == 'Y' {
		y, err := time.Parse("2006", v)
		if err != nil {
			return "", false
		}
		return y.AddDate(n, 0, 0).Format("2006"), true
	}
	return "", false
}

// relation reads an expression that places its clause against another event rather than
// on the calendar: "the day after they attacked the town", "two days before the vote". It
// returns how many days the other event lies from the clause's own date (-1 for "the day
// after": the attack was the day before the looting); ok is false for an expression that
// stands alone ("They returned the day after.").
func relation(src string, t *timex.Timex) (days int, ok bool) {
	end, n := t.End, 0
	is := func(w string) bool { return strings.EqualFold(t.Text, w) }
	switch {
	case t.Type == "DATE" && (is("the day after") || is("a day after")):
		n = -1
	case t.Type == "DATE" && (is("the day before") || is("a day before")):
		n = 1
	case t.Type == "DURATION":
		k, unit, good := span(t.Value)
		if !good || (unit != 'D' && unit != 'W') {
			return 0, false
		}
		if unit == 'W' {
			k *= 7
		}
		switch {
		case hasWordAfter(src, end, "after"):
			n = -k
		case hasWordAfter(src, end, "before"):
			n = k
		default:
			return 0, false
		}
		end = skipSpace(src, end) + len("after")
		if n > 0 {
			end = skipSpace(src, t.End) + len("before")
		}
	default:
		return 0, false
	}
	i := skipSpace(src, end)
	return n, i < len(src) && isLetter(src[i])
}

func skipSpace(src string, i int) int {
	for i < len(src) && src[i] == ' ' {
		i++
	}
	return i
}

// hasWordAfter reports whether word w follows offset i (after spaces) as a word of its own.
func hasWordAfter(src string, i int, w string) bool {
	i = skipSpace(src, i)
	j := i + len(w)
	return j <= len(src) && strings.EqualFold(src[i:j], w) && (j == len(src) || !isLetter(src[j]))
}

// related shifts d for an event that stands in the clause an expression of relation
// introduces ("the day after [they attacked the town]"): that event happened the given
// number of days from the date of the clause around it. Only a date of a day is shifted.
func related(doc *text.Doc, e Event, d Date, tx []timex.Timex) Date {
	s := &doc.Sentences[e.Sentence]
	head := doc.Tokens[e.Head].Start
	days, found := 0, false
	for i := range tx {
		t := &tx[i]
		if t.Start < s.Start || t.End > head {
			continue
		}
		if n, ok := relation(doc.Text, t); ok {
			days, found = n, true
		} else if t.Type == "DATE" || t.Type == "TIME" {
			found = false // a date after the relation holds its own
		}
	}
	if !found || len(d.Value) != 10 {
		return d
	}
	day, err := time.Parse("2006-01-02", d.Value)
	if err != nil {
		return d
	}
	d.Value = day.AddDate(0, 0, days).Format("2006-01-02")
	return d
}
