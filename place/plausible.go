package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// Whether a capitalised word the gazetteer knows names a place where it stands: the words
// around it (a list, a container, a currency, a title, a longer name) decide.

// plausible rejects matches that are more likely ordinary words or parts of other names: a
// single word the lexicon knows as a common word ("Police", "Split", "Nice") must stand
// after a locative preposition or before a place noun; sentence-initial words likewise.
func (r *Resolver) plausible(doc *text.Doc, s *text.Sentence, i, end int, cands []*gazetteer.Place) bool {
	if len(cands) == 0 {
		return false
	}
	t := &doc.Tokens[i]
	if end-i == 1 && acronymWord(t.Text) && !strings.HasPrefix(cands[0].Feature, "PCL") && cands[0].Feature != "ADM1" {
		return false // "OPS", "ATE": an organisation's initials, not a town
	}
	if end-i == 1 && notPlaceNames[t.Lower] && !(end < len(doc.Tokens) && placeNouns[doc.Tokens[end].Lower]) {
		return false // "in May" is the month, not May in Normandy
	}
	// A one-word name that is first a common word ("Split", "Street"); a longer name's first
	// word is judged with the rest ("British Columbia", "New Brunswick").
	// An ocean's name capitalised inside a sentence is the ocean's ("the Pacific side"), though
	// "pacific" is a word too; not after another capitalised word ("Union Pacific").
	common := end-i == 1 && r.commonWord(t.Lower) && !(cands[0].Feature == "OCN" && i != s.First && !doc.Tokens[i-1].Cap)
	// A sentence's first word is capitalised whatever it is: it is judged by the lexicon
	// ("Edmonton needs ..." is the city, "Split ..." is the verb), and a small town's name
	// there, weaker evidence than elsewhere, needs a preposition.
	if end-i == 1 && (common || i == s.First && !bigEnough(cands[0])) && !r.literal(doc, i, end) && !r.heldByNext(doc, s, end, cands) &&
		!r.holdsPrevious(doc, s, i, cands) && !(bigEnough(cands[0]) && r.listedAfterPlace(doc, s, i)) &&
		!(common && majorName(cands[0]) && r.commonNoun(t.Lower) && r.attributiveName(doc, s, i, end)) &&
		!r.listedBetweenPlaces(doc, s, i, end, cands) {
		return false // a small town's name first in a sentence needs a preposition ("Ibo elders")
	}
	// A title or a person's name around it: "President Bush", "Lake Smith" are people. But a
	// compass word before a region or a major city names a part of it ("Far North
	// Queensland", "North Dallas", "North-Western Sydney"), "Greater" a wider area named after
	// the place and placed at it ("the Greater Toronto Area", "Greater Mumbai"), and a
	// broadcaster's initials before a town name its station there ("CBC Toronto").
	if i > 0 && doc.Tokens[i-1].Cap && doc.Tokens[i-1].Tag.IsProper() && !locativePrepositions[doc.Tokens[i-1].Lower] && i-1 != s.First &&
		!(compassPrefix(doc.Tokens[i-1].Lower) && (regionOrCountry(cands[0]) || majorName(cands[0])) || doc.Tokens[i-1].Text == "Greater" ||
			acronymWord(doc.Tokens[i-1].Text) && !strings.Contains(doc.Tokens[i-1].Text, ".")) {
		return false
	}
	// A line without a final stop ends its sentence ("on vacation in Hawaii", a caption): the
	// next line's first word is part of the name only for a common word, which a hard-wrapped
	// text may have parted from the rest of its name ("in Central / Anatolia").
	if (end < s.First+len(s.Tokens) || common && end < len(doc.Tokens)) && doc.Tokens[end].Cap && doc.Tokens[end].Tag.IsProper() && !strings.EqualFold(doc.Tokens[end].Text, "Province") &&
		!placeNouns[doc.Tokens[end].Lower] && !(!common && r.modifies(doc, i, end, cands[0])) {
		return false // part of a longer name the gazetteer does not know ("Paris Hilton")
	}
	// A Romance preposition joins the name to a longer one: "Victoria de Durango", "San Luis
	// de Canete", "Belford do Sul"; what follows it may be a place of its own.
	if romanceName(doc, end) {
		return false
	}
	// An Arabic article joins the word to a longer name: "Ras al-Ain", "Qabr Al Kabir".
	if end < len(doc.Tokens) && arabicArticleAt(doc, end) {
		return false
	}
	if i >= 1 && arabicArticles[doc.Tokens[i-1].Lower] {
		return false // "El Mina" is not Mina
	}
	// A country's name before a currency names the currency: "the US dollar".
	if end < len(doc.Tokens) && currencies[doc.Tokens[end].Lemma] {
		return false
	}
	// A common English word names a town only when the town is of some size ("Street",
	// "Court" and "Mine" are villages in England, Switzerland and Japan) or the region after
	// it holds it ("Beaver, Utah", "Price, Utah").
	if end-i == 1 && common && !bigEnough(cands[0]) && !r.heldByNext(doc, s, end, cands) && !r.listedBetweenPlaces(doc, s, i, end, cands) {
		return false
	}
	return true
}

// attributiveName reports whether the capitalised word at [i, end), inside its sentence, stands
// between a determiner or adjective and a lower-case noun it modifies: "the entire Buffalo
// community", "the Manhattan tycoon", "a Queens native" (a word the tagger read as an
// adjective counts when the lexicon also knows it as a noun). A common noun is written in
// capitals there only as a name (an adjective is not: "the Western world").
func (r *Resolver) attributiveName(doc *text.Doc, s *text.Sentence, i, end int) bool {
	last := s.First + len(s.Tokens)
	if i <= s.First || end >= last {
		return false
	}
	prev, next := &doc.Tokens[i-1], &doc.Tokens[end]
	if !(prev.Tag == "DT" || prev.Tag.IsAdj()) || next.Cap || next.Kind != text.Word {
		return false
	}
	return next.Tag.IsNoun() || next.Tag.IsAdj() && r.nounReading(next.Lower)
}

// nounReading reports whether the lexicon knows w as a common noun, whatever its first reading.
func (r *Resolver) nounReading(w string) bool {
	for _, t := range r.lex.Tags(w) {
		if t.IsNoun() && !t.IsProper() {
			return true
		}
	}
	return false
}

// listedAfterPlace reports whether the word at token i follows "and", "or" or a comma after a
// name the gazetteer knows as a place of some size: "Beijing and Shanghai" lists two cities,
// though "shanghai" is a verb.
func (r *Resolver) listedAfterPlace(doc *text.Doc, s *text.Sentence, i int) bool {
	if i-2 < s.First || !doc.Tokens[i-2].Cap {
		return false
	}
	switch doc.Tokens[i-1].Lower {
	case "and", "or", ",":
	default:
		return false
	}
	return r.nameBefore(doc, s, i-1, func(words []string, prev []*gazetteer.Place) bool {
		return len(prev) > 0 && bigEnough(prev[0]) && !r.commonWord(strings.ToLower(words[0]))
	})
}

// listedBetweenPlaces reports whether the word at [i, end) stands in a list between two names
// the gazetteer knows as places, no common words, each with a namesake in the country of one
// of cands: "Parkes, Berry and Wyong" lists three towns of New South Wales, though "berry" is
// a common word and Berry a village.
func (r *Resolver) listedBetweenPlaces(doc *text.Doc, s *text.Sentence, i, end int, cands []*gazetteer.Place) bool {
	last := s.First + len(s.Tokens)
	if i-2 < s.First || end+1 >= last || !listJoint(doc.Tokens[i-1].Lower) || !listJoint(doc.Tokens[end].Lower) {
		return false
	}
	shares := func(words []string, places []*gazetteer.Place) bool {
		if r.commonWord(strings.ToLower(words[0])) {
			return false
		}
		for _, p := range places {
			for _, c := range cands {
				if p.Country == c.Country && p.Class == "P" {
					return true
				}
			}
		}
		return false
	}
	if !r.nameBefore(doc, s, i-1, shares) {
		return false
	}
	var buf [4]string
	words := buf[:0]
	for j := end + 1; j < last && j < end+5 && doc.Tokens[j].Cap && doc.Tokens[j].Kind == text.Word; j++ {
		words = append(words, doc.Tokens[j].Text)
	}
	if len(words) == 0 {
		return false
	}
	n, next := r.gaz.LookupTokens(words)
	return n > 0 && shares(words[:n], next)
}

// listJoint reports whether w joins the names of a list: a comma, "and" or "or".
func listJoint(w string) bool {
	return w == "," || w == "and" || w == "or"
}

// nameBefore reports whether a name of one to four words that the gazetteer knows ends right
// before token end, in sentence s, and passes test with its words and places.
func (r *Resolver) nameBefore(doc *text.Doc, s *text.Sentence, end int, test func(words []string, places []*gazetteer.Place) bool) bool {
	var buf [4]string
	for j := end - 1; j >= s.First && j > end-5; j-- {
		words := buf[:0]
		for k := j; k < end; k++ {
			words = append(words, doc.Tokens[k].Text)
		}
		if n, places := r.gaz.LookupTokens(words); n == len(words) && test(words, places) {
			return true
		}
	}
	return false
}

// holdsPrevious reports whether one of cands is a first-level region that holds a namesake of
// the name before a comma before token i: "Delicias, Chihuahua" names the state, whatever
// else the word means.
func (r *Resolver) holdsPrevious(doc *text.Doc, s *text.Sentence, i int, cands []*gazetteer.Place) bool {
	if i-2 < s.First || doc.Tokens[i-1].Text != "," || !doc.Tokens[i-2].Cap {
		return false
	}
	return r.nameBefore(doc, s, i-1, func(_ []string, held []*gazetteer.Place) bool {
		for _, region := range cands {
			if region.Feature != "ADM1" {
				continue
			}
			for _, h := range held {
				if h != region && h.Country == region.Country && h.Admin1 == region.Admin1 {
					return true
				}
			}
		}
		return false
	})
}

// compassWord reports whether w (lower case) names a part of a region before its name: "North
// Queensland", "Southern California".
func compassWord(w string) bool {
	switch w { // directionPrefixes and "far", as a switch: asked of every name word
	case "mid", "north", "south", "east", "west", "central", "upper", "lower",
		"northern", "southern", "eastern", "western", "far":
		return true
	}
	return false
}

// compassPrefix reports whether w (lower case) is a compass word or two joined by a hyphen
// ("north-western").
func compassPrefix(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return compassWord(a) && compassWord(b)
	}
	return compassWord(w)
}

// regionOrCountry reports whether p is a country, an administrative region or a named region
// that is no continent ("Anatolia", "Siberia": "Central Anatolia", "Eastern Siberia" name a
// part of it, as "North Queensland" does; a continent's parts follow the areas convention).
func regionOrCountry(p *gazetteer.Place) bool {
	return strings.HasPrefix(p.Feature, "PCL") || p.Feature == "ADM1" || p.Feature == "ADM2" ||
		p.Class == "L" && (p.Feature == "RGN" || p.Feature == "RGNH")
}

// titleAbbreviation reports whether w is a title or office shortened after a place that
// modifies it: an abbreviation with its point ("New York Gov.", "Ohio Sen.") or initials
// ("Calgary MLA", "Toronto MP").
func titleAbbreviation(w string) bool {
	if acronymWord(w) && !strings.Contains(w, ".") {
		return true
	}
	n := len(w)
	return n >= 3 && n <= 5 && w[n-1] == '.' && !strings.Contains(w[:n-1], ".")
}

// heldByNext reports whether a comma and the name of a first-level region that holds one of
// cands follow end: "Buffalo, New York", "Mobile, Ala." name the town, whatever else the word
// means.
func (r *Resolver) heldByNext(doc *text.Doc, s *text.Sentence, end int, cands []*gazetteer.Place) bool {
	region := r.regionAfterComma(doc, s, end)
	if region == nil {
		return false
	}
	for _, c := range cands {
		if c.Class == "P" && c.Country == region.Country && c.Admin1 == region.Admin1 {
			return true
		}
	}
	return false
}

// regionAfterComma returns the first-level region named after a comma at token end, by its
// abbreviation or its name ("Mobile, Ala.", "Buffalo, New York"), or nil.
func (r *Resolver) regionAfterComma(doc *text.Doc, s *text.Sentence, end int) *gazetteer.Place {
	last := s.First + len(s.Tokens)
	if end+1 >= last || doc.Tokens[end].Text != "," || !doc.Tokens[end+1].Cap {
		return nil
	}
	if _, p := r.abbreviation(doc, s, end+1); p != nil {
		return p
	}
	var buf [4]string
	words := buf[:0]
	for j := end + 1; j < last && j < end+5; j++ {
		words = append(words, doc.Tokens[j].Text)
	}
	_, rs := r.gaz.LookupTokens(words)
	for _, p := range rs {
		if p.Feature == "ADM1" {
			return p
		}
	}
	return nil
}

// commonNoun reports whether the lexicon knows w (lower case) first as a common noun: a
// place before a capitalised common word modifies it ("Denver Mayor", "the Glasgow Police
// Department", "Alberta Liquor Store Association") rather than starting a person's name.
func (r *Resolver) commonNoun(w string) bool {
	tags := r.lex.Tags(w)
	return len(tags) > 0 && tags[0].IsNoun() && !tags[0].IsProper()
}

// modifies reports whether the place p, named by tokens [i, next) right before a capitalised word,
// modifies that word rather than starting a longer name with it: a common noun after a place
// of some size ("Denver Mayor", "the Glasgow Police Department"), a title's abbreviation
// ("Ohio Sen.", "Calgary MLA"), any common word after a country, a region or a major city
// ("the Toronto General Hospital", "the Arizona Republican", "the Winnipeg Free Press"), and a
// day of the week ("in Toronto Saturday night"). A person's name after a town ("Paris
// Hilton") is no common word; a site noun makes a site of its own ("Victoria Park"); a major
// place known by another name is more likely a given name ("Dr. Julia Peters": Julia is an
// old name of Plovdiv).
func (r *Resolver) modifies(doc *text.Doc, i, next int, p *gazetteer.Place) bool {
	w := &doc.Tokens[next]
	switch {
	case weekdays[w.Lower]:
		return true
	case townOffices[w.Lower]:
		return true // "the Mabini Vice-Mayor": an office held in a town of any size
	case siteNouns[w.Lower] || !bigEnough(p):
		return false
	case titleAbbreviation(w.Text) || r.commonNoun(w.Lower) || r.institutionAfter(doc, next):
		return true
	}
	return majorName(p) && r.commonWord(w.Lower) && gazetteer.IsPrimary(p, doc.Text[doc.Tokens[i].Start:doc.Tokens[next-1].End])
}

// townOffices are offices held in a town or county: a place of any size before one is where
// its holder serves ("Mount Royal Mayor", "the Mabini Vice-Mayor").
var townOffices = map[string]bool{"mayor": true, "vice-mayor": true, "councillor": true, "councilor": true,
	"alderman": true, "reeve": true, "selectman": true, "selectmen": true, "sheriff": true}

// institutionNouns end an institution's name that a place before it seats: "the Avon County
// Regional Jail", "the Lakeside Figure Skating Association".
var institutionNouns = map[string]bool{"jail": true, "prison": true, "court": true, "hospital": true, "clinic": true,
	"association": true, "council": true, "school": true, "college": true, "library": true, "museum": true}

// institutionAfter reports whether one to three capitalised common words from token k end
// with an institution's noun, which ends the name there: "Regional Jail", "Figure Skating
// Association"; not a person's name ("the David Levin School": the place is a given name).
func (r *Resolver) institutionAfter(doc *text.Doc, k int) bool {
	for j := k; j < len(doc.Tokens) && j < k+3; j++ {
		t := &doc.Tokens[j]
		if !t.Cap || t.Kind != text.Word {
			return false
		}
		if institutionNouns[t.Lower] {
			return j+1 == len(doc.Tokens) || !doc.Tokens[j+1].Cap || doc.Tokens[j+1].Kind != text.Word
		}
		if !r.commonWord(t.Lower) {
			return false
		}
	}
	return false
}

// weekdays are the days' names: "in Toronto Saturday night" is Toronto.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// siteNouns after a name make a street or a site named after a person or another place
// ("Paulista Avenue", "Victoria Park", "Wembley Stadium"): the name is then no place of its own.
var siteNouns = map[string]bool{"avenue": true, "street": true, "road": true, "square": true, "boulevard": true,
	"lane": true, "drive": true, "highway": true, "bridge": true, "park": true, "station": true, "stadium": true,
	"terrace": true, "crescent": true, "circle": true, "plaza": true, "gardens": true, "way": true}

// romanceOf are the Spanish, Portuguese, Italian and French prepositions inside place names.
var romanceOf = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true,
	"di": true, "du": true, "des": true}

// romanceName reports whether a Romance preposition and a capitalised word follow token end-1,
// joining the name before it to a longer one.
func romanceName(doc *text.Doc, end int) bool {
	return end+1 < len(doc.Tokens) && romanceOf[doc.Tokens[end].Text] && doc.Tokens[end+1].Cap
}

// currencies follow a country's name that is no place: "the US dollar", "Lebanese pound".
var currencies = map[string]bool{"dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true,
	"rupee": true, "ruble": true, "rouble": true, "peso": true, "franc": true, "lira": true, "dinar": true,
	"rial": true, "riyal": true, "shilling": true, "naira": true, "rand": true, "real": true, "won": true,
	"hryvnia": true, "currency": true}

// articleForms are the lower-case forms of the Arabic article in romanised names ("al Bab",
// "ad-Dawr", "ash-Sheikh"); arabicArticles are those that are no English words ("as", "at",
// "an" are), which may stand alone before a name.
var (
	articleForms = map[string]bool{"al": true, "el": true, "ad": true, "an": true, "ar": true, "as": true,
		"at": true, "az": true, "ash": true, "ed": true, "en": true, "es": true, "ez": true, "adh": true, "ath": true}
	arabicArticles = map[string]bool{"al": true, "el": true, "ash": true}
)

// arabicArticleAt reports whether token i opens a name with an Arabic article: "Al Kabir",
// "al-Ain", "ad-Dawr", "ash-Sheikh".
func arabicArticleAt(doc *text.Doc, i int) bool {
	t := &doc.Tokens[i]
	if arabicArticles[t.Lower] {
		return i+1 < len(doc.Tokens) && doc.Tokens[i+1].Kind == text.Word
	}
	art, rest, ok := strings.Cut(t.Lower, "-")
	return ok && rest != "" && articleForms[art]
}

// bigEnough reports whether a place named by a common word is likely meant: a country or
// region, a capital, a natural feature of the supplement, or a town of 10,000 people or more.
func bigEnough(p *gazetteer.Place) bool {
	return p.Class != "P" || p.Feature == "PPLC" || p.Population >= 10000
}
