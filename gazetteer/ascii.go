package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ASCII folds the Latin letters of s to ASCII, keeping their case and everything else
// ("Ağdam" → "Agdam", "Île-de-France" → "Ile-de-France"). Letters of other scripts are kept.
func ASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		lr := unicode.ToLower(r)
		f, ok := foldTable[lr]
		if !ok {
			f, ok = foldTable[r]
		}
		if !ok {
			b.WriteRune(r)
			continue
		}
		if f != "" && lr != r {
			// Upper case: capitalise the first letter of the folding ("Æ" → "Ae").
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		b.WriteString(f)
	}
	return b.String()
}
