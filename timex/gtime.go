package timex

// Times of day: "09:30 GMT", "10:35 a.m.", "6 a.m. Tuesday", "noon Saturday", "4 in the
// morning".

// clock reads the time at i and returns the token after it, the hour and the minute.
func (p *parser) clock(i int) (int, int, int, bool) {
	t := p.tok(i)
	if t == nil {
		return i, 0, 0, false
	}
	h, m, j, needsSuffix := 0, 0, i+1, false
	switch {
	case t.kind == tNum && t.form == nClock && t.a <= 24 && t.b < 60:
		h, m = t.a, t.b
	case t.kind == tNum && t.form == nPlain && t.digits <= 2 && t.n >= 1 && t.n <= 12:
		h, needsSuffix = t.n, true
	case p.is(i, "noon", "midday"):
		return j, 12, 0, true
	case p.is(i, "midnight"):
		return j, 24, 0, true
	default:
		return i, 0, 0, false
	}
	switch {
	case p.is(j, "a.m.", "a.m", "am"):
		if h == 12 {
			h = 0
		}
		j++
	case p.is(j, "p.m.", "p.m", "pm"):
		if h < 12 {
			h += 12
		}
		j++
	case p.is(j, "o'clock"):
		j++
	case p.is(j, "in") && p.is(j+1, "the") && p.lx(j+2) != nil && len(p.lx(j+2).partday) == 2:
		if pd := p.lx(j + 2).partday; (pd == "AF" || pd == "EV" || pd == "NI" && h >= 7) && h < 12 {
			h += 12
		}
		j += 3
	case needsSuffix:
		return i, 0, 0, false
	}
	if p.is(j, "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "mst", "mdt") {
		j++
	} else if p.is(j, "local") && p.is(j+1, "time") {
		j += 2
	}
	return j, h, m, true
}

// timeExpr is the rule for clock times, with the day they fall on when it follows.
func (p *parser) timeExpr(i int) (match, bool) {
	j, h, m, ok := p.clock(i)
	if !ok {
		return match{}, false
	}
	tod := string(pad(pad(nil, h, 2), m, 2))
	tod = tod[:2] + ":" + tod[2:]
	k := j
	if p.punct(k, ',') || p.is(k, "on") {
		k++
	}
	if d, ok := p.relExpr(k); ok && (d.sem.kind == sWeekday || d.sem.kind == sShift && d.sem.g == "D") && d.sem.tod == "" {
		d.sem.tod, d.typ = tod, "TIME"
		return d, true
	}
	if d, ok := p.dateExpr(k); ok && d.sem.kind == sDate && d.sem.d > 0 {
		d.sem.tod, d.typ = tod, "TIME"
		return d, true
	}
	s := shift("D", 0, "D")
	s.tod, s.anaphor = tod, true
	return match{end: j, typ: "TIME", sem: s}, true
}
