package place

import (
	"strings"
	"unicode"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// Mention is one place named in the text.
type Mention struct {
	Tok, TokEnd int // token indices [Tok, TokEnd)
	Start, End  int // byte offsets
	Sentence    int
	Text        string
	Candidates  []*gazetteer.Place // best first as the gazetteer ranks them
	Place       *gazetteer.Place   // the place meant, nil when unresolved
	Country     bool               // names a country
	Lat, Lon    float64            // the point meant: the place's, or a country's centre
	Kind        string             // KindPlace, KindDemonym or KindDateline
	Explained   []Candidate        // the scored candidates (Resolver.Explain only), best score first

	holds    *Mention   // the place this one holds in the text ("Pandi, Bulacan": Bulacan holds Pandi)
	variant  bool       // unknown as written; its candidates are those of other spellings
	isolated bool       // far from every other town or region of the article
	want     string     // the feature class a place noun after the name asks for ("Kasai region": A)
	list     []*Mention // the mentions of the list of place names it is in, itself included (markLists)
	part     bool       // a part of the town named before it with 's: "Cairo's Abbasiya district"
}

// placeNouns after a name make it a place: "Syunik province", "the Kasai region".
var placeNouns = map[string]bool{"province": true, "region": true, "district": true, "county": true, "state": true,
	"governorate": true, "city": true, "town": true, "village": true, "municipality": true, "area": true,
	"oblast": true, "prefecture": true, "department": true, "valley": true, "river": true, "lake": true,
	"mountains": true, "island": true, "islands": true, "border": true, "territory": true, "capital": true,
	"camp": true, "airport": true, "port": true, "neighbourhood": true, "neighborhood": true, "commune": true}

// locativePrepositions before a name make it a place: "in Baku", "into Armenia".
var locativePrepositions = map[string]bool{"in": true, "into": true, "near": true, "at": true, "from": true, "to": true,
	"across": true, "throughout": true, "inside": true, "outside": true, "around": true, "towards": true, "toward": true,
	"along": true, "through": true, "via": true, "within": true, "between": true, "of": true, "outskirts": true, "off": true}

// recognise finds the place mentions of doc. Actor mentions that use a name as an actor
// ("Baku said", "Armenia accused ...") are not places; demonyms never are.
func (r *Resolver) recognise(doc *text.Doc, actors []actor.Mention) []Mention {
	sc := newScratch(doc) // slices by token rather than maps: recognise asks both about every token
	blocked, named, out := sc.blocked, sc.named, sc.found
	r.blockActors(doc, actors, blocked)
	r.namedPlaces(doc, actors, blocked, named)
	diseases := diseaseNames(doc)
	// A person's or a disease's name here? Asked of few words: personName, once per word.
	personal := func(w string) bool { return diseases[w] || sc.personName(r, doc, w) }
	forms := formCues{lists: r.areaLists(doc), county: namesCounty(doc), named: named}
	var variants variantMemo
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			t := &doc.Tokens[i]
			if k := r.byForm(doc, s, si, i, &forms, &out); k > 0 {
				i = k - 1
				continue
			}
			if blocked[i] || t.Kind != text.Word || !t.Cap && !arabicArticle(doc, i, end) && !articleName(t) {
				continue
			}
			if cands, shared := r.compassShared(doc, sc.texts, i, end); shared {
				// Without a name to share it is a place the gazetteer lacks: listed unresolved.
				m := Mention{Tok: i, TokEnd: i + 1, Start: t.Start, End: t.End, Sentence: si, Candidates: cands, Kind: KindPlace, Text: t.Text}
				m.Country = cands != nil && strings.HasPrefix(cands[0].Feature, "PCL")
				out = append(out, m)
				continue
			}
			words := sc.texts[i:min(end, i+8)]
			n, cands := r.gaz.LookupTokens(words)
			for n > 1 && (lowerTail(&doc.Tokens[i+n-1]) || n == 2 && t.Tag == "DT" && !doc.Tokens[i+1].Cap || headsBody(doc, i+n-1, end)) {
				n, cands = r.gaz.LookupTokens(words[:n-1]) // "The rock band", "The village of Ciocile": no The Rock, The Village
			}
			if n > 0 && r.hyphenContinues(doc, sc.texts, i, i+n, end) {
				i += n - 1 // "Hong Kong-based": Complete lists the whole name
				continue
			}
			if n == 0 && t.Text == "Greater" && len(words) > 1 {
				if n, _ := r.gaz.LookupTokens(words[1:]); n > 0 {
					continue // "Greater Vancouver" the gazetteer lacks: the area is placed at the town it is named after (plausible)
				}
			}
			if n == 0 {
				if m, k, ok := r.cityDistrict(doc, si, i, end); ok {
					out = append(out, m)
					i = k - 1
					continue
				}
			}
			// "Port Elizabeth", "Baraki Barak": a longer place name may hold a person's name.
			held := n > 1 && spansActors(actors, i, i+n)
			surname := n == 1 && personal(t.Text) && !r.surnamePlaceCue(doc, s, i, cands) || n > 0 && r.neverPlace(doc, s, i, i+n, cands)
			if n == 0 || blocked[i+n-1] && !held || surname || !r.plausible(doc, s, i, i+n, cands) {
				if k := r.unknownPlace(doc, s, i, blocked, &variants); k > i && !(k == i+1 && personal(t.Text) && !townNouns[doc.Tokens[k].Lower]) && !dollarSign(doc, i, k) {
					out = append(out, r.unknownMention(doc, si, i, k, &variants))
					i = k - 1
				}
				continue
			}
			m := Mention{Tok: i, TokEnd: i + n, Start: t.Start, End: doc.Tokens[i+n-1].End, Sentence: si, Candidates: cands, Kind: KindPlace}
			m.Text = doc.Text[m.Start:m.End]
			m.Country = len(cands) > 0 && cands[0].Feature == "PCLI" && gazetteer.IsPrimary(cands[0], m.Text)
			out = append(out, m)
			i += n - 1
		}
	}
	sc.found = out
	out = sc.release()
	datelineRegions(doc, out)
	return out
}

// formCues are what byForm needs of the whole article.
type formCues struct {
	lists  []Mention        // the names listed before a plural area noun (areaLists), in text order
	next   int              // the first of lists not yet reached
	county bool             // whether the article writes "County" (namesCounty)
	named  []*actor.Mention // by first token, the country and capital names used as places (namedPlaces)
}

// byForm appends to out the mention that the form of the words at token i makes, before the
// general match, and returns the token after it, or 0: a name of a list before a plural area
// noun ("Lane, Linn and Benton counties"), a county written with "Co." ("Plymouth Co."), a
// region's abbreviation or a dateline ("MOSCOW, Dec 5 (Reuters) -": before the actors, it is no
// government), or a country or capital name the actor dictionary knows.
func (r *Resolver) byForm(doc *text.Doc, s *text.Sentence, si, i int, c *formCues, out *[]Mention) int {
	for c.next < len(c.lists) && c.lists[c.next].Tok < i {
		c.next++
	}
	if c.next < len(c.lists) && c.lists[c.next].Tok == i {
		c.next++
		*out = append(*out, c.lists[c.next-1])
		return c.lists[c.next-1].TokEnd
	}
	// countyAbbreviation and special need a capital (an acronym may start with a point):
	// testing it here spares most tokens two calls.
	t := &doc.Tokens[i]
	if capital := t.Cap || strings.HasPrefix(t.Text, "."); capital {
		if c.county {
			if m, ok := r.countyAbbreviation(doc, s, si, i); ok {
				*out = append(*out, m)
				return m.TokEnd
			}
		}
		if end := r.special(doc, s, si, i, out); end > 0 {
			return end
		}
	}
	if a := c.named[i]; a != nil {
		if m, ok := r.fromActor(doc, si, a); ok {
			*out = append(*out, m)
			return a.TokEnd
		}
	}
	return 0
}

// blockActors marks in blocked the tokens of actor mentions that name no place: an actor acting or
// spoken of as one ("Kenya said"), a person's name. A literal place name, a longer place
// ("British Columbia") and the seat in a role, title or organisation ("London police") stay
// open to places, as do the seats of a person's office or home (unblockSeats).
func (r *Resolver) blockActors(doc *text.Doc, actors []actor.Mention, blocked []bool) {
	for i := range actors {
		m := &actors[i]
		if (m.Head == actor.KName || m.Head == actor.KCapital) && (r.literal(doc, m.Tok, m.TokEnd) || !agent(doc, m)) {
			continue
		}
		if !m.Person && (m.Head == actor.KRole || m.Head == actor.KTitle || m.Head == actor.KOrg) {
			// "London police", "Montreal Mayor", "the Tucson Police Department": the place
			// names the actor's seat and stays a place; plausible still judges its words.
			// Tested first: such a mention stays open whatever the gazetteer says of it.
			continue
		}
		if r.longerPlace(doc, m) || m.Head != actor.KName && m.Head != actor.KCapital && r.areaName(doc, m) {
			// "British Columbia" is a place, not a British actor; "Prince Edward Island" no
			// prince. A country's own name of two words acting ("South Korea agreed") is the
			// actor, as one word is ("Japan agreed").
			continue
		}
		for t := m.Tok; t < m.TokEnd; t++ {
			blocked[t] = true
		}
		if m.Person {
			r.unblockSeats(doc, m, blocked)
		}
	}
}

// namedPlaces fills named, by first token, with the country and capital names the actor dictionary
// knows that are used as places: they are places even where the gazetteer spells them
// otherwise ("Turkey" for Türkiye), unless blocked as actors, part of a longer name
// ("Victoria Island", one joined by a Romance preposition), a currency's ("the US dollar",
// "US$5 million") or a newspaper's ("China Daily").
func (r *Resolver) namedPlaces(doc *text.Doc, actors []actor.Mention, blocked []bool, named []*actor.Mention) {
	for i := range actors {
		m := &actors[i]
		if (m.Head == actor.KName || m.Head == actor.KCapital) && !blocked[m.Tok] && m.Country != "" && !r.longerPlace(doc, m) &&
			!r.endsLongerName(doc, &doc.Sentences[m.Sentence], m.Tok, m.TokEnd) && !romanceName(doc, m.TokEnd) &&
			!(m.TokEnd < len(doc.Tokens) && currencies[doc.Tokens[m.TokEnd].Lemma]) && !dollarSign(doc, m.Tok, m.TokEnd) &&
			!namesOther(doc, m.TokEnd) {
			named[m.Tok] = m // not "Victoria" of "Victoria Island"
		}
	}
}

// cityDistrict finds a city's district written as one hyphenated name the gazetteer lacks,
// the city first ("Belgrade-Stari Grad", "Mogadishu-Hodan district"): the city is the place,
// and the mention ends with the district's capitalised words (k is the token after them).
func (r *Resolver) cityDistrict(doc *text.Doc, si, i, end int) (Mention, int, bool) {
	t := &doc.Tokens[i]
	city, rest, ok := strings.Cut(t.Text, "-")
	if !ok || city == "" || rest == "" || !unicode.IsUpper([]rune(rest)[0]) || r.commonWord(strings.ToLower(city)) {
		return Mention{}, 0, false
	}
	n, cands := r.gaz.LookupTokens([]string{city})
	if n != 1 || len(cands) == 0 || !majorCity(cands[0]) {
		return Mention{}, 0, false
	}
	next, _, _ := strings.Cut(rest, "-")
	// "Beijing-Shanghai", "Paris-Roubaix": places joined, each its own; but a compass point
	// names a district or a riding of the city ("Calgary-North West"), not a region so called.
	if n, other := r.gaz.LookupTokens([]string{next}); n == 1 && len(other) > 0 && bigEnough(other[0]) && !compassPoint(next) {
		return Mention{}, 0, false
	}
	k := i + 1
	for k < end && doc.Tokens[k].Cap && doc.Tokens[k].Kind == text.Word {
		k++
	}
	m := Mention{Tok: i, TokEnd: k, Start: t.Start, End: t.Start + len(city), Sentence: si, Candidates: cands, Kind: KindPlace}
	m.Text = city
	return m, k, true
}

// compassPoint reports whether w is one of the four compass points or two of them joined
// ("North", "Southeast"), in any case.
func compassPoint(w string) bool {
	w = strings.ToLower(w)
	for _, first := range [...]string{"north", "south"} {
		if rest, ok := strings.CutPrefix(w, first); ok {
			return rest == "" || rest == "east" || rest == "west"
		}
	}
	return w == "east" || w == "west"
}

// lowerTail reports whether t, the last word of a name of several words the gazetteer matched
// whatever the case, is written in lower case and is no place noun: the name then ends before
// it ("The rock band"), while "the Vistula river" keeps its noun and "Bab el-Oued" its
// article joined to a capital.
func lowerTail(t *text.Token) bool {
	return !t.Cap && t.Kind == text.Word && !placeNouns[t.Lower] && !innerCapital(t.Text)
}

// majorCity reports whether p is a capital, a first-level region's seat or a city of 100,000
// people or more.
func majorCity(p *gazetteer.Place) bool {
	return p.Class == "P" && (p.Feature == "PPLC" || p.Feature == "PPLA" || p.Population >= 100000)
}

// unblockSeats frees the words of person mention m that name a major town (majorName) as
// the seat of the person's office or home rather than as part of the name: a place followed,
// still inside the phrase, by a word that is no proper name ("the Mexico City Health
// Secretary Ana Ruiz", "Ouagadougou's mayor Paul Sawadogo", "Ben Oduya, a Nairobi doctor"),
// or the whole phrase after a preposition of place ("two died in Medina"). A place before
// another name ("Jordan Peterson", "Georgia Stevens") or after one ("Kerry Lincoln, a
// spokeswoman") stays the person's.
func (r *Resolver) unblockSeats(doc *text.Doc, m *actor.Mention, blocked []bool) {
	var buf [4]string
	for t := m.Tok; t < m.TokEnd; t++ {
		if !doc.Tokens[t].Cap || doc.Tokens[t].Kind != text.Word {
			continue
		}
		words := buf[:0]
		for k := t; k < m.TokEnd && k < t+len(buf); k++ {
			words = append(words, doc.Tokens[k].Text)
		}
		n, cands := r.gaz.LookupTokens(words)
		if n == 0 || !majorName(cands[0]) || cands[0].Class != "P" {
			continue // a country or region in the phrase is listed by Complete, not used to locate its events
		}
		next := t + n
		seat := next == m.TokEnd && t == m.Tok && (m.Locative || t > 0 && locativePrepositions[doc.Tokens[t-1].Lower] && doc.Tokens[t-1].Lower != "of")
		afterName := t > m.Tok && doc.Tokens[t-1].Cap && doc.Tokens[t-1].Kind == text.Word // "Kerry Lincoln, a spokeswoman"
		if next < m.TokEnd && !afterName && gazetteer.IsPrimary(cands[0], doc.Text[doc.Tokens[t].Start:doc.Tokens[next-1].End]) {
			w := &doc.Tokens[next]
			seat = w.Lower == "'s" || w.Lower == "’s" || w.Kind == text.Word && (!w.Cap || r.commonWord(w.Lower))
		}
		if seat {
			for k := t; k < next; k++ {
				blocked[k] = false
			}
		}
		t = next - 1
	}
}

// longerPlace reports whether a capitalised place name of the gazetteer starts where actor
// mention m starts and runs past its end: the longer name wins ("British Columbia" holds the
// actor word "British").
func (r *Resolver) longerPlace(doc *text.Doc, m *actor.Mention) bool {
	s := &doc.Sentences[m.Sentence]
	end := s.First + len(s.Tokens)
	var buf [8]string
	words := buf[:0]
	for j := m.Tok; j < end && j < m.Tok+8; j++ {
		if t := doc.Tokens[j].Text; !doc.Tokens[j].Cap && !strings.HasPrefix(t, "'") && !strings.HasPrefix(t, "’") && !nameParticle(t) {
			break // a possessive may be inside the name: "Queen Anne's County"
		}
		words = append(words, doc.Tokens[j].Text)
	}
	if len(words) <= m.TokEnd-m.Tok {
		return false // no word after the mention's: no longer name to look up ("Kenya said")
	}
	n, _ := r.gaz.LookupTokens(words)
	return n > m.TokEnd-m.Tok && doc.Tokens[m.Tok+n-1].Cap // "Dar es Salaam", not "Dar es"
}

// nameParticle reports whether w is a lower-case word inside place names: an article or
// preposition of Arabic, Spanish, Portuguese, French or Italian names ("Dar es Salaam", "Rio
// de Janeiro", "Sharm el-Sheikh").
func nameParticle(w string) bool {
	return romanceOf[w] || articleForms[w]
}

// areaName reports whether actor mention m spans exactly a name of two or more words that the
// gazetteer knows as a country, a first-level region or a major city, or that ends in a place
// noun: such a name is no person's ("Prince Edward Island" is the province, though "Prince
// Edward" is a title and a name; "General Santos" is the city; "King County" a county).
func (r *Resolver) areaName(doc *text.Doc, m *actor.Mention) bool {
	if m.TokEnd-m.Tok < 2 || m.TokEnd-m.Tok > 8 {
		return false
	}
	var buf [8]string
	words := buf[:0]
	for j := m.Tok; j < m.TokEnd; j++ {
		words = append(words, doc.Tokens[j].Text)
	}
	n, cands := r.gaz.LookupTokens(words)
	if n != len(words) {
		return false
	}
	if placeNouns[doc.Tokens[m.TokEnd-1].Lower] {
		return true // a place noun ends no person's name: "King County", "Pope County"
	}
	for _, c := range cands {
		if c.Feature == "ADM1" || strings.HasPrefix(c.Feature, "PCL") || majorCity(c) {
			return true
		}
	}
	return false
}

// endsLongerName reports whether the one word at [tok, end) is a common word that ends a
// longer capitalised name the gazetteer does not know: "Waiheke Island" is no Iceland,
// though "Island" is one of its names.
func (r *Resolver) endsLongerName(doc *text.Doc, s *text.Sentence, tok, end int) bool {
	if end-tok != 1 || tok <= s.First || !r.commonWord(doc.Tokens[tok].Lower) {
		return false
	}
	prev := &doc.Tokens[tok-1]
	if !prev.Cap || prev.Kind != text.Word || locativePrepositions[prev.Lower] {
		return false
	}
	return tok-1 > s.First || !r.commonWord(prev.Lower) // "The Island" at a sentence's start is no name
}

// literal reports whether a country or capital name at [tok, end) is used as a place: after
// a locative preposition, or before a place noun ("Armenia's territory", "the Syunik region").
func (r *Resolver) literal(doc *text.Doc, tok, end int) bool {
	for j := tok - 1; j >= 0 && j >= tok-3; j-- {
		t := &doc.Tokens[j]
		if locativePrepositions[t.Lower] {
			return true
		}
		if t.Tag != "DT" && !t.Tag.IsAdj() {
			break
		}
	}
	for j := end; j < len(doc.Tokens) && j <= end+2; j++ {
		t := &doc.Tokens[j]
		if placeNouns[t.Lemma] || placeNouns[t.Lower] {
			return true
		}
		if t.Tag != "POS" && !t.Tag.IsAdj() {
			break
		}
	}
	return false
}

// agent reports whether a country or capital name speaks or is spoken to in its clause: the
// subject of a verb of saying, demanding or accusing ("Baku said", "China denied", "Japan and
// South Korea agreed"), or the object of one ("accused Azerbaijan", "urged Russia"). Such a name is an actor, not a place;
// elsewhere ("the epidemic in China", "China reported 5 cases", "US health officials") it
// names the place, as the geoparsing corpora read it.
func agent(doc *text.Doc, m *actor.Mention) bool {
	if m.Possessive {
		return false
	}
	after := conjunctEnd(doc, m.TokEnd) // "Japan and South Korea agreed": both speak
	for j := after; j < len(doc.Tokens) && j <= after+3; j++ {
		t := &doc.Tokens[j]
		if t.Tag.IsVerb() && speech[t.Lemma] {
			return true
		}
		if !t.Tag.IsAdverb() && t.Tag != "MD" && t.Lemma != "have" && t.Lemma != "be" {
			break
		}
	}
	if m.Tok > 0 {
		if t := &doc.Tokens[m.Tok-1]; t.Tag.IsVerb() && speech[t.Lemma] {
			return true
		}
	}
	return false
}

// speech verbs make their subjects and objects actors.
var speech = map[string]bool{"say": true, "announce": true, "accuse": true, "deny": true, "warn": true, "urge": true,
	"demand": true, "call": true, "reject": true, "claim": true, "condemn": true, "threaten": true, "criticize": true,
	"criticise": true, "blame": true, "tell": true, "ask": true, "insist": true, "vow": true, "pledge": true, "agree": true,
	"sign": true, "refuse": true, "declare": true, "praise": true, "welcome": true, "protest": true, "sanction": true}

// conjunctEnd returns the token after a name coordinated with the one that ends before token
// k ("and South Korea", ", Japan"), or k when none is.
func conjunctEnd(doc *text.Doc, k int) int {
	if k >= len(doc.Tokens) || doc.Tokens[k].Lower != "and" && doc.Tokens[k].Lower != "," {
		return k
	}
	j := k + 1
	for j < len(doc.Tokens) && j <= k+4 && doc.Tokens[j].Cap && doc.Tokens[j].Kind == text.Word {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// fromActor makes a place mention of a country or capital name found by the actor dictionary.
func (r *Resolver) fromActor(doc *text.Doc, si int, a *actor.Mention) (Mention, bool) {
	var cands []*gazetteer.Place
	if a.Head == actor.KName {
		if c := r.gaz.Country(a.Country); c != nil {
			cands = []*gazetteer.Place{c}
		}
		cands = r.namesakes(doc, a, cands)
	} else {
		var buf [8]string // on the stack for all but the longest names
		words := buf[:0]
		for j := a.Tok; j < a.TokEnd; j++ {
			words = append(words, doc.Tokens[j].Text)
		}
		if n, cs := r.gaz.LookupTokens(words); n == len(words) {
			cands = cs
		}
	}
	if len(cands) == 0 {
		return Mention{}, false
	}
	m := Mention{Tok: a.Tok, TokEnd: a.TokEnd, Start: a.Start, End: a.End, Sentence: si, Candidates: cands, Kind: KindPlace}
	m.Text = doc.Text[m.Start:m.End]
	m.Country = a.Head == actor.KName && strings.HasPrefix(cands[0].Feature, "PCL")
	return m, true
}

// namesakes adds to the country candidate of country actor a the regions and countries known
// by the same name, for the resolver to weigh: "Georgia" is also a US state. A first-level
// region of the actor's own country that has the name as its primary name, where the country
// has it only as an alternate, comes first: "England" is England, not the United Kingdom the
// actor dictionary codes it as.
func (r *Resolver) namesakes(doc *text.Doc, a *actor.Mention, cands []*gazetteer.Place) []*gazetteer.Place {
	var buf [8]string // on the stack for all but the longest names
	words := buf[:0]
	for j := a.Tok; j < a.TokEnd; j++ {
		words = append(words, doc.Tokens[j].Text)
	}
	n, cs := r.gaz.LookupTokens(words)
	if n != len(words) {
		return cands
	}
	name := doc.Text[a.Start:a.End]
	// "Niger state": a place noun after the name lets a region known by it as an alternate in.
	noun := a.TokEnd < len(doc.Tokens) && placeNouns[doc.Tokens[a.TokEnd].Lower]
	for _, c := range cs {
		if len(cands) > 0 && c == cands[0] || !gazetteer.IsPrimary(c, name) && !(noun && c.Feature == "ADM1") {
			continue
		}
		if c.Feature != "ADM1" && !strings.HasPrefix(c.Feature, "PCL") {
			continue
		}
		if c.Feature == "ADM1" && c.Country == a.Country && len(cands) > 0 && !gazetteer.IsPrimary(cands[0], name) {
			cands = append([]*gazetteer.Place{c}, cands...)
			continue
		}
		cands = append(cands, c)
	}
	return cands
}

// arabicArticle reports whether token i is a lower-case article that opens a place name
// ("al Bab", "el Fasher").
func arabicArticle(doc *text.Doc, i, end int) bool {
	// A form that is also an English word ("at", "as", "an") opens no name alone: "starts at
	// City Hall".
	w := doc.Tokens[i].Lower
	return i+1 < end && doc.Tokens[i+1].Cap && articleForms[w] && (arabicArticles[w] || !englishArticleForm[w]) // the cheap test first
}

// englishArticleForm holds the forms of the Arabic article that are English words too.
var englishArticleForm = map[string]bool{"at": true, "as": true, "an": true, "ad": true, "en": true, "es": true, "ed": true}

// acronymWord reports whether w is written in capitals, two letters or more.
func acronymWord(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			continue // "U.N.", "E.U.": initials with points are no towns either
		}
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2
}

// spansActors reports whether every actor mention that overlaps tokens [tok, end) lies inside them.
func spansActors(actors []actor.Mention, tok, end int) bool {
	for i := range actors {
		a := &actors[i]
		if a.Tok < end && a.TokEnd > tok && (a.Tok < tok || a.TokEnd > end) {
			return false
		}
	}
	return true
}

// townNouns name the kind of a place: "the village of X", "X district".
var townNouns = map[string]bool{"village": true, "town": true, "city": true, "district": true, "province": true,
	"region": true, "county": true, "municipality": true, "governorate": true, "oblast": true, "prefecture": true,
	"department": true, "neighbourhood": true, "neighborhood": true, "commune": true, "township": true,
	"settlement": true, "locality": true, "hamlet": true, "suburb": true}

// notPlaceNames are capitalised words that are no place on their own: months, weekdays,
// holidays ("a Christmas tree") and "Arab" ("two Arab states", "the Arab Spring").
var notPlaceNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "christmas": true, "easter": true, "arab": true}
