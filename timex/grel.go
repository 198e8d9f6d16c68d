package timex

import "strconv"

// Relative expressions: "yesterday", "last week", "next month", "this spring", "on
// Wednesday", "two days ago", "a year earlier", "the next day", "that year".

// relExpr is the rule for expressions placed against the document date or an earlier date.
func (p *parser) relExpr(i int) (match, bool) {
	return p.longest(i, relRules)
}

// partdayExpr reads a part of the day after a preposition: "at dawn", "by nightfall".
func (p *parser) partdayExpr(i int) (match, bool) {
	lx := p.lx(i)
	if lx == nil || len(lx.partday) != 2 || p.tok(i).kind != tWord || !p.is(i-1, "at", "by", "before", "after", "until", "till") {
		return match{}, false
	}
	s := shift("D", 0, "D")
	s.tod, s.anaphor = lx.partday, true
	return match{end: i + 1, typ: "TIME", sem: s}, true
}

// partdayAfter reads a part of the day after a day expression: "morning", "night".
func (p *parser) partdayAfter(i int) (int, string) {
	if lx := p.lx(i); lx != nil && lx.partday != "" && len(lx.partday) == 2 && p.tok(i).kind == tWord {
		return i + 1, lx.partday
	}
	return i, ""
}

// deictic reads "yesterday", "today", "tomorrow", "tonight", "yesterday morning".
func (p *parser) deictic(i int) (match, bool) {
	lx := p.lx(i)
	if lx == nil || !lx.hasDayRel {
		return match{}, false
	}
	s := shift("D", lx.dayRel, "D")
	j, tod := p.partdayAfter(i + 1)
	if tod != "" {
		s.tod = tod
		return match{end: j, typ: "TIME", sem: s}, true
	}
	return match{end: i + 1, sem: s}, true
}

// relWord reads "last week", "this year", "next Tuesday", "last November", "this spring",
// "this morning", "last night", "the past year", "the following day".
func (p *parser) relWord(i int) (match, bool) {
	j := p.the(i)
	lx := p.lx(j)
	if lx == nil || !lx.hasRel {
		return match{}, false
	}
	dir, w := lx.rel, p.w(j)
	j++
	if p.is(j, "fiscal") && p.is(j+1, "year", "quarter") {
		j++
	}
	switch {
	case w == "this" && p.is(j, "coming", "past"):
		dir = p.lx(j).rel
		j++
	case w == "latest" || w == "present" || (w == "current" && j == i+1):
		if !p.is(j, "quarter", "period", "year", "month", "week") {
			return match{}, false
		}
	}
	anaphor := i != j-1 && (w == "following" || w == "next" || w == "previous" || w == "preceding" || w == "prior")
	if w == "last" && i != j-1 {
		return match{}, false // "the last week": a duration
	}
	if m, ok := p.relTarget(j, dir, w); ok {
		m.sem.anaphor = anaphor && m.sem.kind != sDate
		return m, true
	}
	return match{}, false
}

// relTarget reads what follows "last/this/next": a unit, a weekday, a month, a season or a
// part of the day.
func (p *parser) relTarget(j, dir int, w string) (match, bool) {
	sdir := dir
	if w == "this" || w == "current" || w == "present" {
		sdir = 2
	}
	if k, wd, ok := p.weekdayName(j); ok {
		k, tod := p.partdayAfter(k)
		s := sem{kind: sWeekday, wd: wd, dir: sdir, tod: tod}
		return match{end: k, typ: typeOf(tod), sem: s}, true
	}
	if k, mo, ok := p.month(j); ok {
		return match{end: k, sem: sem{kind: sDate, m: mo, dir: sdir}}, true
	}
	lx := p.lx(j)
	if lx == nil || p.tok(j).kind != tWord {
		return match{}, false
	}
	switch {
	case lx.season != "":
		return match{end: j + 1, sem: sem{kind: sDate, season: lx.season, dir: sdir}}, true
	case lx.partday != "" && len(lx.partday) == 2 && (w == "this" || w == "last" || w == "tomorrow"):
		off := 0
		if w == "last" {
			off = -1
		}
		s := shift("D", off, "D")
		s.tod = lx.partday
		return match{end: j + 1, typ: "TIME", sem: s}, true
	}
	u, plural := p.unit(j)
	if u == "" || plural || u == "NIGHT" || u == "PERIOD" && w != "latest" || p.tok(j).joined {
		return match{}, false
	}
	return p.relUnit(j, u, dir, w)
}

// relUnit gives the meaning of "last week", "this year", "the latest quarter".
func (p *parser) relUnit(j int, u string, dir int, w string) (match, bool) {
	g := u
	switch u {
	case "FN":
		return match{}, false
	case "PERIOD":
		u, g = "Q", "Q"
	case "HALF":
		u, g = "H", "H"
	case "WE":
		u = "W"
	}
	s := shift(u, dir, g)
	if w == "latest" || (u == "Q" && w == "the") {
		s.off, s.fin, s.finOff = -1, true, 0
	}
	if u == "D" && (w == "this" || w == "last") {
		return match{}, false
	}
	return match{end: j + 1, sem: s}, true
}

func typeOf(tod string) string {
	if tod != "" {
		return "TIME"
	}
	return "DATE"
}

// weekdayExpr reads "Wednesday", "Wednesday night", "Fridays" (a set).
func (p *parser) weekdayExpr(i int) (match, bool) {
	if j, wd, ok := p.weekdayName(i); ok {
		j, tod := p.partdayAfter(j)
		if w := p.w(j - 1); tod != "" && w[len(w)-1] == 's' {
			return match{end: j, typ: "SET", sem: lit("XXXX-WXX-" + strconv.Itoa(wd) + "T" + tod)}, true
		}
		return match{end: j, typ: typeOf(tod), sem: sem{kind: sWeekday, wd: wd, tod: tod}}, true
	}
	w := p.w(i)
	if len(w) > 4 && w[len(w)-1] == 's' {
		if lx := lookup(w[:len(w)-1]); lx != nil && lx.weekday > 0 && p.tok(i).cap {
			return match{end: i + 1, typ: "SET", sem: lit("XXXX-WXX-" + string(rune('0'+lx.weekday)))}, true
		}
	}
	return match{}, false
}

// quantity reads the number of units of a relative expression: a number, "a", "an",
// "a few", "several"; vague quantities give -1.
func (p *parser) quantity(i int) (int, int, bool) {
	switch {
	case p.is(i, "a", "an"):
		if p.is(i+1, "few") {
			return i + 2, -1, true
		}
		if p.is(i+1, "couple") && p.is(i+2, "of") {
			return i + 3, 2, true
		}
		return i + 1, 1, true
	case p.is(i, "several", "few", "many", "some"):
		return i + 1, -1, true
	case p.is(i, "couple") && p.is(i+1, "of"):
		return i + 2, 2, true
	}
	if j, v, ok := p.number(i); ok && v > 0 {
		return j, v, true
	}
	return i, 0, false
}

// agoExpr reads "two days ago", "a year earlier", "three weeks later", "a week or so ago",
// "five years from now".
func (p *parser) agoExpr(i int) (match, bool) {
	j, n, ok := p.quantity(i)
	if !ok {
		return match{}, false
	}
	u, _ := p.unit(j)
	if u == "" || u == "PERIOD" || u == "NIGHT" || u == "HALF" {
		return match{}, false
	}
	k := j + 1
	mod := ""
	if p.is(k, "or") && p.is(k+1, "so") {
		k, mod = k+2, "APPROX"
	}
	sign, anaphor := 0, false
	switch {
	case p.is(k, "ago"):
		sign = -1
	case p.is(k, "earlier"):
		sign, anaphor = -1, true
	case p.is(k, "hence"):
		sign = 1
	case p.is(k, "from") && p.is(k+1, "now"):
		sign, k = 1, k+1
	default:
		return match{}, false
	}
	k++
	if n < 0 {
		ref := "PAST_REF"
		if sign > 0 {
			ref = "FUTURE_REF"
		}
		return match{end: k, sem: lit(ref)}, true
	}
	s := agoSem(u, sign*n)
	s.anaphor, s.mod = anaphor, mod
	if u == "Y" && n == 1 {
		s.fin, s.finOff = true, 4*sign
	}
	return match{end: k, sem: s}, true
}

// agoSem is the meaning of a move of off units from the anchor.
func agoSem(u string, off int) sem {
	switch u {
	case "E":
		return shift("Y", 10*off, "Y")
	case "C":
		return shift("Y", 100*off, "Y")
	case "L":
		return shift("Y", 1000*off, "Y")
	case "H", "MIN", "S":
		return shift("D", 0, "D")
	case "WE":
		return shift("W", off, "WE")
	case "FN":
		return shift("W", 2*off, "W")
	}
	return shift(u, off, u)
}

// anaphoric reads "the next day", "the day before", "that day", "the same day", "that year",
// "the year-ago quarter", "year-earlier".
func (p *parser) anaphoric(i int) (match, bool) {
	j := p.the(i)
	if p.is(j, "that", "same") || (j > i && p.is(j, "same")) {
		k := j + 1
		if p.is(k, "same") {
			k++
		}
		u, plural := p.unit(k)
		if u == "" || plural || u == "PERIOD" || u == "HALF" || u == "NIGHT" {
			return match{}, false
		}
		s := agoSem(u, 0)
		s.anaphor = true
		return match{end: k + 1, sem: s}, true
	}
	if lx := p.lx(j + 1); j > i && p.is(j, "next", "following", "previous") && lx != nil && len(lx.partday) == 2 && p.tok(j+1).kind == tWord {
		s := shift("D", p.lx(j).rel, "D")
		s.anaphor, s.tod = true, lx.partday
		return match{end: j + 2, typ: "TIME", sem: s}, true
	}
	if j > i && p.is(j, "day") && p.is(j+1, "before", "after") {
		off := -1
		if p.is(j+1, "after") {
			off = 1
		}
		k := j + 2
		if lx := p.lx(k); lx != nil && lx.hasDayRel {
			return match{end: k + 1, sem: shift("D", lx.dayRel+off, "D")}, true
		}
		s := shift("D", off, "D")
		s.anaphor = true
		return match{end: k, sem: s}, true
	}
	return p.yearAgo(i)
}

// yearAgo reads "year-ago", "year-earlier", "the year-ago quarter", "the year-earlier period".
func (p *parser) yearAgo(i int) (match, bool) {
	j := p.the(i)
	if j > i && p.is(j, "comparable", "corresponding", "same") {
		j++
	}
	if !p.is(j, "year") || p.tok(j+1) == nil || !p.tok(j+1).joined || !p.is(j+1, "ago", "earlier") {
		return match{}, false
	}
	k := j + 2
	if lx := p.lx(k); lx != nil && lx.ord >= 1 && lx.ord <= 4 && p.is(k+1, "quarter") {
		return match{end: k + 2, sem: sem{kind: sDate, q: lx.ord, relYear: true, yearOff: -1}}, true
	}
	s := shift("Y", -1, "Y")
	s.fin, s.finOff = true, -4
	if u, _ := p.unit(k); u == "Q" || u == "PERIOD" {
		s = shift("Q", -5, "Q")
		s.fin, s.finOff = true, -4
		k++
	} else if j > i {
		return match{}, false
	}
	return match{end: k, sem: s}, true
}
