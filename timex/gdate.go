package timex

// Calendar dates: "14 May 2021", "May 14, 2021", "Monday, Oct. 26", "March 1998", "1998",
// "the 1990s", "the 20th century", "2021-05-14", "14/05/2021", seasons and holidays.

// month reads a month name at i ("Sept." with its period) and returns the token after it.
func (p *parser) month(i int) (int, int, bool) {
	t, lx := p.tok(i), p.lx(i)
	if lx == nil || lx.month == 0 || t.kind != tWord || !t.cap {
		return i, 0, false
	}
	j := i + 1
	if lx.abbrMonth {
		j = p.dot(j)
	}
	return j, lx.month, true
}

// weekdayName reads a weekday name at i ("Wed." with its period).
func (p *parser) weekdayName(i int) (int, int, bool) {
	t, lx := p.tok(i), p.lx(i)
	if lx == nil || lx.weekday == 0 || t.kind != tWord {
		return i, 0, false
	}
	if lx.abbrWeekday {
		if !t.cap || !p.punct(i+1, '.') {
			return i, 0, false
		}
		return i + 2, lx.weekday, true
	}
	return i + 1, lx.weekday, true
}

// dayNum reads a day of the month: 14, 14th, fourteenth, "twenty-first".
func (p *parser) dayNum(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil {
		return i, 0, false
	}
	if t.kind == tNum {
		if (t.form == nPlain && t.digits <= 2 || t.form == nOrdinal) && t.n >= 1 && t.n <= 31 {
			return i + 1, t.n, true
		}
		return i, 0, false
	}
	lx := p.lx(i)
	if lx == nil {
		return i, 0, false
	}
	if lx.ord > 0 {
		return i + 1, lx.ord, true
	}
	if (lx.num == 20 || lx.num == 30) && p.tok(i+1) != nil && p.tok(i+1).joined && p.lx(i+1) != nil && p.lx(i+1).ord > 0 && p.lx(i+1).ord < 10 {
		return i + 2, lx.num + p.lx(i+1).ord, true
	}
	return i, 0, false
}

// year4 reads a four-digit year (or one in words) at i.
func (p *parser) year4(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil {
		return i, 0, false
	}
	if t.kind == tNum && t.form == nPlain && t.digits == 4 && t.end-t.start == 4 && t.n >= 1000 && t.n < 2200 {
		return i + 1, t.n, true
	}
	return p.yearWords(i)
}

// dateExpr is the rule for calendar dates.
func (p *parser) dateExpr(i int) (match, bool) {
	if t := p.tok(i); t == nil {
		return match{}, false
	} else if t.kind == tNum {
		return p.longest(i, numDateRules)
	}
	return p.longest(i, wordDateRules)
}

var (
	numDateRules  = []rule{(*parser).dayMonth, (*parser).numericDate, (*parser).yearExpr, (*parser).decadeExpr}
	wordDateRules = []rule{(*parser).monthDate, (*parser).dayMonth, (*parser).weekdayDate, (*parser).yearExpr,
		(*parser).decadeExpr, (*parser).seasonExpr, (*parser).holidayExpr}
	relRules = []rule{(*parser).deictic, (*parser).relWord, (*parser).weekdayExpr, (*parser).agoExpr,
		(*parser).anaphoric, (*parser).partdayExpr}
)

// longest returns the longest expression that one of rs reads at i.
func (p *parser) longest(i int, rs []rule) (match, bool) {
	var best match
	best.end = i
	for _, r := range rs {
		if m, ok := r(p, i); ok && m.end > best.end {
			best = m
		}
	}
	return best, best.end > i
}

// monthDate reads "May 14", "May 14, 2021", "March 1998", "May", "January this year".
func (p *parser) monthDate(i int) (match, bool) {
	j, mo, ok := p.month(i)
	if !ok {
		return match{}, false
	}
	s := sem{kind: sDate, m: mo}
	if k, d, ok := p.dayNum(j); ok && !p.unitAfter(k) {
		s.d, j = d, k
		k = j
		if p.punct(k, ',') {
			k++
		}
		if k2, y, ok := p.year4(k); ok {
			s.y, s.ydig, j = y, 4, k2
		}
		return match{end: j, sem: s}, true
	}
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k2, y, ok := p.year4(k); ok {
		s.y, s.ydig = y, 4
		return match{end: k2, sem: s}, true
	}
	if p.is(j, "this", "last", "next") && p.is(j+1, "year") {
		s.relYear, s.yearOff = true, p.lx(j).rel
		return match{end: j + 2, sem: s}, true
	}
	if !p.monthAlone(i, j) {
		return match{}, false
	}
	return match{end: j, sem: s}, true
}

// unitAfter reports whether a unit word follows i ("May 5 years"): the number is no day.
func (p *parser) unitAfter(i int) bool {
	u, _ := p.unit(i)
	return u != ""
}

// monthAlone reports whether the month name at i (ending before j) stands as a date by itself:
// "May" needs a cue before it, since it is also a verb.
func (p *parser) monthAlone(i, j int) bool {
	if p.w(i) != "may" && !p.lx(i).abbrMonth {
		return true
	}
	if p.lx(i).abbrMonth && j == i+1 {
		return false
	}
	return p.is(i-1, "in", "since", "until", "till", "by", "during", "of", "early", "mid", "late", "last", "next", "this", "before", "after", "through", "from", "to", "and")
}

// dayMonth reads "14 May", "14 May 2021", "the 14th of May".
func (p *parser) dayMonth(i int) (match, bool) {
	j := p.the(i)
	j, d, ok := p.dayNum(j)
	if !ok {
		return match{}, false
	}
	if p.is(j, "of") {
		j++
	}
	j, mo, ok := p.month(j)
	if !ok {
		return match{}, false
	}
	s := sem{kind: sDate, m: mo, d: d}
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k2, y, ok := p.year4(k); ok {
		s.y, s.ydig, j = y, 4, k2
	}
	return match{end: j, sem: s}, true
}

// weekdayDate reads "Monday, Oct. 26" and "Friday Oct. 13, 1989".
func (p *parser) weekdayDate(i int) (match, bool) {
	j, _, ok := p.weekdayName(i)
	if !ok {
		return match{}, false
	}
	if p.punct(j, ',') {
		j++
	}
	m, ok := p.monthDate(j)
	if !ok || m.sem.d == 0 {
		m, ok = p.dayMonth(j)
	}
	if !ok || m.sem.d == 0 {
		return match{}, false
	}
	return m, true
}

// numericDate reads 2021-05-14 and 05/14/2021 (month first unless the first number
// cannot be a month).
func (p *parser) numericDate(i int) (match, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tNum {
		return match{}, false
	}
	switch t.form {
	case nISO:
		return match{end: i + 1, sem: sem{kind: sDate, y: t.a, ydig: 4, m: t.b, d: t.c}}, true
	case nSlash:
		m, d, y := t.a, t.b, t.c
		if m > 12 {
			m, d = d, m
		}
		if y < 100 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return match{}, false
		}
		return match{end: i + 1, sem: sem{kind: sDate, y: y, ydig: 4, m: m, d: d}}, true
	}
	return match{}, false
}

// yearExpr reads a year: "1998", "the year 2000", "fiscal 1997", "1994 or later".
func (p *parser) yearExpr(i int) (match, bool) {
	j := i
	fiscal := false
	switch {
	case p.is(i, "the") && p.is(i+1, "year"):
		j = i + 2
	case p.is(i, "fiscal"):
		j, fiscal = i+1, true
	}
	k, y, ok := p.year4(j)
	if !ok || (j == i && !fiscal && p.tok(i).kind == tNum && !p.yearContext(i, k)) {
		return match{}, false
	}
	s := sem{kind: sDate, y: y, ydig: 4}
	switch {
	case p.is(k, "or") && p.is(k+1, "later", "after"):
		s.mod, k = "ON_OR_AFTER", k+2
	case p.is(k, "and") && p.is(k+1, "beyond"):
		s.mod, k = "ON_OR_AFTER", k+2
	}
	return match{end: k, sem: s}, true
}

// yearContext reports whether the number at i (ending before j) reads as a year: not a
// quantity such as "1990 troops" or "$2000".
func (p *parser) yearContext(i, j int) bool {
	t := p.tok(i)
	if t.kind == tWord {
		return p.is(i-1, "in", "since", "until", "by", "of", "year", "from", "to", "during", "before", "after")
	}
	if p.punct(i-1, '$') || p.is(j, "percent") || p.punct(j, '%') {
		return false
	}
	if p.is(i-1, "the", "a", "an", "its", "their", "his", "her", "this", "that", "'s") && t.n >= 1800 && t.n < 2100 {
		return true // the 1987 crash
	}
	if prev := p.tok(i - 1); prev != nil && prev.kind == tNum {
		return false
	}
	next := p.tok(j)
	if next == nil || next.kind != tWord || next.lx != nil || next.cap {
		return true
	}
	return p.is(i-1, "in", "since", "until", "by", "of", "from", "to", "during", "before", "after", "early", "late", "mid", "around", "between", "and", "through", "till", ",") || next.past
}

// decadeExpr reads "the 1990s", "'80s", "the nineties", "the 20th century".
func (p *parser) decadeExpr(i int) (match, bool) {
	j := p.the(i)
	t := p.tok(j)
	if t == nil {
		return match{}, false
	}
	switch {
	case t.kind == tNum && t.form == nDecade:
		return match{end: j + 1, sem: sem{kind: sDate, y: t.n / 10, ydig: 3}}, true
	case t.lx != nil && t.lx.decade != "" && j > i:
		y := int(t.lx.decade[0]-'0')*100 + int(t.lx.decade[1]-'0')*10 + int(t.lx.decade[2]-'0')
		return match{end: j + 1, sem: sem{kind: sDate, y: y, ydig: 3}}, true
	}
	if k, n, ok := p.dayNum(j); ok && p.is(k, "century") && (t.form == nOrdinal || t.kind == tWord) {
		return match{end: k + 1, sem: sem{kind: sDate, y: n - 1, ydig: 2}}, true
	}
	return match{}, false
}

// seasonExpr reads "summer", "the winter of 1994", "spring 1998".
func (p *parser) seasonExpr(i int) (match, bool) {
	j := p.the(i)
	lx := p.lx(j)
	if lx == nil || lx.season == "" {
		return match{}, false
	}
	s := sem{kind: sDate, season: lx.season}
	k := j + 1
	if p.is(k, "of") {
		if k2, y, ok := p.year4(k + 1); ok {
			s.y, s.ydig = y, 4
			return match{end: k2, sem: s}, true
		}
	}
	if k2, y, ok := p.year4(k); ok {
		s.y, s.ydig = y, 4
		return match{end: k2, sem: s}, true
	}
	if j == i && (p.w(j) == "fall" || p.w(j) == "spring") && !p.is(i-1, "in", "during", "since", "until", "by", "this", "last", "next", "early", "late", "mid") {
		return match{}, false
	}
	return match{end: k, sem: s}, true
}

// holidayExpr reads "Christmas", "Thanksgiving Day", "New Year's Day", "Christmas Eve".
func (p *parser) holidayExpr(i int) (match, bool) {
	lx := p.lx(i)
	if p.is(i, "new") && p.is(i+1, "year's") && p.is(i+2, "day", "eve") {
		h := "01-01"
		if p.is(i+2, "eve") {
			h = "12-31"
		}
		return match{end: i + 3, sem: sem{kind: sDate, holiday: h}}, true
	}
	if lx == nil || lx.holiday == "" || !p.tok(i).cap {
		return match{}, false
	}
	s := sem{kind: sDate, holiday: lx.holiday}
	j := i + 1
	switch {
	case p.is(j, "day"):
		j++
	case p.is(j, "eve") && lx.holiday == "12-25":
		s.holiday, j = "12-24", j+1
	}
	if k, y, ok := p.year4(j); ok {
		s.y, s.ydig, j = y, 4, k
	}
	return match{end: j, sem: s}, true
}
