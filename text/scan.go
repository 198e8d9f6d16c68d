package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scan splits text into tokens with byte offsets. Tags and lemmas are filled in later.
func scan(text string, abbrev map[string]bool, toks []Token) []Token {
	s := scanner{text: text, abbrev: abbrev, toks: toks}
	for s.pos < len(s.text) {
		r, w := s.peek(s.pos)
		switch {
		case unicode.IsSpace(r):
			s.pos += w
		case isLetter(r):
			s.word()
		case r >= '0' && r <= '9':
			s.number()
		default:
			s.punct(r, w)
		}
	}
	return s.toks
}

type scanner struct {
	text   string
	pos    int
	abbrev map[string]bool
	toks   []Token
}

func (s *scanner) peek(i int) (rune, int) {
	if i >= len(s.text) {
		return 0, 0
	}
	if c := s.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.text[i:])
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isInitial reports whether w is a single upper-case ASCII letter: the "J" of "J. Smith".
func isInitial(w string) bool { return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' }

func isAlnum(r rune) bool { return isLetter(r) || '0' <= r && r <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func (s *scanner) emit(start, end int, kind Kind) {
	t := s.text[start:end]
	r, _ := utf8.DecodeRuneInString(t)
	s.toks = append(s.toks, Token{Start: start, End: end, Text: t, Kind: kind, Cap: unicode.IsUpper(r)})
}

// word scans letters with inner hyphens, apostrophes and dotted abbreviations ("U.S."),
// splitting the clitics "'s" and "n't" off as tokens of their own.
func (s *scanner) word() {
	start := s.pos
	i := s.pos
	for i < len(s.text) {
		r, w := s.peek(i)
		if isAlnum(r) {
			i += w
			continue
		}
		next, nw := s.peek(i + w)
		if (r == '-' || r == '&') && isAlnum(next) {
			i += w + nw
			continue
		}
		if isApostrophe(r) && isLetter(next) {
			// "'s" and "'" before a non-letter is a clitic; "O'Brien" stays whole.
			after, _ := s.peek(i + w + nw)
			if (next == 's' || next == 'S') && !isLetter(after) {
				break
			}
			i += w + nw
			continue
		}
		if r == '.' && isLetter(next) && (i-start == 1 || s.text[i-2] == '.') {
			// Dotted initials: U.S., U.N., a.m.
			i += w + nw
			continue
		}
		break
	}
	// Dotted abbreviation: take the closing period ("U.S.", a listed "Gen.", or an initial
	// such as the "W." of "George W. Bush").
	if i < len(s.text) && s.text[i] == '.' {
		w := s.text[start:i]
		if strings.Contains(w, ".") || s.abbrev[strings.ToLower(w)] || isInitial(w) {
			i++
		}
	}
	// Negative clitic: "didn't" is "did" + "n't".
	if word := s.text[start:i]; len(word) > 3 && strings.HasSuffix(strings.ToLower(word), "n't") {
		s.emit(start, i-3, Word)
		s.emit(i-3, i, Word)
		s.pos = i
		return
	} else if len(word) > 5 && strings.HasSuffix(strings.ToLower(word), "n’t") {
		s.emit(start, i-5, Word)
		s.emit(i-5, i, Word)
		s.pos = i
		return
	}
	s.emit(start, i, Word)
	s.pos = i
	// Possessive clitic.
	if r, w := s.peek(i); isApostrophe(r) {
		if n, nw := s.peek(i + w); n == 's' || n == 'S' {
			if a, _ := s.peek(i + w + nw); !isLetter(a) {
				s.emit(i, i+w+nw, Word)
				s.pos = i + w + nw
			}
		}
	}
}

// number scans 250, 3.5, 1,000,000, 102nd, 09:30 and 14/05/2021.
func (s *scanner) number() {
	start := s.pos
	i := s.pos
	for i < len(s.text) {
		c := s.text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == ':' || c == '/') && i+1 < len(s.text) && s.text[i+1] >= '0' && s.text[i+1] <= '9' {
			i += 2
			continue
		}
		break
	}
	// Ordinals and units written solid: 102nd, 5km.
	for i < len(s.text) {
		r, w := s.peek(i)
		if !isLetter(r) {
			break
		}
		i += w
	}
	s.emit(start, i, Number)
	s.pos = i
}

func (s *scanner) punct(r rune, w int) {
	start := s.pos
	end := start + w
	kind := Punct
	switch r {
	case '"', '“', '”', '‘', '’', '«', '»', '`':
		kind = Quote
	case '\'':
		kind = Quote
	case '(', '[', '{':
		kind = Open
	case ')', ']', '}':
		kind = Close
	case '.', '-':
		for end < len(s.text) && s.text[end] == byte(r) {
			end++
		}
	}
	s.emit(start, end, kind)
	s.pos = end
}
