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
// places are the places of the article (see Place; Country "" for an unresolved one), ms its
// mentions from Find, which Yield reuses for its result.
func Yield(doc *text.Doc, ms []Mention, places []Place) ([]Mention, int) {
	n := 0
	out := ms[:0]
	for _, m := range ms {
		p := placeOver(&m, places)
		switch {
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
	return out, n
}

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
