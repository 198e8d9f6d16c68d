package actor

import "github.com/annals-org/annals/text"

// Yield gives back to the place stage the country words that are part of, or are, places of
// another kind, and reports how many mentions it changed. A country is never taken from such
// a word:
//
//   - a country word inside a longer place name ("Jersey" of "New Jersey", "Island" of
//     "Staten Island", "British" of "British Columbia") is that place: the mention takes its
//     span and the country the place lies in, or is dropped when the place is unresolved;
//   - a country or capital name that the place stage resolved to a region or town of another
//     country that the article names elsewhere too ("Georgia" in "Atlanta, Georgia";
//     "Tripoli" in a story about Lebanon) takes that country. Without other evidence of
//     that country the resolution is a guess, and the country word keeps its own.
//
// A leader's surname alone after a locative preposition that the place stage resolved as a
// place or that stands in an address ("fighting in Lagos", "a station in Elizabeth, N.J.")
// is that place and no person, and so are the article's other uses of the word.
//
// It also settles the people Find read from the shape of their names alone (Unlisted): a name
// the place stage read as a place's, or in a place's address, is dropped; so is one nothing in
// the article shows to be a person's (see unconfirmed); the others become persons.
//
// places are the places of the article (see Place; Country "" for an unresolved one), ms its
// mentions from Find, which Yield reuses for its result.
func Yield(doc *text.Doc, ms []Mention, places []Place) ([]Mention, int) {
	n := 0
	out := ms[:0]
	towns := placeSurnames(doc, ms, places)
	for _, m := range ms {
		p := placeOver(&m, places)
		switch {
		case len(towns) > 0 && m.Head == KPerson && m.TokEnd-m.Tok == 1 && towns[doc.Tokens[m.Tok].Lower]:
			// "in Lagos": the city, not a leader of that surname; "in Elizabeth, N.J." and
			// then "next to Elizabeth": the town both times (placeSurnames holds every lone
			// surname the place stage resolved, so this case takes them all).
			n++
			continue
		case m.Unlisted && (placeTouching(&m, places) || inAddress(doc, &m, places)):
			n++
			continue // a place's name: "Al Bayda", "Port Louis", "(Wadi Sira, Lahij)"
		case m.Unlisted:
			releaseUnlisted(&m)
		case p == nil || !isCountryWord(m.Head):
		case p.Tok < m.Tok || p.TokEnd > m.TokEnd:
			n++
			if p.Country == "" {
				continue // an unresolved place names no country
			}
			m.Tok, m.TokEnd = p.Tok, p.TokEnd
			m.Start, m.End = doc.Tokens[m.Tok].Start, doc.Tokens[m.TokEnd-1].End
			m.Head, m.Code, m.Country, m.Role = KName, p.Country, p.Country, ""
			if m.Tok > 0 && (locatives[doc.Tokens[m.Tok-1].Lower] || doc.Tokens[m.Tok-1].Text == ",") {
				// "in New Jersey", "Guanare, Portuguesa state": where, not who, as Find
				// reads a country name after "in".
				m.Locative = true
			}
		case !p.State && p.Country != "" && p.Country != m.Country && supported(p, ms, places):
			n++
			m.setCountry(p.Country)
		}
		out = append(out, m)
	}
	return unconfirmed(doc, out, &n), n
}

// unconfirmed drops the unlisted names that nothing shows to be people's, adding each to *n.
// Notes and reports name villages, fronts and groups the dictionaries lack ("Deir Balot",
// "Ajnad Sharqiya") as two capitalised words too; a person is shown by the article's later
// use of the surname alone ("Tova Noel ... Noel said"), by a verb of speech next to the name
// ("Tova Noel said", "said Tova Noel") or by an age in apposition ("Tova Noel, 31,").
func unconfirmed(doc *text.Doc, ms []Mention, n *int) []Mention {
	var people map[string]bool
	for i := range ms {
		m := &ms[i]
		if !m.Unlisted {
			continue
		}
		if people == nil {
			people = map[string]bool{}
		}
		if m.TokEnd-m.Tok == 1 || spoken(doc, m) || aged(doc, m) {
			people[doc.Tokens[m.TokEnd-1].Lower] = true
		}
	}
	if people == nil {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Unlisted && !people[doc.Tokens[m.TokEnd-1].Lower] {
			*n++
			continue
		}
		out = append(out, m)
	}
	return out
}

// spoken reports whether a verb of speech stands right before mention m ("said Jane Doe") or
// after it, past auxiliaries and adverbs ("Jane Doe has repeatedly said").
func spoken(doc *text.Doc, m *Mention) bool {
	toks := doc.Tokens
	if m.Tok > 0 && speechVerbs[toks[m.Tok-1].Lemma] && toks[m.Tok-1].Tag.IsVerb() {
		return true
	}
	for j := m.TokEnd; j < len(toks) && j <= m.TokEnd+3; j++ {
		t := &toks[j]
		if t.Tag.IsVerb() && speechVerbs[t.Lemma] {
			return true
		}
		if !t.Tag.IsAdverb() && t.Tag != "MD" && t.Lemma != "have" {
			return false
		}
	}
	return false
}

// aged reports whether an age stands in apposition after mention m: "Jane Doe, 31,".
func aged(doc *text.Doc, m *Mention) bool {
	toks := doc.Tokens
	j := m.TokEnd
	return j+2 < len(toks) && toks[j].Text == "," && toks[j+1].Tag == "CD" && (toks[j+2].Text == "," || toks[j+2].Kind != text.Word)
}

// speechVerbs are the verbs that report what a person said.
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "testify": true, "write": true, "explain": true,
	"recall": true, "admit": true, "deny": true, "insist": true, "warn": true, "claim": true, "note": true, "ask": true}

// placeOver returns the place whose tokens hold all of m's, or nil.
func placeOver(m *Mention, places []Place) *Place {
	for i := range places {
		p := &places[i]
		if p.Sentence == m.Sentence && p.Tok <= m.Tok && p.TokEnd >= m.TokEnd {
			return p
		}
	}
	return nil
}

// placeTouching reports whether any place shares a token with m.
func placeTouching(m *Mention, places []Place) bool {
	for i := range places {
		p := &places[i]
		if p.Sentence == m.Sentence && p.Tok < m.TokEnd && p.TokEnd > m.Tok {
			return true
		}
	}
	return false
}

// inAddress reports whether mention m stands in a place's address: in parentheses, or
// joined by a comma to a place the place stage found ("Wadi Sira, Lahij", "Kayes, Kayes
// Commune").
func inAddress(doc *text.Doc, m *Mention, places []Place) bool {
	toks := doc.Tokens
	if m.Tok > 0 && toks[m.Tok-1].Text == "(" {
		return true
	}
	for i := range places {
		p := &places[i]
		if p.Sentence != m.Sentence {
			continue
		}
		if p.Tok == m.TokEnd+1 && toks[m.TokEnd].Text == "," || p.TokEnd == m.Tok-1 && toks[p.TokEnd].Text == "," {
			return true
		}
	}
	return false
}

// supported reports whether the article names p's country somewhere other than at p: in
// another place or an actor mention.
func supported(p *Place, ms []Mention, places []Place) bool {
	for i := range places {
		if o := &places[i]; o.Country == p.Country && (o.Sentence != p.Sentence || o.Tok != p.Tok) {
			return true
		}
	}
	for i := range ms {
		if m := &ms[i]; m.Country == p.Country && (m.Sentence != p.Sentence || m.Tok != p.Tok) {
			return true
		}
	}
	return false
}

// OwnPlaces returns the places that are not part of an actor mention's words: the place
// stage may list "London" of "London police" or "South" of "South Korean officials" as a
// place of its own, but the actor stage has already read those words, and a second reading
// would count them twice as evidence of the article's countries, or as another country.
// A place that holds a mention ("New Jersey" holding "Jersey") or is its very words stays.
func OwnPlaces(ms []Mention, places []Place) []Place {
	bySentence := make(map[int][]int, len(ms))
	for i := range ms {
		bySentence[ms[i].Sentence] = append(bySentence[ms[i].Sentence], i)
	}
	out := make([]Place, 0, len(places))
	for _, p := range places {
		inside := false
		for _, i := range bySentence[p.Sentence] {
			m := &ms[i]
			if p.Tok >= m.Tok && p.TokEnd <= m.TokEnd && (p.Tok > m.Tok || p.TokEnd < m.TokEnd) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, p)
		}
	}
	return out
}

// placeSurnames returns the words that the article uses as a leader's surname alone after a
// preposition of place where the place stage resolved a place or in an address ("in
// Elizabeth, N.J."): the article's other mentions of the word are the place too.
func placeSurnames(doc *text.Doc, ms []Mention, places []Place) map[string]bool {
	var words map[string]bool
	for i := range ms {
		m := &ms[i]
		if !lone(doc, m) {
			continue
		}
		if p := placeOver(m, places); p != nil && p.Tok == m.Tok || inAddress(doc, m, places) {
			if words == nil {
				words = map[string]bool{}
			}
			words[doc.Tokens[m.Tok].Lower] = true
		}
	}
	return words
}

// lone reports whether m is a leader's surname alone after a preposition of place: "in
// Lagos" ("of" and "from" take persons as readily: "a letter from Obama").
func lone(doc *text.Doc, m *Mention) bool {
	return m.Head == KPerson && m.TokEnd-m.Tok == 1 && m.Tok > 0 && placeOnly[doc.Tokens[m.Tok-1].Lower]
}

var placeOnly = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "throughout": true, "around": true}
