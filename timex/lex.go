package timex

// The scanner: a state-function lexer (each state returns the next) that cuts the text into
// words, numbers and punctuation, with byte offsets, and looks every word up in the
// vocabulary. Hyphens between two words ("mid-May", "third-quarter") are not tokens: the
// second word is marked joined.

type tkind uint8

const (
	tWord tkind = iota
	tNum
	tPunct
)

// nform is the shape of a numeric token.
type nform uint8

const (
	nPlain    nform = iota // 1998, 14, 1,000
	nDecade                // 1990s, '80s
	nClock                 // 09:30, 9:30:15
	nISO                   // 2021-05-14
	nSlash                 // 14/05/2021
	nOrdinal               // 14th
	nFraction              // 1/2
	nDecimal               // 3.5
)

type token struct {
	start, end int
	kind       tkind
	form       nform
	w          string  // lower-case text
	lx         *lexeme // vocabulary entry of w, or nil
	n          int     // value of a number (the integer part), else -1
	digits     int     // digits of a plain number
	a, b, c    int     // parts: y-m-d of a date, h:m:s of a clock, numerator/denominator
	cap        bool    // starts with a capital letter
	joined     bool    // follows the previous token after a hyphen, with no spaces
	glued      bool    // follows the previous token with no space at all
	past       bool    // looks like a past-tense verb (-ed)
}

type lexer struct {
	src  string // the text
	low  string // the text with ASCII letters in lower case (same length)
	pos  int
	join bool // a hyphen joined the previous token to the next
	toks []token
}

type stateFn func(*lexer) stateFn

// lex cuts text into tokens, appending them to buf.
func lex(text string, buf []token) []token {
	l := &lexer{src: text, low: lowerASCII(text), toks: buf[:0]}
	for state := lexAny; state != nil; {
		state = state(l)
	}
	return l.toks
}

func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isSpace(c byte) bool  { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// lexAny skips spaces and dispatches on the next byte.
func lexAny(l *lexer) stateFn {
	for l.pos < len(l.src) && isSpace(l.src[l.pos]) {
		l.pos++
		l.join = false
	}
	if l.pos >= len(l.src) {
		return nil
	}
	c := l.src[l.pos]
	switch {
	case isDigit(c):
		return lexNumber
	case isLetter(c):
		return lexWord
	case c == '\'' && l.pos+3 < len(l.src) && isDigit(l.src[l.pos+1]) && isDigit(l.src[l.pos+2]) && l.src[l.pos+3] == 's':
		return lexShortDecade
	case c == '-' && l.hyphenJoins():
		l.pos++
		l.join = true
		return lexAny
	}
	return lexPunct
}

// hyphenJoins reports whether the hyphen at pos sits between two word or number characters.
func (l *lexer) hyphenJoins() bool {
	p := l.pos
	if p == 0 || p+1 >= len(l.src) || len(l.toks) == 0 || l.toks[len(l.toks)-1].end != p {
		return false
	}
	c := l.src[p+1]
	return isLetter(c) || isDigit(c)
}

func (l *lexer) emit(t token) {
	t.glued = len(l.toks) > 0 && l.toks[len(l.toks)-1].end == t.start
	t.joined = l.join
	l.join = false
	if t.kind == tWord {
		t.w = l.low[t.start:t.end]
		t.lx = lookup(t.w)
		c := l.src[t.start]
		t.cap = 'A' <= c && c <= 'Z'
	} else if t.kind == tNum {
		t.w = l.low[t.start:t.end]
	}
	l.toks = append(l.toks, t)
}

// lexWord reads letters with inner apostrophes and periods ("o'clock", "a.m."); a
// possessive 's is left for the next token.
func lexWord(l *lexer) stateFn {
	s := l.src
	start, p := l.pos, l.pos
	dotted := false
	chunk := 0
	for p < len(s) {
		c := s[p]
		switch {
		case isLetter(c):
			p++
			chunk++
			continue
		case c == '.' && chunk <= 2 && p+1 < len(s) && isLetter(s[p+1]) && (p+2 == len(s) || !isLetter(s[p+2]) || s[p+2] == '.'):
			dotted = true
			p++
			chunk = 0
			continue
		case c == '\'' && p+1 < len(s) && isLetter(s[p+1]) && !(s[p+1]|0x20 == 's' && (p+2 == len(s) || !isLetter(s[p+2]))):
			p++
			continue
		}
		break
	}
	if dotted && p < len(s) && s[p] == '.' {
		p++ // a.m.
	}
	t := token{start: start, end: p, kind: tWord, n: -1}
	if p-start > 4 && s[p-2] == 'e' && s[p-1] == 'd' {
		t.past = true
	}
	l.pos = p
	l.emit(t)
	return lexAny
}

// lexPunct emits one punctuation character (a whole UTF-8 sequence), or a possessive 's.
func lexPunct(l *lexer) stateFn {
	s := l.src
	p := l.pos
	if s[p] == '\'' && p+1 < len(s) && s[p+1]|0x20 == 's' {
		l.pos = p + 2
		l.emit(token{start: p, end: p + 2, kind: tWord, n: -1})
		return lexAny
	}
	n := 1
	if s[p] >= 0x80 {
		for n < 4 && p+n < len(s) && s[p+n]&0xC0 == 0x80 {
			n++
		}
	}
	l.pos = p + n
	l.emit(token{start: p, end: p + n, kind: tPunct, n: -1})
	return lexAny
}

// lexShortDecade reads '80s.
func lexShortDecade(l *lexer) stateFn {
	p := l.pos
	v := int(l.src[p+1]-'0')*10 + int(l.src[p+2]-'0')
	l.pos = p + 4
	l.emit(token{start: p, end: p + 4, kind: tNum, form: nDecade, n: 1900 + v, digits: 2})
	return lexAny
}

// digitsAt returns the value and length of the run of digits at p.
func digitsAt(s string, p int) (v, n int) {
	for p+n < len(s) && isDigit(s[p+n]) && n < 9 {
		v = v*10 + int(s[p+n]-'0')
		n++
	}
	return v, n
}

// lexNumber reads a number and its shape: 1998, 1,000, 1990s, 09:30, 2021-05-14,
// 14/05/2021, 1/2, 3.5, 14th.
func lexNumber(l *lexer) stateFn {
	s, p := l.src, l.pos
	if end := exponentEnd(s, p); end > p {
		// "1e9 days ago" is a billion days, not "9 days ago": a number in scientific notation
		// is one word that no rule reads.
		l.pos = end
		l.emit(token{start: p, end: end, kind: tWord, n: -1})
		return lexAny
	}
	v, n := digitsAt(s, p)
	t := token{start: p, kind: tNum, n: v, digits: n}
	q := p + n
	for n <= 3 && q+3 < len(s) && s[q] == ',' && isDigit(s[q+1]) {
		w, m := digitsAt(s, q+1)
		if m != 3 {
			break
		}
		v, t.digits, q = v*1000+w, t.digits+3, q+4
		t.n = v
	}
	switch {
	case t.digits == n && l.numberShape(&t, q):
		return lexAny
	case q < len(s) && s[q] == '.' && q+1 < len(s) && isDigit(s[q+1]):
		_, m := digitsAt(s, q+1)
		t.form, q = nDecimal, q+1+m
	}
	for q < len(s) && isDigit(s[q]) { // more than 9 digits
		q++
	}
	t.end = q
	l.pos = q
	l.emit(t)
	return lexAny
}

// numberShape recognises the compound shapes that start with the n-digit number at the start
// of t and end at q or later; it emits the token and reports whether it did.
func (l *lexer) numberShape(t *token, q int) bool {
	s := l.src
	n := t.digits
	next := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	end := q
	switch c := next(q); {
	case c == 's' && !isLetter(next(q+1)) && n == 4 && t.n%10 == 0:
		t.form, end = nDecade, q+1
	case c == ':' && n <= 2:
		m, k := digitsAt(s, q+1)
		if k != 2 {
			return false
		}
		t.form, t.a, t.b, end = nClock, t.n, m, q+3
		if next(end) == ':' {
			if sec, k := digitsAt(s, end+1); k == 2 {
				t.c, end = sec, end+3
			}
		}
	case c == '-' && n == 4:
		m, k := digitsAt(s, q+1)
		if k != 2 || next(q+3) != '-' {
			return false
		}
		d, k := digitsAt(s, q+4)
		if k != 2 {
			return false
		}
		t.form, t.a, t.b, t.c, end = nISO, t.n, m, d, q+6
	case c == '/' && n <= 2:
		m, k := digitsAt(s, q+1)
		if k == 0 || k > 2 {
			return false
		}
		t.form, t.a, t.b, end = nFraction, t.n, m, q+1+k
		if next(end) == '/' {
			y, k := digitsAt(s, end+1)
			if k != 2 && k != 4 {
				return false
			}
			t.form, t.c, end = nSlash, y, end+1+k
		}
	case isLetter(c) && isLetter(next(q+1)) && !isLetter(next(q+2)):
		suf := l.low[q : q+2]
		if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
			return false
		}
		t.form, end = nOrdinal, q+2
	default:
		return false
	}
	if isLetter(next(end)) || isDigit(next(end)) {
		return false
	}
	t.end = end
	l.pos = end
	l.emit(*t)
	return true
}

// exponentEnd returns the end of a number in scientific notation at p ("1e9", "2.5E+3"), or p.
func exponentEnd(s string, p int) int {
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q+1 < len(s) && s[q] == '.' && isDigit(s[q+1]) {
		for q++; q < len(s) && isDigit(s[q]); q++ {
		}
	}
	if q >= len(s) || s[q]|0x20 != 'e' {
		return p
	}
	q++
	if q < len(s) && (s[q] == '+' || s[q] == '-') {
		q++
	}
	if q >= len(s) || !isDigit(s[q]) {
		return p
	}
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q < len(s) && isLetter(s[q]) {
		return p // "3e4b": not a number at all, left as it was
	}
	return q
}
