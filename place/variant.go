package place

import "strings"

// spellingVariants returns other romanisations of a name the gazetteer does not know, one
// change each: a final "h" after a vowel added or dropped ("Adhamiya", "Adhamiyah"), "y" and
// "i" exchanged ("Ranya", "Rania"), "ai" and "ay" ("Ain", "Ayn"), a final "eh" and "ah"
// ("Hasakeh", "Hasakah"), "o" and "u" ("Urozgan", "Uruzgan"), "ou" and "oo" for "u", "ee" for
// "i", "q" and "k" exchanged, and a doubled letter single or a single one doubled after a vowel. News spells
// the same Arabic, Persian or African name in all of these ways.
func spellingVariants(name string) []string {
	s := strings.ToLower(name)
	v := variantWriter{s: s, buf: make([]byte, 0, 512)}
	if n := len(s); n > 0 && isVowel(s[n-1]) {
		v.add(s, "h", "")
	}
	if n := len(s); n > 1 && s[n-1] == 'h' && isVowel(s[n-2]) {
		v.add(s[:n-1], "", "")
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'o':
			v.add(s[:i], "u", s[i+1:]) // "Urozgan", "Uruzgan"
		case 'u':
			if i == 0 || s[i-1] != 'o' {
				v.add(s[:i], "o", s[i+1:])
			}
		case 'y':
			v.add(s[:i], "i", s[i+1:])
		case 'i':
			if i > 0 && i+1 < len(s) && isVowel(s[i+1]) {
				v.add(s[:i], "y", s[i+1:])
			}
		case 'q':
			v.add(s[:i], "k", s[i+1:])
		case 'k':
			v.add(s[:i], "q", s[i+1:])
		}
		if i+1 < len(s) {
			switch s[i : i+2] {
			case "ou", "oo":
				v.add(s[:i], "u", s[i+2:])
			case "ee":
				v.add(s[:i], "i", s[i+2:])
			case "eh":
				if i+2 == len(s) || s[i+2] == ' ' || s[i+2] == '-' {
					v.add(s[:i], "ah", s[i+2:]) // "Hasakeh", "Hasakah"
				}
			case "ah":
				if i+2 == len(s) || s[i+2] == ' ' || s[i+2] == '-' {
					v.add(s[:i], "eh", s[i+2:])
				}
			case "ai":
				v.add(s[:i], "ay", s[i+2:]) // "Ras al-Ain", "Ra's al 'Ayn"
			case "ay":
				v.add(s[:i], "ai", s[i+2:])
			}
			if s[i] == s[i+1] && !isVowel(s[i]) {
				v.add(s[:i], s[i+1:], "")
			}
		}
		// An unstressed "a" between consonants written or left out ("Mahabubnagar",
		// "Mahbubnagar"; "Samwah", "Samawah"), in longer names only; "qu" before a vowel for "q"
		// ("Quamishli", "Qamishli").
		if len(s) >= 7 && i > 0 && i+1 < len(s) && s[i] == 'a' && s[i-1] >= 'a' && s[i-1] <= 'z' && !isVowel(s[i-1]) && consonant(s[i+1]) {
			v.add(s[:i], s[i+1:], "")
		}
		if len(s) >= 6 && i > 0 && i+1 < len(s) && consonant(s[i]) && consonant(s[i+1]) && s[i] != s[i+1] && isVowel(s[i-1]) {
			v.add(s[:i+1], "a", s[i+1:])
		}
		if i+2 < len(s) && s[i] == 'q' && s[i+1] == 'u' && isVowel(s[i+2]) {
			v.add(s[:i+1], s[i+2:], "")
		}
		if i > 0 && isVowel(s[i-1]) && !isVowel(s[i]) && s[i] >= 'a' && s[i] <= 'z' && (i+1 == len(s) || s[i+1] != s[i]) && i+1 < len(s) {
			v.add(s[:i], s[i:i+1], s[i:])
		}
	}
	return v.strings()
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// consonant reports whether c is a Latin consonant other than "h" and "y", which mark long
// vowels and digraphs in romanised names.
func consonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'h' && c != 'y'
}

// variantWriter collects the variants of s in one buffer, so that they cost one string
// between them rather than one each.
type variantWriter struct {
	s    string
	buf  []byte
	ends []int
}

// add adds the variant a+b+c, unless it is s itself or shorter than four bytes.
func (v *variantWriter) add(a, b, c string) {
	start := len(v.buf)
	v.buf = append(append(append(v.buf, a...), b...), c...)
	if w := v.buf[start:]; len(w) < 4 || string(w) == v.s {
		v.buf = v.buf[:start]
		return
	}
	v.ends = append(v.ends, len(v.buf))
}

// strings returns the variants added, in order.
func (v *variantWriter) strings() []string {
	if len(v.ends) == 0 {
		return nil
	}
	all := string(v.buf)
	out := make([]string, len(v.ends))
	start := 0
	for i, end := range v.ends {
		out[i] = all[start:end]
		start = end
	}
	return out
}
