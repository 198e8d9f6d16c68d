package timex

import (
	"strconv"
	"strings"
)

// Durations and sets: "three days", "the past two weeks", "a decade", "two-year", "several
// months", "every Friday", "weekly", "twice a year".

// halves writes half a unit in the next smaller one: 2.5 years is P2Y6M.
var halves = map[string]string{"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S", "W": "3DT12H"}

// durUnit is the TIMEX3 duration of n units of u ("3", "D" -> P3D; "24", "H" -> PT24H).
func durUnit(n string, u string) string {
	if whole, ok := strings.CutSuffix(n, ".5"); ok && halves[u] != "" {
		out := "P"
		if u == "H" || u == "MIN" {
			out = "PT"
		}
		if whole != "0" {
			out += whole + strings.TrimSuffix(u, "IN")
		}
		return out + halves[u]
	}
	switch u {
	case "E":
		if v, err := strconv.Atoi(n); err == nil {
			return "P" + strconv.Itoa(10*v) + "Y"
		}
	case "Q":
		if v, err := strconv.Atoi(n); err == nil {
			return "P" + strconv.Itoa(3*v) + "M"
		}
		return "PXM"
	case "H":
		return "PT" + n + "H"
	case "MIN":
		return "PT" + n + "M"
	case "S":
		return "PT" + n + "S"
	case "FN":
		if v, err := strconv.Atoi(n); err == nil {
			return "P" + strconv.Itoa(2*v) + "W"
		}
		return "P" + n + "W"
	case "NIGHT":
		return "P" + n + "D"
	}
	return "P" + n + u
}

// amount reads a number of units at i: "3", "3.5", "5 1/2", "two", "a", "a few",
// "several", "a couple of". It returns its TIMEX3 text ("X" when vague).
func (p *parser) amount(i int) (int, string, bool) {
	t := p.tok(i)
	if t == nil {
		return i, "", false
	}
	if t.kind == tNum && t.form == nDecimal {
		return i + 1, p.text[t.start:t.end], true
	}
	if t.kind == tNum && t.form == nFraction && t.a == 1 && t.b == 2 {
		return i + 1, "0.5", true
	}
	j, v, ok := p.quantity(i)
	if !ok {
		return i, "", false
	}
	if v < 0 {
		return j, "X", true
	}
	if f := p.tok(j); f != nil && f.kind == tNum && f.form == nFraction && f.a == 1 && f.b == 2 {
		return j + 1, strconv.Itoa(v) + ".5", true
	}
	return j, strconv.Itoa(v), true
}

// durationExpr reads a duration, with "the past", "the next", "the first" before it.
func (p *parser) durationExpr(i int) (match, bool) {
	j := p.the(i)
	lead := ""
	if p.is(j, "past", "last", "next", "first", "coming", "previous", "following", "latest", "final", "recent") {
		lead = p.w(j)
		j++
	}
	k, n, ok := p.amount(j)
	switch {
	case ok && (p.is(k, "to", "or") || p.punct(k, '-')):
		if k2, _, ok2 := p.amount(k + 1); ok2 && k2 > k+1 {
			k = k2 // two to three weeks: the first figure
		}
	case !ok && p.is(j, "few"):
		k, n, ok = j+1, "X", true
	case !ok:
		k, n, ok = j, "X", true // "the coming weeks", "recent years", "for weeks"
	}
	if !ok {
		return match{}, false
	}
	if p.is(k, "more", "additional", "full", "straight", "consecutive", "trading", "long", "calendar", "business") {
		k++
	}
	u, plural := p.unit(k)
	if u == "" || u == "PERIOD" || u == "HALF" || u == "WE" || !p.amountFits(j, k, n, plural) {
		return match{}, false
	}
	if u == "Q" && (n == "1" || p.tok(k).joined) || p.tok(k).cap && u == "MIN" {
		return match{}, false // "a quarter", "three-quarters", "60 Minutes"
	}
	if !p.durationContext(i, j, k, n, lead) {
		return match{}, false
	}
	end := k + 1
	switch {
	case p.is(end, "or") && p.is(end+1, "so"):
		end += 2
	case p.is(end, "and") && p.is(end+1, "a") && p.is(end+2, "half") && !strings.Contains(n, "."):
		end, n = end+3, n+".5"
	case p.tok(end).joinedOrNil() && p.is(end, "long"):
		end++
	case p.tok(end).joinedOrNil() && p.is(end, "old"):
		return match{}, false // an age
	}
	switch {
	case n == "X" && lead == "coming" && p.is(i, "the"):
		return match{end: end, sem: lit("FUTURE_REF")}, true
	case lead == "recent" && n == "X" && u == "Y":
		return match{end: end, sem: lit("PAST_REF")}, true
	}
	return match{end: end, typ: "DURATION", sem: lit(durUnit(n, u))}, true
}

// amountFits reports whether the amount n (read from j to k) agrees with the unit after it:
// "three days", "two-year", "several-year", but not "1988 quarter" or "a years".
func (p *parser) amountFits(j, k int, n string, plural bool) bool {
	joined := p.tok(k).joinedOrNil()
	switch {
	case k == j:
		return plural
	case n == "X":
		return plural || joined
	case n == "1":
		return !plural
	case !plural && !joined:
		t := p.tok(j)
		return !(t.kind == tNum && t.digits == 4)
	}
	return true
}

// durationContext decides whether a number and a unit read as a duration: "a year" needs
// a cue ("for a year", "about a year"); "two-year" and "three days" stand alone.
func (p *parser) durationContext(i, j, k int, n, lead string) bool {
	if p.is(k+1, "ago", "earlier", "hence") || p.is(k+1, "from") && p.is(k+2, "now") {
		return false
	}
	if p.is(k+1, "old") && !p.tok(k+1).joined {
		return false
	}
	switch {
	case p.is(j, "a", "an") && j == i:
		if p.is(k+1, "later") {
			return true // "a week later": the span, as TimeML marks it, without "later"
		}
		return !p.is(k+1, "of") && p.is(i-1, "for", "about", "over", "within", "than", "nearly", "almost", "in", "after", "least", "some", "only", "just", "around", "past", "last", "of", "take", "takes", "took", "lasted", "spent", "half", "first", "entire", "whole", "as", "barely", "only")
	case p.is(j, "some", "many") && j == i:
		return p.is(i-1, "for", "in", "over", "within", "after", "than")
	case k == j && j == i:
		return p.is(i-1, "for", "over", "within", "after", "in", "of", "take", "takes", "took") || p.is(k+1, "or") && p.lx(k+2) != nil && p.lx(k+2).unit != ""
	}
	return true
}

// setExpr reads "every Friday", "each year", "every other week", "daily", "twice a year",
// "Tuesday nights".
func (p *parser) setExpr(i int) (match, bool) {
	if lx := p.lx(i); lx != nil && lx.set != "" && p.tok(i).kind == tWord {
		if n := p.tok(i + 1); p.is(i, "quarterly") && n != nil && n.kind == tWord {
			return match{}, false // a quarterly dividend: a kind of payment
		}
		return match{end: i + 1, typ: "SET", sem: lit(lx.set)}, true
	}
	if p.is(i, "once", "twice") || p.is(i+1, "times") {
		j := i + 1
		if p.is(j, "times") {
			j++
		}
		if p.is(j, "a", "an", "per", "every", "each") {
			if u, plural := p.unit(j + 1); u != "" && !plural && u != "PERIOD" {
				return match{end: j + 2, typ: "SET", sem: lit(durUnit("1", u))}, true
			}
		}
		return match{}, false
	}
	if !p.is(i, "every", "each") {
		return match{}, false
	}
	j, n := i+1, "1"
	if p.is(j, "other") {
		j, n = j+1, "2"
	} else if k, v, ok := p.number(j); ok && v > 1 {
		j, n = k, strconv.Itoa(v)
	}
	if k, wd, ok := p.weekdayName(j); ok {
		k, tod := p.partdayAfter(k)
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		if tod != "" {
			v += "T" + tod
		}
		return match{end: k, typ: "SET", sem: lit(v)}, true
	}
	if k, mo, ok := p.month(j); ok {
		return match{end: k, typ: "SET", sem: lit("XXXX-" + string(pad(nil, mo, 2)))}, true
	}
	lx := p.lx(j)
	if lx != nil && lx.season != "" {
		return match{end: j + 1, typ: "SET", sem: lit("XXXX-" + lx.season)}, true
	}
	if lx != nil && len(lx.partday) == 2 {
		return match{end: j + 1, typ: "SET", sem: lit("XXXX-XX-XXT" + lx.partday)}, true
	}
	if u, _ := p.unit(j); u != "" && u != "PERIOD" && u != "HALF" {
		return match{end: j + 1, typ: "SET", sem: lit(durUnit(n, u))}, true
	}
	return match{}, false
}

// refExpr reads the vague references: "now", "currently", "recently", "the past", "the
// future", "soon", "these days", "current".
func (p *parser) refExpr(i int) (match, bool) {
	lx := p.lx(i)
	switch {
	case lx != nil && lx.ref != "" && p.tok(i).kind == tWord:
		switch {
		case p.is(i, "now") && p.is(i-1, "from"),
			p.is(i, "previously") && p.tok(i+1) != nil && p.tok(i+1).past,
			p.is(i, "soon", "shortly") && p.is(i+1, "after", "before", "afterwards", "thereafter"):
			return match{}, false
		case p.is(i, "soon") && p.is(i-1, "as") && p.is(i+1, "as"):
			if p.is(i+2, "possible") {
				return match{end: i + 3, sem: lit("FUTURE_REF")}, true
			}
			return match{}, false
		}
		return match{end: i + 1, sem: lit(lx.ref)}, true
	case p.is(i, "current"):
		if u, _ := p.unit(i + 1); u != "" {
			return match{}, false
		}
		return match{end: i + 1, sem: lit("PRESENT_REF")}, true
	case p.is(i, "recent"):
		return match{end: i + 1, sem: lit("PAST_REF")}, true
	case p.is(i, "right") && p.is(i+1, "now"), p.is(i, "these") && p.is(i+1, "days"):
		return match{end: i + 2, sem: lit("PRESENT_REF")}, true
	case p.is(i, "future"):
		return match{end: i + 1, sem: lit("FUTURE_REF")}, true
	}
	if !p.is(i, "the", "a") {
		return match{}, false
	}
	j := i + 1
	if p.is(j, "near", "distant", "foreseeable", "immediate", "short", "long") {
		j++
	}
	switch {
	case p.is(j, "future"), p.is(j, "term") && j > i+1 && !p.tok(j).joined, p.is(j, "later") && p.is(j+1, "date"):
		if p.is(j, "later") {
			j++
		}
		return match{end: j + 1, sem: lit("FUTURE_REF")}, true
	case p.is(j, "past") && j == i+1 && p.is(i, "the"):
		if _, _, ok := p.amount(j + 1); ok {
			return match{}, false
		}
		if u, _ := p.unit(j + 1); u != "" {
			return match{}, false
		}
		return match{end: j + 1, sem: lit("PAST_REF")}, true
	}
	return match{}, false
}
