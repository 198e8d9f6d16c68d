package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// demonymStems returns the place names a capitalised word may be the demonym or adjective of,
// by the English endings of such words: "Gazan" (Gaza), "Bostonian" (Boston), "Chicagoan"
// (Chicago), "Brooklynite" (Brooklyn), "Londoner" (London), "Taiwanese" (Taiwan), a plural
// too ("Gazans"). Each stem is a guess; the caller checks it names a place.
func demonymStems(w string) []string {
	w = strings.TrimSuffix(w, "s")
	var out []string
	for _, suffix := range [...]string{"ian", "an", "ite", "er", "ese", "i", "n"} {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		if suffix == "n" && !strings.HasSuffix(stem, "a") {
			continue // only "Gaza-n", "Samaria-n": an "-an" of a name ending in "a"
		}
		out = append(out, stem)
	}
	return out
}

// demonymOfKnownPlace reports whether w, a word the gazetteer does not know, is the demonym
// of a place it knows of some size ("the Gazan city of Rafah"): such a word is no unknown
// place of its own.
func (r *Resolver) demonymOfKnownPlace(w string) bool {
	for _, stem := range demonymStems(w) {
		if cands := r.gaz.Lookup(stem); len(cands) > 0 && bigEnough(cands[0]) {
			return true
		}
	}
	return false
}

// placeDemonym appends to out, for the capitalised word at token i, a demonym mention of the
// place the article names elsewhere that the word is the demonym or adjective of ("Gaza" ...
// "the southern Gazan city"), resolved as that mention. A word the gazetteer knows is a place
// of its own and is left alone.
func (r *Resolver) placeDemonym(doc *text.Doc, si, i int, byText map[string]*Mention, out []Mention) []Mention {
	t := &doc.Tokens[i]
	if t.Kind != text.Word || !t.Cap || peopleWord(t) || len(r.gaz.Lookup(t.Text)) > 0 {
		return out // "Gazans" are people, no mention of Gaza
	}
	for _, stem := range demonymStems(t.Text) {
		same := byText[stem]
		if same == nil || same.Place == nil {
			continue
		}
		m := Mention{Tok: i, TokEnd: i + 1, Start: t.Start, End: t.End, Sentence: si, Text: t.Text, Kind: KindDemonym,
			Candidates: []*gazetteer.Place{same.Place}, Place: same.Place, Country: same.Country}
		m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
		return append(out, m)
	}
	return out
}

// hyphenDemonyms appends to out a demonym mention of the country for each part of the
// hyphenated word at token i that is a country's adjective or demonym, when every
// capitalised part is one: "a German-Iraqi boy", "Turkish-Russian relations",
// "Kurdish-led" (a lower-case part modifies it). Not "Anglo-Saxon" nor "Afro-Cuban": a part
// that is no country's adjective leaves the word alone.
func (r *Resolver) hyphenDemonyms(doc *text.Doc, si, i int, words CountryWords, out []Mention) []Mention {
	t := &doc.Tokens[i]
	if strings.IndexByte(t.Text, '-') <= 0 {
		return out
	}
	// Each part is read as a word of its own: a one-token document over the same text.
	part := text.Doc{Text: doc.Text, Tokens: make([]text.Token, 1)}
	n := len(out)
	for start := t.Start; start < t.End; {
		stop := start + strings.IndexByte(doc.Text[start:t.End]+"-", '-')
		w := doc.Text[start:stop]
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			part.Tokens[0] = text.Token{Start: start, End: stop, Text: w, Lower: strings.ToLower(w), Lemma: strings.ToLower(w), Kind: text.Word, Cap: true}
			_, iso, adj, ok := words(&part, 0, 1)
			c := r.gaz.Country(iso)
			if !ok || !adj || c == nil {
				return out[:n]
			}
			m := Mention{Tok: i, TokEnd: i + 1, Start: start, End: stop, Sentence: si, Text: w, Kind: KindDemonym,
				Candidates: []*gazetteer.Place{c}, Place: c, Country: true, Lat: c.Lat, Lon: c.Lon}
			out = append(out, m)
		}
		start = stop + 1
	}
	return out
}
