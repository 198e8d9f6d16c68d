package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize returns the key form of a place name: lower case, Latin letters folded to ASCII
// ("Ağdam" → "agdam", "Śląsk" → "slask", "Straße" → "strasse"), apostrophes and dots dropped
// ("Vayk’" → "vayk", "D.C." → "dc"), and every other run of non-letters (spaces, hyphens,
// commas) turned into one space ("Nagorno-Karabakh" → "nagorno karabakh"). Letters of other
// scripts are kept, lower-cased. The result has no leading or trailing space.
func Normalize(s string) string {
	var buf [64]byte // most names fit: the string is then the one allocation
	return string(appendNormalized(buf[:0], s))
}

// AppendKey appends Normalize(s) to dst, as a caller's buffer on the stack allows without
// allocating.
func AppendKey(dst []byte, s string) []byte { return appendKey(dst, s, false) }

// appendNormalized appends the key form of s to dst. When dst is not empty and s has a word, a
// separating space is written first.
func appendNormalized(dst []byte, s string) []byte {
	// A possessive or elided ending written as its own token joins the word before it, as it
	// does in the name's key: "Anne" + "'s" is "annes" ("Queen Anne's County").
	joined := strings.HasPrefix(s, "'") || strings.HasPrefix(s, "’")
	return appendKey(dst, s, len(dst) > 0 && !joined)
}

// appendKey appends the key form of s to dst, after a space if sep and s has a word.
func appendKey(dst []byte, s string, sep bool) []byte {
	word := false // inside a word: a separator is pending only after one
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'' || c == '`' || c == '.':
				continue
			default:
				if word {
					sep, word = true, false
				}
				continue
			}
			if sep {
				dst = append(dst, ' ')
				sep = false
			}
			dst = append(dst, c)
			word = true
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if r == utf8.RuneError && w == 1 {
			if word {
				sep, word = true, false
			}
			continue
		}
		lr := unicode.ToLower(r)
		f, ok := foldTable[lr]
		if !ok {
			f, ok = foldTable[r]
		}
		if ok {
			if f == "" {
				continue
			}
			if sep {
				dst = append(dst, ' ')
				sep = false
			}
			dst = append(dst, f...)
			word = true
			continue
		}
		switch {
		case isApostrophe(r) || unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if sep {
				dst = append(dst, ' ')
				sep = false
			}
			dst = utf8.AppendRune(dst, lr)
			word = true
		default:
			if word {
				sep, word = true, false
			}
		}
	}
	return dst
}

// isApostrophe reports the apostrophe-like marks that transliterations put inside names
// (Armenian and Arabic romanisations: "Zarrit’ap’", "Ma‘arrat").
func isApostrophe(r rune) bool {
	switch r {
	case '’', '‘', 'ʼ', 'ʻ', 'ʹ', 'ʾ', 'ʿ', '´', '′', 'ˈ', '‛':
		return true
	}
	return false
}
