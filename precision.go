package annals

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// SetPrecision sets the fields that state how precise an event record is: the date's
// precision and the interval of days it stands for, the location's precision on ACLED's
// scale, and the fatalities its quantities report. The coder sets them on every record; a
// reader of records stored before they existed may set them itself.
func (e *Event) SetPrecision() {
	e.DatePrecision, e.DateStart, e.DateEnd = DateInterval(e.Date)
	e.GeoPrecision = GeoPrecision(e.Location)
	e.Fatalities = fatalities(e.Quantities)
	e.Casualties = CasualtiesOf(e.Quantities)
}

// Date precisions (Event.DatePrecision).
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
	PrecisionNone  = "none"
)

// DateInterval returns the precision of a TIMEX3 date value and the first and last day it
// stands for, as YYYY-MM-DD: "2021-05-14" is that day, "2021-W19" the Monday to Sunday of ISO
// week 19, "2021-05" 1 to 31 May, "2021" the year. A season ("2020-FA"), quarter ("2020-Q3")
// or half ("2020-H1") is of precision year with the months it covers as its interval, a
// decade ("201X") of precision year with its ten years. A value with no known year
// ("XXXX-05-12"), a reference ("PRESENT_REF") or "" is of precision none, with no interval.
func DateInterval(value string) (precision, start, end string) {
	v, _, _ := strings.Cut(value, "T") // a time of day keeps its day
	y, rest, ok := yearOf(v)
	if !ok {
		if d, ok := decade(v); ok {
			return PrecisionYear, day(d, 1, 1), day(d+9, 12, 31)
		}
		return PrecisionNone, "", ""
	}
	rest = strings.TrimPrefix(rest, "-")
	switch {
	case rest == "":
		return PrecisionYear, day(y, 1, 1), day(y, 12, 31)
	case len(rest) == 2 && rest[0] >= '0' && rest[0] <= '1':
		m, err := strconv.Atoi(rest)
		if err != nil || m < 1 || m > 12 {
			break
		}
		return PrecisionMonth, day(y, time.Month(m), 1), lastDay(y, time.Month(m))
	case len(rest) == 5 && rest[2] == '-':
		t, err := time.Parse(time.DateOnly, v[:10])
		if err != nil {
			break
		}
		d := t.Format(time.DateOnly)
		return PrecisionDay, d, d
	case rest == "WI": // December to February
		return PrecisionYear, day(y, time.December, 1), lastDay(y+1, time.February)
	case rest[0] == 'W':
		if s, e, ok := isoWeek(y, rest[1:]); ok {
			return PrecisionWeek, s, e
		}
	default:
		if from, to, ok := partOfYear(rest); ok {
			return PrecisionYear, day(y, from, 1), lastDay(y, to)
		}
	}
	return PrecisionNone, "", ""
}

// yearOf reads the four-digit year a value starts with.
func yearOf(v string) (year int, rest string, ok bool) {
	if len(v) < 4 {
		return 0, "", false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil || v[0] == '-' || v[0] == '+' {
		return 0, "", false
	}
	return y, v[4:], true
}

// decade reads "201X" (the 2010s) as its first year.
func decade(v string) (int, bool) {
	if len(v) != 4 || v[3] != 'X' {
		return 0, false
	}
	d, err := strconv.Atoi(v[:3])
	return d * 10, err == nil && v[0] != '-' && v[0] != '+'
}

// partOfYear returns the months of a season (SP, SU, FA; winter, which runs into the next
// year, is the caller's), quarter or half.
func partOfYear(s string) (from, to time.Month, ok bool) {
	switch s {
	case "SP":
		return time.March, time.May, true
	case "SU":
		return time.June, time.August, true
	case "FA":
		return time.September, time.November, true
	case "Q1", "Q2", "Q3", "Q4":
		q := time.Month(s[1] - '0')
		return 3*q - 2, 3 * q, true
	case "H1":
		return time.January, time.June, true
	case "H2":
		return time.July, time.December, true
	}
	return 0, 0, false
}

// isoWeek returns the Monday and the Sunday of ISO week w of year y ("19" or "19-3").
func isoWeek(y int, w string) (start, end string, ok bool) {
	w, _, _ = strings.Cut(w, "-")
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 53 {
		return "", "", false
	}
	// 4 January is always in week 1.
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
	if wy, wn := monday.ISOWeek(); wy != y || wn != n {
		return "", "", false
	}
	return monday.Format(time.DateOnly), monday.AddDate(0, 0, 6).Format(time.DateOnly), true
}

func day(y int, m time.Month, d int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
}

func lastDay(y int, m time.Month) string {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// GeoPrecision rates a location on ACLED's scale from its feature code: 1 a town or a point
// (a populated place, a lake, a mountain, a building), 2 a district or part of a region
// (second- to fourth-level divisions, regions, islands groups), 3 a first-level region, 4 a
// country or anything larger. 0 when there is no location.
func GeoPrecision(l *Location) int {
	if l == nil {
		return 0
	}
	f := l.Feature
	switch {
	case f == "ADM1" || f == "ADM1H":
		return 3
	case strings.HasPrefix(f, "PCL") || f == "TERR" || f == "CONT" || f == "ZN" || f == "OCN":
		return 4
	case strings.HasPrefix(f, "ADM") || f == "RGN" || f == "RGNE" || f == "RGNH" || f == "ISLS" || f == "PRSH" || f == "AREA":
		return 2
	case f == "" && l.Text == "" && l.Country != "":
		return 4 // placed in the article's country
	}
	return 1
}

// fatalities sums the people reported killed among an event's quantities.
func fatalities(qs []Quantity) int {
	n := 0.0
	for _, q := range qs {
		if q.Unit == "killed" || q.Unit == "dead" {
			n += q.Value
		}
	}
	return int(n)
}

// casualtyUnits maps the quantity units that count people hurt to the count they add to.
var casualtyUnits = map[string]int{"killed": 0, "dead": 0, "injured": 1, "wounded": 1, "missing": 2, "abducted": 2}

// vagueCounts are the number words that stand for a vague count (their values are the
// quantity stage's conventions: dozens 24, scores 40, hundreds 200, thousands 2,000).
var vagueCounts = map[string]bool{"dozens": true, "scores": true, "tens": true, "hundreds": true, "thousands": true, "several": true, "many": true}

// CasualtiesOf sums the people killed, injured and missing among an event's quantities
// (after merging, these are the quantities of every clause that reports the event).
func CasualtiesOf(qs []Quantity) *Casualties {
	c := &Casualties{}
	var sums [3]float64
	var seen [3]bool
	for _, q := range qs {
		k, ok := casualtyUnits[q.Unit]
		if !ok {
			continue
		}
		sums[k] += q.Value
		seen[k] = true
		first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(q.Text)), " ")
		if vagueCounts[first] {
			c.Approximate = true
		}
	}
	for k, p := range []**int{&c.Killed, &c.Injured, &c.Missing} {
		if seen[k] {
			n := int(sums[k])
			*p = &n
		}
	}
	return c
}
