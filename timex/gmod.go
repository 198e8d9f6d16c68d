package timex

// Modified and financial expressions: "about three weeks", "more than two years", "early
// 1990s", "mid-May", "earlier this month", "the end of 1990", "the third quarter", "fiscal
// 1997", "the first half of 1989".

// approxPrefix reads a quantity modifier at i and returns the token after it and its mod.
func (p *parser) approxPrefix(i int) (int, string) {
	switch {
	case p.is(i, "more", "over") && p.is(i+1, "than"), p.is(i, "well", "just") && p.is(i+1, "over"):
		return i + 2, "MORE_THAN"
	case p.is(i, "less", "fewer", "under") && p.is(i+1, "than"):
		return i + 2, "LESS_THAN"
	case p.is(i, "at") && p.is(i+1, "least"), p.is(i, "no") && p.is(i+1, "less", "fewer") && p.is(i+2, "than"):
		if p.is(i, "no") {
			return i + 3, "EQUAL_OR_MORE"
		}
		return i + 2, "EQUAL_OR_MORE"
	case p.is(i, "at") && p.is(i+1, "most"), p.is(i, "up") && p.is(i+1, "to"):
		return i + 2, "EQUAL_OR_LESS"
	case p.is(i, "no") && p.is(i+1, "more") && p.is(i+2, "than"):
		return i + 3, "EQUAL_OR_LESS"
	case p.is(i, "within"):
		return i + 1, "EQUAL_OR_LESS"
	}
	if lx := p.lx(i); lx != nil && lx.approx != "" {
		return i + 1, lx.approx
	}
	return i, ""
}

// approxExpr is the rule for a duration, time or date after a quantity modifier.
func (p *parser) approxExpr(i int) (match, bool) {
	j, mod := p.approxPrefix(i)
	if j == i {
		return match{}, false
	}
	m, ok := p.durationExpr(j)
	if !ok {
		m, ok = p.agoExpr(j)
	}
	if !ok && (mod == "APPROX" && !p.is(i, "some")) {
		if m, ok = p.timeExpr(j); !ok {
			m, ok = p.dateExpr(j)
		}
	}
	if !ok {
		return match{}, false
	}
	if p.is(i, "over", "within", "some") && (m.typ != "DURATION" || p.is(j, "the")) {
		return match{}, false
	}
	if m.sem.mod == "" {
		m.sem.mod = mod
	}
	return m, true
}

// modExpr reads "early 1990s", "mid-May", "late yesterday", "earlier this month", "the end
// of 1990", "the middle of October", "year-end", "mid-afternoon".
func (p *parser) modExpr(i int) (match, bool) {
	j := p.the(i)
	lx := p.lx(j)
	if p.is(j, "year") && p.is(j+1, "end", "'s") {
		k := j + 1
		if p.is(k, "'s") {
			k++
		}
		if p.is(k, "end") {
			s := shift("Y", 0, "Y")
			s.mod = "END"
			return match{end: k + 1, sem: s}, true
		}
	}
	if lx == nil || lx.mod == "" || p.tok(j).kind != tWord {
		return match{}, false
	}
	mod, k := lx.mod, j+1
	if p.is(j, "end", "beginning", "start", "middle", "close") {
		if j == i || !p.is(k, "of") {
			return match{}, false
		}
		k++
	} else if p.is(k, "in") && p.is(k+1, "the") {
		k++ // earlier in the year
	}
	m, ok := p.modTarget(k)
	if !ok {
		return match{}, false
	}
	if m.sem.mod == "" {
		m.sem.mod = mod
	}
	return m, true
}

// modTarget reads what an early/mid/late modifier applies to.
func (p *parser) modTarget(k int) (match, bool) {
	if p.is(k, "the") {
		if u, plural := p.unit(k + 1); u != "" && !plural && u != "PERIOD" && u != "HALF" && u != "NIGHT" {
			return match{end: k + 2, sem: agoSem(u, 0)}, true
		}
	}
	if lx := p.lx(k); lx != nil && len(lx.partday) == 2 && p.tok(k).kind == tWord {
		s := shift("D", 0, "D")
		s.tod, s.anaphor = lx.partday, true
		end := k + 1
		if m, ok := p.relExpr(end); ok && (m.sem.kind == sWeekday || m.sem.kind == sShift && m.sem.g == "D") {
			m.sem.tod = lx.partday
			m.typ, end, s = "TIME", m.end, m.sem
		}
		return match{end: end, typ: "TIME", sem: s}, true
	}
	m, ok := p.dateExpr(k)
	if m2, ok2 := p.relExpr(k); ok2 && (!ok || m2.end > m.end) {
		m, ok = m2, true
	}
	if m2, ok2 := p.quarterExpr(k); ok2 && (!ok || m2.end > m.end) {
		m, ok = m2, true
	}
	if !ok || m.sem.kind == sLit {
		return match{}, false
	}
	return m, true
}

// quarterExpr reads "the third quarter", "third-quarter", "the fiscal first quarter", "the
// 1988 third quarter", "the third quarter of 1990", "this year's third quarter", "the
// first half of 1989", "the quarter", "the fiscal year", "the full year".
func (p *parser) quarterExpr(i int) (match, bool) {
	j := p.the(i)
	s := sem{kind: sDate}
	switch {
	case p.is(j, "this", "last", "next") && p.is(j+1, "year") && p.w(j+2) == "'s":
		s.relYear, s.yearOff, j = true, p.lx(j).rel, j+3
	case p.is(j, "year") && p.w(j+1) == "'s" && j > i:
		s.relYear, j = true, j+2
	}
	if k, y, ok := p.year4(j); ok && j > i {
		s.y, s.ydig, j = y, 4, k
	}
	if p.is(j, "fiscal") {
		j++
	}
	lx := p.lx(j)
	if lx == nil || (lx.ord < 1 && !p.is(j, "final", "last")) || lx.ord > 4 || p.tok(j).kind != tWord && p.tok(j).form != nOrdinal {
		return p.periodExpr(i, j, s)
	}
	n := lx.ord
	if n < 0 || p.is(j, "final") {
		n = 4
	}
	j++
	if p.is(j, "fiscal") {
		j++
	}
	switch u, plural := p.unit(j); {
	case u == "Q" && !plural:
		s.q = n
	case u == "HALF" && n <= 2:
		s.h = n
	default:
		return match{}, false
	}
	j++
	if p.is(j, "of") {
		k := j + 1
		if p.is(k, "fiscal") || p.is(k, "the") && p.is(k+1, "year") {
			k++
		}
		if k2, y, ok := p.year4(k); ok {
			s.y, s.ydig, j = y, 4, k2
		} else if p.is(k, "year") {
			s.relYear, j = true, k+1
		}
	}
	return match{end: j, sem: s}, true
}

// periodExpr reads "the quarter", "the fiscal year", "the full year", "the year".
func (p *parser) periodExpr(i, j int, s sem) (match, bool) {
	if j == i || s.relYear {
		return match{}, false
	}
	fiscal := p.is(j-1, "fiscal")
	if p.is(j, "quarter", "year", "period") && p.is(j+1, "ended", "ending") {
		if p.is(j, "year") {
			return match{end: j + 1, typ: "DURATION", sem: lit("P1Y")}, true
		}
		if m, ok := p.monthDate(j + 2); ok && m.sem.d > 0 {
			s := m.sem
			s.q, s.m, s.d = (s.m-1)/3+1, 0, 0
			return match{end: j + 1, sem: s}, true
		}
	}
	switch {
	case p.is(j, "quarter") && s.y == 0:
		t := shift("Q", -1, "Q")
		t.fin = true
		return match{end: j + 1, sem: t}, true
	case p.is(j, "quarter", "period") && s.y > 0:
		return match{end: j + 1, sem: s}, true
	case p.is(j, "year") && fiscal && s.y == 0:
		return match{end: j + 1, typ: "DURATION", sem: lit("P1Y")}, true
	case p.is(j, "weekend") && !p.is(j+1, "of"):
		return match{end: j + 1, sem: sem{kind: sWeekday, wd: 6, weekend: true}}, true
	case p.is(j, "full") && p.is(j+1, "year"):
		return match{end: j + 2, sem: shift("Y", 0, "Y")}, true
	case p.is(j, "year", "week", "month") && s.y == 0 && !p.tok(j+1).joinedOrNil() && p.w(j+1) != "'s":
		u, _ := p.unit(j)
		return match{end: j + 1, sem: shift(u, 0, u)}, true
	}
	return match{}, false
}

// joinedOrNil reports whether t is attached by a hyphen to the token before it; a nil
// token is not.
func (t *token) joinedOrNil() bool { return t != nil && t.joined }
