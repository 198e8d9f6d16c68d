package text

import "strings"

// VerbLemma returns the infinitive of a verb form given in lower case ("tortured" ->
// "torture"), whatever the word's tag in context.
func (lx *Lexicon) VerbLemma(w string) string { return lx.verbLemma(w) }

// verbLemma returns the infinitive of an inflected verb form (lower case).
func (lx *Lexicon) verbLemma(w string) string {
	// A hyphenated verb inflects on its last part: "test-fired" is "test-fire", "re-arrests"
	// is "re-arrest".
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		return w[:i+1] + lx.verbLemma(w[i+1:])
	}
	if l, ok := auxLemmas[w]; ok {
		return l
	}
	if l, ok := lx.past[w]; ok {
		return l
	}
	isVB := func(s string) bool { return lx.has(s, func(t Tag) bool { return t == "VB" || t == "VBP" }) }
	if isVB(w) {
		return w
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ed") && n > 3:
		return stem(w[:n-2], isVB)
	case strings.HasSuffix(w, "ing") && n > 4:
		return stem(w[:n-3], isVB)
	case strings.HasSuffix(w, "es") && n > 3:
		if b := w[:n-2]; isVB(b) {
			return b
		}
		return w[:n-1]
	case strings.HasSuffix(w, "s") && n > 2 && !strings.HasSuffix(w, "ss"):
		return w[:n-1]
	}
	return w
}

// stem restores the base of a verb whose -ed or -ing ending was cut: "advanc" -> "advance",
// "stopp" -> "stop", "breach" -> "breach".
func stem(b string, isVB func(string) bool) string {
	// A single consonant after a single vowel would have been doubled had the verb ended
	// there ("rap" -> "rapped"), so "raped" is "rape", "hoped" is "hope".
	if cvc(b) && isVB(b+"e") {
		return b + "e"
	}
	if isVB(b) {
		return b
	}
	if isVB(b + "e") {
		return b + "e"
	}
	// A prefixed verb the lexicon lacks inflects as the verb after the prefix: "rerouted" is
	// "re" + "route", "misquoted" "mis" + "quote".
	for _, p := range verbPrefixes {
		if len(b) >= len(p)+3 && strings.HasPrefix(b, p) {
			if l := stem(b[len(p):], isVB); isVB(l) {
				return p + l
			}
		}
	}
	n := len(b)
	if n > 2 && b[n-1] == b[n-2] {
		if isVB(b[:n-1]) {
			return b[:n-1]
		}
		// No verb doubles an s or an f, and few a z, before -ed: "depressed" is "depress",
		// "stuffed" is "stuff", "buzzed" is "buzz".
		if c := b[n-1]; c == 's' || c == 'f' || c == 'z' {
			return b
		}
		return b[:n-1]
	}
	if silentE(b) {
		return b + "e"
	}
	if n > 1 && !strings.ContainsRune("aeiouwxy", rune(b[n-1])) && isVowel(b[n-2]) && n <= 4 {
		return b + "e"
	}
	return b
}

// silentE reports whether the base of a verb the lexicon does not know, cut before -ed or
// -ing, must have ended in a silent e: English words end in those letters only before an e.
// "vandalis" and "vandaliz" are "vandalise" and "vandalize", "paralys" is "paralyse",
// "incarcerat" "incarcerate", "exclud" "exclude", "depriv" "deprive", "coerc" "coerce",
// "dislodg" "dislodge", "dismantl" "dismantle", "argu" "argue", "collaps" "collapse",
// "centr" "centre". A vowel pair before the last consonant keeps the word as it is
// ("defeat", "raid", "pour"), and so do the unstressed endings that do not double their
// consonant ("visit", "target", "abandon", "offer", "develop", "travel").
func silentE(b string) bool {
	n := len(b)
	if n < 3 {
		return false
	}
	last, mid, before := b[n-1], b[n-2], b[n-3]
	switch last {
	case 'v', 'c', 'u', 's':
		return true
	case 'e':
		return !isVowel(mid) && mid != 'y' // "decre", "guarante"; not "agree" or "dye"
	case 'z':
		return isVowel(mid) || mid == 'y' // "-ize", "-yze", "glaze"; not "waltz"
	case 'g':
		return mid != 'n' // "dislodge", "emerge", "ravage"; "-ng" is either ("banged", "plunged")
	case 'l':
		if !isVowel(mid) {
			return mid != 'r' && mid != 'w' // "dismantle", "tackle"; not "curl", "howl"
		}
		return mid == 'u' && !isVowel(before) // "ridicule"; "-al", "-el", "-il" are either
	case 'r':
		if !isVowel(mid) {
			return true // "centre", "manoeuvre"
		}
	}
	if !isVowel(mid) || before == 'a' || before == 'e' || before == 'o' {
		return false
	}
	switch last {
	case 'd', 'b', 'k':
		return true // "provide", "explode", "invade", "persuade", "prescribe", "provoke"
	case 't':
		return mid == 'a' || mid == 'u' // "incarcerate", "negotiate", "execute"; not "visit"
	case 'r':
		return mid != 'e' && mid != 'o' // "aspire", "acquire", "endure", "declare"; not "offer", "monitor"
	case 'm':
		return mid != 'o' // "consume", "rename"; not "ransom"
	case 'n':
		return mid == 'i' || mid == 'u' // "combine", "commune"; not "abandon", "happen"
	case 'p':
		return mid == 'a' // "escape"; not "develop", "gossip"
	}
	return false
}

var verbPrefixes = []string{"re", "mis", "out", "over", "under", "un", "de", "dis", "pre", "co"}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// nounLemma returns the singular of a plural noun (lower case).
func (lx *Lexicon) nounLemma(w string) string {
	isNN := func(s string) bool { return lx.has(s, func(t Tag) bool { return t == "NN" }) }
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 3 && strings.HasSuffix(w, "men"):
		return w[:n-3] + "man"
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		if isNN(w[:n-1]) || !isNN(w) {
			return w[:n-1]
		}
	}
	return w
}

var auxLemmas = map[string]string{
	"is": "be", "are": "be", "was": "be", "were": "be", "am": "be", "been": "be", "being": "be", "'s": "be",
	"has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do", "doing": "do",
}

// cvc reports whether s ends in consonant, vowel, consonant, with no vowel before that
// vowel ("rap", "hop"; not "rain", "visit"'s "sit" counts but "visite" is no verb).
func cvc(s string) bool {
	n := len(s)
	if n < 3 {
		return false
	}
	return !isVowel(s[n-1]) && s[n-1] != 'w' && s[n-1] != 'x' && s[n-1] != 'y' && isVowel(s[n-2]) && !isVowel(s[n-3])
}
