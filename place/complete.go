package place

import (
	"sort"
	"strings"
	"unicode"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// The kinds of place mention.
const (
	KindPlace    = "place"    // a name of a place
	KindDemonym  = "demonym"  // a country's adjective or demonym: "Sri Lankan", "Russians"
	KindDateline = "dateline" // the place a story was written, before its first words: "SPOKANE, Wash. —"
)

// CountryWords finds a country's name or adjective at token i of doc (ending before end): the
// end of the phrase, the country (ISO alpha-3), and whether it is an adjective or demonym.
// actor.Finder.CountryWord gives one.
type CountryWords func(doc *text.Doc, i, end int) (stop int, iso3 string, adjective bool, ok bool)

// Complete adds to res, for a listing of every place the article names (annals places and
// its evaluation), the mentions the coder leaves out because they play another part: a
// country or capital used as an actor ("Russia could oversee the vote", "Ankara denied it"),
// resolved as the article's other mentions of that name are, or as the actor's country; and
// the adjectives and demonyms of countries, as mentions of the country with Kind
// KindDemonym ("Sri Lankan officials", "a German-Iraqi boy"; not the people, "two
// Russians": peopleWord); places in
// hyphenated words ("Beijing-based", "mid-Ohio"); and countries and regions inside longer names
// or after any preposition (areaNames: "Nevada A&M", "with Wales"); the town a court is named
// after (courtSeats: "Litchfield Superior Court"); and a sentence's first word naming a place
// the article names elsewhere (namedAgain). Events are located without them.
func (r *Resolver) Complete(doc *text.Doc, actors []actor.Mention, res *Result, words CountryWords) {
	taken := make([]bool, len(doc.Tokens))
	byText := make(map[string]*Mention)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		for t := m.Tok; t < m.TokEnd && t < len(taken); t++ {
			taken[t] = true
		}
		if m.Place != nil && byText[m.Text] == nil {
			byText[m.Text] = m
		}
	}
	free := func(from, to int) bool {
		for t := from; t < to; t++ {
			if taken[t] {
				return false
			}
		}
		return true
	}
	var added []Mention
	for i := range actors {
		a := &actors[i]
		if a.Head != actor.KName && a.Head != actor.KCapital || !free(a.Tok, a.TokEnd) ||
			r.endsLongerName(doc, &doc.Sentences[a.Sentence], a.Tok, a.TokEnd) || dollarSign(doc, a.Tok, a.TokEnd) || namesOther(doc, a.TokEnd) {
			continue
		}
		m, ok := r.fromActor(doc, a.Sentence, a)
		if !ok {
			continue
		}
		m.Kind, m.Place = KindPlace, m.Candidates[0]
		if same := byText[m.Text]; same != nil {
			m.Place = same.Place
		}
		m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
		added = append(added, m)
		if byText[m.Text] == nil {
			byText[m.Text] = &added[len(added)-1]
		}
		for t := a.Tok; t < a.TokEnd; t++ {
			taken[t] = true
		}
	}
	added = r.countryWords(doc, taken, byText, words, added)
	for i := range added {
		for t := added[i].Tok; t < added[i].TokEnd; t++ {
			taken[t] = true
		}
	}
	added = r.areaNames(doc, actors, taken, byText, res, added)
	for i := range added {
		for t := added[i].Tok; t < added[i].TokEnd; t++ {
			taken[t] = true
		}
	}
	added = r.courtSeats(doc, actors, taken, byText, res, added)
	added = r.namedAgain(doc, actors, taken, byText, added)
	if len(added) == 0 {
		return
	}
	res.Mentions = append(res.Mentions, added...)
	sort.SliceStable(res.Mentions, func(i, j int) bool { return res.Mentions[i].Start < res.Mentions[j].Start })
}

// namedAgain appends to out each sentence's first word, not yet taken, that names as written a
// place the article resolved elsewhere ("rain fell on Esperance ... Esperance recorded 45 mm"):
// recognition wants a preposition for a small town's name first in a sentence, weak evidence
// alone, but a name keeps one sense in an article. Not the first word of a longer capitalised
// name, nor a person's name (an actor, a surname, a word the article writes after a given
// name), nor a currency ("US$5").
func (r *Resolver) namedAgain(doc *text.Doc, actors []actor.Mention, taken []bool, byText map[string]*Mention, out []Mention) []Mention {
	var persons map[string]bool
	personsFound := false
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		i := s.First
		if len(s.Tokens) < 2 || taken[i] {
			continue
		}
		t, next := &doc.Tokens[i], &doc.Tokens[i+1]
		if !t.Cap || t.Kind != text.Word || next.Cap && next.Kind == text.Word {
			continue
		}
		same := byText[t.Text]
		if same == nil || same.Place == nil || same.TokEnd-same.Tok != 1 || personAt(actors, i) ||
			dollarSign(doc, i, i+1) || secondWordOfName(doc, t.Text) {
			continue
		}
		if !personsFound {
			persons, personsFound = r.surnames(doc), true
		}
		if persons[t.Text] {
			continue
		}
		m := Mention{Tok: i, TokEnd: i + 1, Start: t.Start, End: t.End, Sentence: si, Text: t.Text, Kind: KindPlace,
			Candidates: same.Candidates, Place: same.Place, Country: same.Country, Lat: same.Place.Lat, Lon: same.Place.Lon}
		out = append(out, m)
		taken[i] = true
	}
	return out
}

// secondWordOfName reports whether the article writes w after another capitalised word inside
// a sentence, as a person's surname after a given name ("Anna Ayala ... Ayala said"): the
// word alone first in a sentence is then more likely the person.
func secondWordOfName(doc *text.Doc, w string) bool {
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		for j := s.First + 2; j < s.First+len(s.Tokens); j++ {
			if prev := &doc.Tokens[j-1]; doc.Tokens[j].Text == w && prev.Cap && prev.Kind == text.Word {
				return true
			}
		}
	}
	return false
}

// personAt reports whether an actor mention of a person covers token i.
func personAt(actors []actor.Mention, i int) bool {
	for k := range actors {
		if a := &actors[k]; a.Person && a.Tok <= i && i < a.TokEnd {
			return true
		}
	}
	return false
}

// countryWords appends to out a mention of the country for every country adjective or
// demonym on tokens not yet taken, and for every country name there that an actor phrase took
// ("US health officials", "Queensland Premier" is found by the gazetteer): the article's other
// mentions of the name say which place it is, else the country.
func (r *Resolver) countryWords(doc *text.Doc, taken []bool, byText map[string]*Mention, words CountryWords, out []Mention) []Mention {
	if words == nil {
		return out
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			if taken[i] {
				continue
			}
			if !doc.Tokens[i].Cap {
				if innerCapital(doc.Tokens[i].Text) {
					out = r.hyphenParts(doc, si, i, taken, byText, out) // "mid-Ohio", "made-in-China"
				}
				continue
			}
			stop, iso, adj, ok := words(doc, i, end)
			c := r.gaz.Country(iso)
			if !ok || c == nil {
				n := len(out)
				if out = r.hyphenParts(doc, si, i, taken, byText, out); len(out) == n {
					out = r.hyphenDemonyms(doc, si, i, words, out) // "a German-Iraqi boy"
				}
				if len(out) == n {
					out = r.placeDemonym(doc, si, i, byText, out) // "the Gazan city"
				}
				continue
			}
			if !adj && (r.endsLongerName(doc, s, i, stop) || dollarSign(doc, i, stop) || namesOther(doc, stop)) {
				continue // "Waiheke Island": no Iceland; "US$5": a currency; "China Daily": a newspaper
			}
			if adj && peopleWord(&doc.Tokens[stop-1]) {
				i = stop - 1
				continue
			}
			blocked := false
			for t := i; t < stop; t++ {
				blocked = blocked || taken[t]
			}
			if blocked {
				continue
			}
			m := Mention{Tok: i, TokEnd: stop, Start: doc.Tokens[i].Start, End: doc.Tokens[stop-1].End, Sentence: si,
				Kind: KindDemonym, Place: c, Candidates: []*gazetteer.Place{c}, Country: true}
			m.Text = doc.Text[m.Start:m.End]
			if !adj {
				m.Kind = KindPlace
				if same := byText[m.Text]; same != nil {
					m.Place, m.Country = same.Place, same.Country
				}
			}
			m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
			out = append(out, m)
			i = stop - 1
		}
	}
	return out
}

// hyphenParts appends to out the places named by the capitalised parts of a hyphenated word
// ("Beijing-based", "Russia-Turkey ties", "a Canada-wide warrant", "the Canada-EU deal", "the
// Beijing-Shanghai line"): a
// part that is no common word and names a country, a region or a town of some size
// (bigEnough), resolved as the article's other mentions of the name, else as the gazetteer
// ranks it; a first part that ends a longer name begun before it names that place whole ("a
// New York-based squad", hyphenNameStart).
func (r *Resolver) hyphenParts(doc *text.Doc, si, i int, taken []bool, byText map[string]*Mention, out []Mention) []Mention {
	t := &doc.Tokens[i]
	if strings.IndexByte(t.Text, '-') <= 0 {
		return out
	}
	// The word must be a place and a modifier ("Beijing-based", "mid-Ohio") or join places
	// only, one of them a country or region ("Russia-Turkey") or all major cities ("the
	// Kyiv-Kharkiv highway"): not a person's double name ("Cook-Redfern") nor an agency's
	// ("France-Presse").
	parts := strings.Split(t.Text, "-")
	found := make([][]*gazetteer.Place, len(parts))
	lower, allPlaces, area, cities := false, true, false, true
	first, named := r.hyphenNameStart(doc, si, i, taken, parts[0])
	for k, part := range parts {
		if part == "" || !unicode.IsUpper([]rune(part)[0]) {
			lower = true
			continue
		}
		if k == 0 && first < i {
			// The words before end the name with this part ("New York-based"), or begin a
			// name the gazetteer lacks ("Sao Tomé-based"): this part alone names nothing.
			if named == nil {
				allPlaces = false
				continue
			}
			found[k] = named
			area = area || wholeArea(named[0])
			continue
		}
		if same := byText[part]; same != nil && same.Place != nil {
			found[k] = []*gazetteer.Place{same.Place} // named elsewhere: "Turkey", though a common word
			area = area || wholeArea(same.Place)
			continue
		}
		n, cands := r.gaz.LookupTokens([]string{part})
		if n != 1 || len(cands) == 0 || !bigEnough(cands[0]) || r.commonWord(strings.ToLower(part)) || notPlaceNames[strings.ToLower(part)] {
			// A bloc's or an organisation's initials join it to a country as another
			// country would ("the Canada-EU deal", "Russia-NATO talks").
			allPlaces = allPlaces && orgInitials(part)
			continue
		}
		found[k] = cands
		area = area || wholeArea(cands[0])
		cities = cities && majorCity(cands[0])
	}
	for k := range found {
		cities = cities && found[k] != nil
	}
	if !lower && !(allPlaces && (area || cities)) {
		return out
	}
	off := 0
	for k, part := range parts {
		start, tok := t.Start+off, i
		off += len(part) + 1
		if k == 0 {
			start, tok = doc.Tokens[first].Start, first
		}
		cands := found[k]
		if cands == nil || !t.Cap && cands[0].Class != "A" && !majorCity(cands[0]) {
			// After a prefix an ocean names a region or an idea ("mid-Atlantic states",
			// "euro-Atlantic ties"), and a small town's name more likely a person's ("a
			// pro-Morales march"): a country, a region or a major city only.
			continue
		}
		end := t.Start + off - 1
		m := Mention{Tok: tok, TokEnd: i + 1, Start: start, End: end, Sentence: si, Text: doc.Text[start:end], Kind: KindPlace,
			Candidates: cands, Place: cands[0], Country: strings.HasPrefix(cands[0].Feature, "PCL")}
		if same := byText[m.Text]; same != nil {
			m.Place, m.Country = same.Place, same.Country
		}
		m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
		out = append(out, m)
	}
	return out
}

// wholeArea reports whether p is an area that a hyphenated word may join to another place: a
// country, a region or a continent ("Russia-Turkey", "Asia-Pacific").
func wholeArea(p *gazetteer.Place) bool {
	return p.Class == "A" || p.Feature == "CONT"
}

// orgInitials reports whether w is written as an organisation's initials: two to five capital
// letters ("EU", "NATO", "ASEAN").
func orgInitials(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// hyphenNameStart returns where the capitalised words right before token i begin, that the
// first part of its hyphenated word ends, and the gazetteer's places of the longest name they
// make with it ("New York-based": New York; "Los Angeles-born": Los Angeles), nil when they make
// none; i itself when no untaken proper noun comes right before it.
func (r *Resolver) hyphenNameStart(doc *text.Doc, si, i int, taken []bool, part string) (int, []*gazetteer.Place) {
	s := &doc.Sentences[si]
	first := i
	for j := i - 1; j >= s.First && j >= i-3; j-- {
		t := &doc.Tokens[j]
		if taken[j] || !t.Cap || t.Kind != text.Word || !t.Tag.IsProper() || t.End != doc.Tokens[j+1].Start-1 {
			break
		}
		first = j
	}
	if first == i {
		return i, nil
	}
	var buf [4]string
	for lo := first; lo < i; lo++ {
		words := buf[:0]
		for j := lo; j < i; j++ {
			words = append(words, doc.Tokens[j].Text)
		}
		words = append(words, part)
		if n, cands := r.gaz.LookupTokens(words); n == len(words) && len(cands) > 0 {
			return lo, cands
		}
	}
	return first, nil
}

// commonWord reports whether the lexicon knows w (lower case) first as a common word.
func (r *Resolver) commonWord(w string) bool {
	tags := r.lex.Tags(w)
	return len(tags) > 0 && !tags[0].IsProper()
}

// innerCapital reports whether w, a word that starts in lower case, holds a capital after a
// hyphen: a prefix or phrase joined to a name ("mid-Ohio", "made-in-China", "trans-Pacific").
func innerCapital(w string) bool {
	for k := strings.IndexByte(w, '-'); k >= 0 && k+1 < len(w); {
		if c := w[k+1]; c >= 'A' && c <= 'Z' {
			return true
		}
		next := strings.IndexByte(w[k+1:], '-')
		if next < 0 {
			return false
		}
		k += 1 + next
	}
	return false
}

// peopleWord reports whether t is a demonym used as a plural noun, naming people: "two
// Russians", "Albertans voted". The people are no mention of their country (TR-News, the one
// dev corpus that marks adjectives, "Russian officials", never marks them); the adjective is.
func peopleWord(t *text.Token) bool {
	return t.Tag == "NNPS"
}
