package timex

import "sync"

// The grammar: hand-written rules over the tokens. Each rule starts at a token and returns the
// longest expression it can read there; Recognize keeps the longest of all rules and moves on.

type parser struct {
	text string
	toks []token
}

// match is a rule's result: the token after the expression, its TIMEX3 type and meaning.
type match struct {
	end int
	typ string
	sem sem
}

type rule func(*parser, int) (match, bool)

// The rules, each with the bit that says a token may begin its expressions (see starts).
const (
	rApprox uint16 = 1 << iota
	rMod
	rDate
	rRel
	rDur
	rSet
	rRef
	rTime
	rQuarter
	rAll uint16 = 1<<iota - 1
)

var rules []struct {
	fn  rule
	bit uint16
}

func init() {
	for _, r := range []rule{(*parser).approxExpr, (*parser).modExpr, (*parser).dateExpr, (*parser).relExpr,
		(*parser).durationExpr, (*parser).setExpr, (*parser).refExpr, (*parser).timeExpr, (*parser).quarterExpr} {
		rules = append(rules, struct {
			fn  rule
			bit uint16
		}{r, uint16(1) << len(rules)})
	}
}

// starts says which rules a word may begin: a cheap filter that spares trying every rule at
// every known word.
func starts(w string, lx *lexeme) uint16 {
	in := func(words ...string) bool {
		for _, x := range words {
			if w == x {
				return true
			}
		}
		return false
	}
	var m uint16
	num := lx.num >= 0 || in("a", "an", "several", "few", "many", "some", "couple")
	if lx.approx != "" || in("more", "over", "less", "fewer", "under", "at", "no", "up", "within", "well", "just") {
		m |= rApprox
	}
	if lx.mod != "" || in("the", "year") {
		m |= rMod
	}
	if lx.month+lx.weekday > 0 || lx.season != "" || lx.holiday != "" || lx.num >= 0 || lx.ord != 0 || in("the", "new", "fiscal") {
		m |= rDate
	}
	if lx.hasDayRel || lx.hasRel || lx.weekday > 0 || num || lx.partday != "" || in("the", "that", "same", "year", "comparable", "corresponding") || len(w) > 5 && w[len(w)-4:] == "days" {
		m |= rRel
	}
	if lx.hasRel || num || lx.unit != "" || lx.ord != 0 || in("the", "recent", "final") {
		m |= rDur
	}
	if lx.set != "" || lx.num >= 0 || in("every", "each", "once", "twice") {
		m |= rSet
	}
	if lx.ref != "" || in("current", "recent", "right", "these", "future", "the", "a") {
		m |= rRef
	}
	if len(lx.partday) > 2 {
		m |= rTime
	}
	if lx.hasRel || lx.ord != 0 || in("the", "year", "final", "fiscal") {
		m |= rQuarter
	}
	return m
}

var tokPool = sync.Pool{New: func() any { b := make([]token, 0, 256); return &b }}

// Recognize finds the time expressions of text without giving them values.
func Recognize(text string) []Mention {
	bp := tokPool.Get().(*[]token)
	p := parser{text: text, toks: lex(text, *bp)}
	var out []Mention
	for i := 0; i < len(p.toks); {
		m, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		start, end := p.toks[i].start, p.toks[m.end-1].end
		if m.typ == "" {
			m.typ = "DATE"
		}
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Type: m.typ,
			Tense: p.tense(i, m.end), sem: m.sem})
		i = m.end
	}
	*bp = p.toks[:0]
	tokPool.Put(bp)
	return out
}

// at returns the longest expression starting at token i.
func (p *parser) at(i int) (match, bool) {
	t := &p.toks[i]
	if t.kind == tPunct || (t.kind == tWord && (t.lx == nil || !t.lx.start)) {
		return match{}, false
	}
	if t.lx != nil && t.lx.kw && t.lx.num < 0 && !pluralWeekday(t.w) && !p.is(i, "more", "less", "at", "up", "no") {
		// "the", "a", "every", "recent", "future" ...: only before a number or a known word
		n := p.tok(i + 1)
		if n == nil || n.kind == tPunct || n.kind == tWord && (n.lx == nil || !n.lx.start) && !p.is(i+1, "year", "same", "fiscal") {
			return match{}, false
		}
	}
	best := match{end: i}
	mask := rAll
	if t.kind == tWord {
		mask = t.lx.rules
	}
	for _, r := range rules {
		if mask&r.bit == 0 {
			continue
		}
		if m, ok := r.fn(p, i); ok && m.end > best.end {
			best = m
		}
	}
	return best, best.end > i
}

// pluralWeekday reports whether w is a weekday in the plural: "fridays".
func pluralWeekday(w string) bool {
	if len(w) < 7 || w[len(w)-1] != 's' {
		return false
	}
	lx := lookup(w[:len(w)-1])
	return lx != nil && lx.weekday > 0
}

// w is the lower-case word at i, or "".
func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].w
}

// lx is the vocabulary entry of the word at i, or nil.
func (p *parser) lx(i int) *lexeme {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return p.toks[i].lx
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// is reports whether the word at i is one of words.
func (p *parser) is(i int, words ...string) bool {
	w := p.w(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// punct reports whether token i is the punctuation c.
func (p *parser) punct(i int, c byte) bool {
	t := p.tok(i)
	return t != nil && t.kind == tPunct && t.end-t.start == 1 && p.text[t.start] == c
}

// the skips an optional "the" at i.
func (p *parser) the(i int) int {
	if p.is(i, "the") {
		return i + 1
	}
	return i
}

// dot skips a period glued to the abbreviation before it ("Sept.").
func (p *parser) dot(i int) int {
	if t := p.tok(i); t != nil && t.glued && p.punct(i, '.') {
		return i + 1
	}
	return i
}

// unit returns the unit word at i ("days" -> D) and whether it is plural.
func (p *parser) unit(i int) (string, bool) {
	lx := p.lx(i)
	if lx == nil || lx.unit == "" || p.tok(i).kind != tWord {
		return "", false
	}
	w := p.w(i)
	return lx.unit, w[len(w)-1] == 's' || w == "millennia"
}

// number reads a cardinal at i: digits ("24", "3.5" gives 3), or words ("twenty-four",
// "one hundred", "two thousand"). It returns the token after it and the value.
func (p *parser) number(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil {
		return i, 0, false
	}
	if t.kind == tNum {
		if t.form != nPlain && t.form != nDecimal {
			return i, 0, false
		}
		return i + 1, t.n, true
	}
	v, j := 0, i
	for {
		lx := p.lx(j)
		if lx == nil || lx.num < 0 || p.tok(j).kind != tWord {
			break
		}
		switch n := lx.num; {
		case n == 100 || n == 1000:
			if v == 0 {
				v = 1
			}
			v *= n
		case v%10 == 0 && v%100 != 0 && n < 10:
			v += n // twenty-four
		case v >= 100 && v%100 == 0 && n < 100:
			v += n // two hundred fifty
		case j > i:
			return j, v, true
		default:
			v = n
		}
		j++
	}
	if j == i {
		return i, 0, false
	}
	return j, v, true
}

// yearWords reads a year said in words: "nineteen ninety-six", "two thousand", "two
// thousand and one".
func (p *parser) yearWords(i int) (int, int, bool) {
	lx := p.lx(i)
	if lx == nil {
		return i, 0, false
	}
	if lx.num >= 11 && lx.num <= 20 && p.lx(i+1) != nil && p.lx(i+1).num >= 10 && p.lx(i+1).num < 100 {
		j, v, ok := p.number(i + 1)
		if ok && v >= 10 && v < 100 {
			return j, lx.num*100 + v, true
		}
	}
	if p.is(i, "two") && p.is(i+1, "thousand") {
		j := i + 2
		if p.is(j, "and") {
			if k, v, ok := p.number(j + 1); ok && v < 100 {
				return k, 2000 + v, true
			}
		}
		return j, 2000, true
	}
	return i, 0, false
}
