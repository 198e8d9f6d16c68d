package timex

import (
	"strconv"
	"time"
)

// normalizer places the mentions of one document against its creation time, remembering
// the last dates mentioned for anaphoric expressions ("the next day", "a year earlier").
type normalizer struct {
	dct     date
	hasDCT  bool
	last    date // the last day mentioned
	hasLast bool
	lastQ   date // the last quarter mentioned: y and q (in m)
	hasQ    bool
	buf     []byte
}

func newNormalizer(dct time.Time) *normalizer {
	n := &normalizer{}
	if !dct.IsZero() {
		n.dct, n.hasDCT = civil(dct), true
	}
	return n
}

// normalize gives m its value; the second result is a diagnostic, or "".
func (n *normalizer) normalize(m *Mention, tense Tense) (Timex, string) {
	s := &m.sem
	t := Timex{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type, Mod: s.mod}
	if tense == Unknown {
		tense = m.Tense
	}
	var diag string
	n.buf = n.buf[:0]
	switch s.kind {
	case sLit:
		t.Value = s.lit
		return t, ""
	case sDate:
		t.Anchored = s.ydig == 0 || s.relYear
		diag = n.date(s, tense)
	case sShift:
		t.Anchored = true
		n.shift(s)
	case sWeekday:
		t.Anchored = true
		n.weekday(s, tense)
	}
	if s.tod != "" {
		n.buf = append(n.buf, 'T')
		n.buf = append(n.buf, s.tod...)
	}
	t.Value = string(n.buf)
	return t, diag
}

// anchor is the date a relative expression counts from, and whether one is known.
func (n *normalizer) anchor(s *sem) (date, bool) {
	if s.anaphor && n.hasLast {
		return n.last, true
	}
	return n.dct, n.hasDCT
}

// remember records a resolved day or quarter for the anaphoric expressions that follow.
func (n *normalizer) remember(d date, g string) {
	switch g {
	case "D", "M":
		n.last, n.hasLast = d, true
	case "Q":
		n.lastQ, n.hasQ = date{y: d.y, m: d.quarter()}, true
	}
}

// date writes the value of a calendar date and checks it.
func (n *normalizer) date(s *sem, tense Tense) string {
	y, known := s.y, s.ydig > 0
	if !known {
		if a, ok := n.anchor(s); ok {
			y, known = n.pickYear(s, a, tense), true
		}
	}
	m, d := s.m, s.d
	if s.holiday != "" && known {
		m, d = holidayDate(s.holiday, y)
	}
	switch {
	case !known:
		n.buf = append(n.buf, "XXXX"...)
	case s.ydig == 3 || s.ydig == 2:
		n.buf = pad(n.buf, y, s.ydig)
		return ""
	default:
		n.buf = pad(n.buf, y, 4)
	}
	if s.holiday != "" && !known {
		m, d = holidayDate(s.holiday, 2001)
	}
	n.calendarFields(s, m, d)
	if known && m > 0 && s.season == "" && s.q == 0 && s.h == 0 {
		n.remember(date{y, m, max(d, 1)}, "D")
	} else if known && s.q > 0 {
		n.remember(date{y: y, m: s.q*3 - 2}, "Q")
	}
	return n.check(s, y, m, d, known)
}

func (n *normalizer) calendarFields(s *sem, m, d int) {
	switch {
	case s.season != "":
		n.buf = append(n.buf, '-')
		n.buf = append(n.buf, s.season...)
	case s.q > 0:
		n.buf = append(n.buf, "-Q"...)
		n.buf = strconv.AppendInt(n.buf, int64(s.q), 10)
	case s.h > 0:
		n.buf = append(n.buf, "-H"...)
		n.buf = strconv.AppendInt(n.buf, int64(s.h), 10)
	case m > 0:
		n.buf = append(n.buf, '-')
		n.buf = pad(n.buf, m, 2)
		if d > 0 {
			n.buf = append(n.buf, '-')
			n.buf = pad(n.buf, d, 2)
		}
	}
}

// check returns a diagnostic for an impossible or suspicious date.
func (n *normalizer) check(s *sem, y, m, d int, known bool) string {
	yy := y
	if !known {
		yy = 2000 // a leap year: February 29 may exist
	}
	switch {
	case m > 12 || d > 31:
		return "impossible date: " + string(n.buf)
	case d == 29 && m == 2 && daysIn(yy, 2) == 28:
		return "impossible date: " + string(n.buf) + " (not a leap year)"
	case d > 0 && m > 0 && d > daysIn(yy, m):
		return "impossible date: " + string(n.buf)
	}
	if s.ydig == 4 && n.hasDCT && y > n.dct.y+40 {
		return "suspicious date: " + strconv.Itoa(y-n.dct.y) + " years after the document date"
	}
	return ""
}

// pickYear chooses the year of a date given without one: the same period as the anchor for
// "this", else for "last" and "next" the occurrence before or after the anchor; otherwise the
// occurrence that falls in a window around the anchor that leans the way of the tense (past:
// up to ten months back and two and a half forward; future: the other way round).
func (n *normalizer) pickYear(s *sem, a date, tense Tense) int {
	if s.relYear {
		return a.y + s.yearOff
	}
	if s.dir == 2 {
		return a.y
	}
	m, d := s.m, s.d
	switch {
	case s.q > 0 && s.dir == 0:
		c := s.q - a.quarter()
		switch {
		case tense != Future && c > 0:
			return a.y - 1
		case tense == Future && c < -1:
			return a.y + 1
		}
		return a.y
	case s.q > 0:
		m, d = s.q*3-1, 15
	case s.h > 0:
		m, d = s.h*6-3, 1
	case s.season != "":
		m, d = seasonMonth(s.season), 15
	case s.holiday != "":
		m, d = holidayDate(s.holiday, a.y)
	}
	if m == 0 {
		return a.y
	}
	exact := d > 0
	if d == 0 {
		d = 15
	}
	lo, hi := -182, 183
	switch {
	case s.dir < 0:
		lo, hi = -366, -1
	case s.dir > 0:
		lo, hi = 1, 366
	case tense == Future:
		lo, hi = -75, 300
	case tense == Past || tense == Unknown:
		lo, hi = -300, 75
	}
	if !exact && s.dir != 0 {
		// "last November" in November is a year back: compare whole months.
		if c := m - a.m; c == 0 {
			return a.y + s.dir
		}
	}
	base := date{a.y, a.m, a.d}.time()
	best, bestDist := a.y, 1<<30
	for _, y := range [...]int{a.y, a.y - 1, a.y + 1} {
		days := int(date{y, m, min(d, daysIn(y, m))}.time().Sub(base).Hours() / 24)
		if days >= lo && days <= hi && max(days, -days) < bestDist {
			best, bestDist = y, max(days, -days)
		}
	}
	return best
}

// holidayDate gives the month and day of a holiday in year y: MM-DD, or MM-Dn-k for the
// k-th weekday n of the month.
func holidayDate(h string, y int) (int, int) {
	m, _ := strconv.Atoi(h[:2])
	if len(h) == 5 {
		d, _ := strconv.Atoi(h[3:])
		return m, d
	}
	wd := int(h[4] - '0')
	k := int(h[6] - '0')
	first := date{y, m, 1}
	off := (wd - first.weekday() + 7) % 7
	return m, 1 + off + 7*(k-1)
}

// shift writes the value of an anchor moved by a number of units.
func (n *normalizer) shift(s *sem) {
	if s.fin && n.hasQ {
		q := n.lastQ.y*4 + n.lastQ.m - 1 + s.finOff
		n.buf = pad(n.buf, floorDiv(q, 4), 4)
		n.buf = append(n.buf, "-Q"...)
		n.buf = strconv.AppendInt(n.buf, int64(q-floorDiv(q, 4)*4+1), 10)
		return
	}
	a, ok := n.anchor(s)
	if !ok {
		n.buf = append(n.buf, placeholder(s.g)...)
		return
	}
	d := a
	switch s.unit {
	case "D":
		d = a.addDays(s.off)
	case "W":
		d = a.addDays(7 * s.off)
	case "M":
		d = a.addMonths(s.off)
	case "Q":
		d = a.addMonths(3 * s.off)
	case "H":
		d = a.addMonths(6 * s.off)
	case "Y":
		d = a.addMonths(12 * s.off)
	case "E":
		d = a.addMonths(120 * s.off)
	case "C":
		d = a.addMonths(1200 * s.off)
	}
	n.format(d, s.g)
	n.remember(d, s.g)
}

// format writes d at granularity g.
func (n *normalizer) format(d date, g string) {
	switch g {
	case "E":
		n.buf = pad(n.buf, floorDiv(d.y, 10), 3)
		return
	case "C":
		n.buf = pad(n.buf, floorDiv(d.y, 100), 2)
		return
	case "W", "WE":
		y, w := d.isoWeek()
		n.buf = pad(n.buf, y, 4)
		n.buf = append(n.buf, "-W"...)
		n.buf = pad(n.buf, w, 2)
		if g == "WE" {
			n.buf = append(n.buf, "-WE"...)
		}
		return
	}
	n.buf = pad(n.buf, d.y, 4)
	switch g {
	case "Q":
		n.buf = append(n.buf, "-Q"...)
		n.buf = strconv.AppendInt(n.buf, int64(d.quarter()), 10)
	case "H":
		n.buf = append(n.buf, "-H"...)
		n.buf = strconv.AppendInt(n.buf, int64((d.m+5)/6), 10)
	case "M", "D":
		n.buf = append(n.buf, '-')
		n.buf = pad(n.buf, d.m, 2)
		if g == "D" {
			n.buf = append(n.buf, '-')
			n.buf = pad(n.buf, d.d, 2)
		}
	}
}

// placeholder is the value of a relative expression when the document date is unknown.
func placeholder(g string) string {
	switch g {
	case "D":
		return "XXXX-XX-XX"
	case "W":
		return "XXXX-WXX"
	case "WE":
		return "XXXX-WXX-WE"
	case "M":
		return "XXXX-XX"
	case "Q":
		return "XXXX-QX"
	case "H":
		return "XXXX-HX"
	case "E":
		return "XXX"
	case "C":
		return "XX"
	}
	return "XXXX"
}

// weekday writes the date of a weekday near the anchor.
func (n *normalizer) weekday(s *sem, tense Tense) {
	a, ok := n.anchor(s)
	if !ok && s.weekend {
		n.buf = append(n.buf, "XXXX-WXX-WE"...)
		return
	}
	if !ok {
		n.buf = append(n.buf, "XXXX-WXX-"...)
		n.buf = strconv.AppendInt(n.buf, int64(s.wd), 10)
		return
	}
	d := weekdayNear(a, s.wd, s.dir, tense)
	if s.weekend {
		n.format(d, "WE")
		return
	}
	n.format(d, "D")
	n.remember(d, "D")
}
