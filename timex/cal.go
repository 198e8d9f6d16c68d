package timex

import (
	"strconv"
	"time"
)

// date is a civil date; zero fields are unknown.
type date struct{ y, m, d int }

func civil(t time.Time) date {
	y, m, d := t.Date()
	return date{y, int(m), d}
}

func (d date) time() time.Time { return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC) }

func (d date) addDays(n int) date { return civil(d.time().AddDate(0, 0, n)) }

// addMonths moves by n months, keeping the day within the new month.
func (d date) addMonths(n int) date {
	m := d.y*12 + d.m - 1 + n
	y, mm := floorDiv(m, 12), m-floorDiv(m, 12)*12+1
	day := d.d
	if dim := daysIn(y, mm); day > dim {
		day = dim
	}
	return date{y, mm, day}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// weekday is the ISO weekday, Monday = 1 ... Sunday = 7.
func (d date) weekday() int {
	w := int(d.time().Weekday())
	if w == 0 {
		return 7
	}
	return w
}

func (d date) isoWeek() (int, int) { return d.time().ISOWeek() }

func (d date) quarter() int { return (d.m-1)/3 + 1 }

func daysIn(y, m int) int {
	if m < 1 || m > 12 {
		return 31
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// seasonMonth is the middle month of a season, used to place it against a date.
func seasonMonth(s string) int {
	switch s {
	case "SP":
		return 4
	case "SU":
		return 7
	case "FA":
		return 10
	case "WI":
		return 1
	}
	return 0
}

// weekdayNear finds weekday wd near d: dir -1 strictly before, +1 strictly after, 2 in the same
// ISO week; dir 0 follows tense (past: on or before, future: on or after, present: d if it
// is that day, else the nearest).
func weekdayNear(d date, wd, dir int, tense Tense) date {
	cur := d.weekday()
	back := (cur - wd + 7) % 7 // days back to the last wd on or before d
	fwd := (wd - cur + 7) % 7
	switch {
	case dir == 2:
		return d.addDays(wd - cur)
	case dir < 0:
		if back == 0 {
			back = 7
		}
		return d.addDays(-back)
	case dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		return d.addDays(fwd)
	case tense == Future:
		return d.addDays(fwd)
	case tense == Present && fwd < back:
		return d.addDays(fwd)
	}
	return d.addDays(-back)
}

// pad appends v with at least n digits.
func pad(b []byte, v, n int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	for p := 10; n > 1; n-- {
		if v < p {
			b = append(b, '0')
		}
		p *= 10
	}
	return strconv.AppendInt(b, int64(v), 10)
}
