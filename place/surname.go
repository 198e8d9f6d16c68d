package place

import (
	"slices"
	"strings"

	"github.com/annals-org/annals/text"
)

// surnames returns the words an article uses as the second of a person's names: a
// capitalised word right after another capitalised name word of the same sentence, where the
// two make no place name of the gazetteer, the second ends no six place names of it
// (placeSuffix), the first is no direction ("Northern Syria") and
// the second names no country, region or town of 100,000 people ("Tom Steele": Steele). Once
// so used, the word alone is the person, not a town of that name ("Steele said", "said
// Steele"), unless a locative preposition or a place noun makes it a place. Linear: each pair
// of neighbouring tokens is looked at once.
func (r *Resolver) surnames(doc *text.Doc) map[string]bool {
	var out map[string]bool
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for j := s.First + 1; j < end; j++ {
			x, w := &doc.Tokens[j-1], &doc.Tokens[j]
			first := nameToken(x) || initials(x.Text) || particles[x.Lower] // "P.J. Crowley", "van Sebille"
			if !first || !nameToken(w) || slices.Contains(directionPrefixes, x.Lower) || notPlaceNames[x.Lower] {
				continue
			}
			if out[w.Text] || r.placeSuffix(w.Text) {
				continue // known, or "Gandhi Nagar", "Carson City": a place name the gazetteer lacks
			}
			cands := r.gaz.Lookup(w.Text)
			if len(cands) == 0 || cands[0].Class != "P" || cands[0].Feature == "PPLC" || cands[0].Population >= 100000 {
				continue
			}
			pair := [2]string{x.Text, w.Text}
			if n, _ := r.gaz.LookupTokens(pair[:]); n == 2 {
				continue
			}
			if out == nil {
				out = make(map[string]bool)
			}
			out[w.Text] = true
		}
	}
	return out
}

// nameToken reports whether t is a capitalised proper word, as a person's names are.
func nameToken(t *text.Token) bool {
	return t.Kind == text.Word && t.Cap && t.Tag.IsProper() && !strings.ContainsRune(t.Text, '.')
}

// particles stand before surnames: "Erik van Sebille".
var particles = map[string]bool{"van": true, "von": true, "der": true}

// initials reports whether w is a person's initials with points: "P.J.", "J."
func initials(w string) bool {
	if len(w) < 2 || !strings.HasSuffix(w, ".") {
		return false
	}
	for _, r := range w {
		if r != '.' && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// placeSuffix reports whether w ends six or more place names of several words in the
// gazetteer ("Nagar", "City", "Springs", "Beach"): then a name ending in it is more likely a
// place the gazetteer lacks than a person. Names after a saint's or a feature's prefix ("St.
// Thomas", "Mount Peter", "Port Elizabeth") do not count: those are persons' names. The
// counts are made once, on first use.
func (r *Resolver) placeSuffix(w string) bool {
	r.suffixOnce.Do(func() {
		count := map[string]int{}
		for _, p := range r.gaz.Places() {
			words := strings.Fields(p.Name)
			if n := len(words); n > 1 && !saintPrefixes[strings.ToLower(words[n-2])] {
				count[words[n-1]]++
			}
		}
		r.suffixes = make(map[string]bool)
		for k, n := range count {
			if n >= 6 {
				r.suffixes[k] = true
			}
		}
	})
	return r.suffixes[w]
}

// saintPrefixes make place names of persons' names: "St. Thomas", "San Jose", "Fort George".
var saintPrefixes = map[string]bool{"st": true, "st.": true, "saint": true, "sainte": true, "san": true, "santa": true,
	"são": true, "sao": true, "mount": true, "mont": true, "port": true, "fort": true, "lake": true, "cape": true}
