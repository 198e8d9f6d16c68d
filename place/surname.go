package place

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// surnames returns the words an article uses as a person's name, so that the word alone is
// that person throughout the article, not a town of that name ("Steele said", "said Steele"),
// unless a place cue makes it a place (surnamePlaceCue). A word is a person's name
//   - as the second of a person's names: a capitalised word right after another capitalised
//     name word, initials, a particle ("Erik van Sebille") or a title ("Dr. Steele") of the
//     same sentence, where the two make no place name of the gazetteer, the second ends no
//     six place names of it (placeSuffix), the first is no direction ("Northern Syria"), and
//     the second is no country, region or town of 100,000 people unless after a particle
//     ("Tom Steele": Steele; "Hurricane Florence" keeps Florence);
//   - as the subject of a verb of saying ("Steele told reporters", `"Steele" added`), unless
//     it names a country, a region or a capital ("Moscow said" is the government; "Jackson
//     said" is a person), or before an appositive that names a person's role or age
//     ("Steele, chief executive of", "Steele, a biologist", "Steele, 31,"), unless it names a
//     country, a region or a major city ("Vancouver, the city's doctor"); a speaker follows
//     no preposition ("a man from Steele said").
//
// Words the gazetteer does not know count too: an unknown name is then not guessed to be a
// place ("Nadia Haddad" ... "in Haddad's case"). Linear: each token is looked at once.
func (r *Resolver) surnames(doc *text.Doc) map[string]bool {
	var out map[string]bool
	add := func(w string) {
		if out == nil {
			out = make(map[string]bool)
		}
		out[w] = true
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		for j := s.First; j < s.First+len(s.Tokens); j++ {
			if w := doc.Tokens[j].Text; !out[w] && r.personAt(doc, s, j) {
				add(w)
			}
		}
	}
	return out
}

// personName reports whether the article uses w as a person's name: surnames(doc)[w], found
// from w's own occurrences alone, for a caller that asks about a few words only. texts holds
// the text of every token of doc: scanning it touches less memory than the tokens.
func (r *Resolver) personName(doc *text.Doc, texts []string, w string) bool {
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		for j := s.First; j < s.First+len(s.Tokens); j++ {
			// The length and first byte before the comparison, which is a call.
			if t := texts[j]; len(t) == len(w) && (len(w) == 0 || t[0] == w[0]) && t == w && r.personAt(doc, s, j) {
				return true
			}
		}
	}
	return false
}

// personAt reports whether token j of sentence s is a person's name there (see surnames).
func (r *Resolver) personAt(doc *text.Doc, s *text.Sentence, j int) bool {
	w := &doc.Tokens[j]
	if !nameToken(w) || notPlaceNames[w.Lower] || compassWord(w.Lower) {
		return false
	}
	end := s.First + len(s.Tokens)
	if j > s.First && r.secondName(doc, j) {
		return true
	}
	switch speaker(doc, j, end) {
	case speakerBefore:
		return !r.governmentSeat(w.Text)
	case speakerAfter:
		return !r.majorPlace(w.Text)
	}
	return personAppositive(doc, j, end) && !r.majorPlace(w.Text)
}

// secondName reports whether the name word at token j follows a person's first name, initials,
// a particle or a title, and is no place name (see surnames).
func (r *Resolver) secondName(doc *text.Doc, j int) bool {
	x, w := &doc.Tokens[j-1], &doc.Tokens[j]
	first := nameToken(x) || initials(x.Text) || particles[x.Lower] || personTitles[x.Lower] // "P.J. Crowley", "van Sebille", "Dr. Steele"
	if !first || slices.Contains(directionPrefixes, x.Lower) || notPlaceNames[x.Lower] || r.placeSuffix(w.Text) {
		return false // "Gandhi Nagar", "Carson City": a place name the gazetteer lacks
	}
	if cands := r.gaz.Lookup(w.Text); len(cands) > 0 && (cands[0].Class != "P" || majorName(cands[0]) && !particles[x.Lower]) {
		return false // "Taiwan Taoyuan"; but "van Sebille" is no Seville
	}
	pair := [2]string{x.Text, w.Text}
	n, _ := r.gaz.LookupTokens(pair[:])
	return n != 2
}

// majorPlace reports whether the gazetteer's first place called w is a country, a first-level
// region, a capital or a town of 100,000 people.
func (r *Resolver) majorPlace(w string) bool {
	cands := r.gaz.Lookup(w)
	return len(cands) > 0 && majorName(cands[0])
}

// governmentSeat reports whether the place w names first is a country, a first-level region
// or a capital, whose name speaks for its government ("Moscow said", "Quebec announced"); a
// city that is none of them does not speak ("Jackson told reporters", "Austin said" are people).
func (r *Resolver) governmentSeat(w string) bool {
	cands := r.gaz.Lookup(w)
	return len(cands) > 0 && (strings.HasPrefix(cands[0].Feature, "PCL") || cands[0].Feature == "ADM1" || cands[0].Feature == "PPLC")
}

// majorName reports whether p is a country, a first-level region, a capital or a town of
// 100,000 people: a name such a place bears is not taken for a person's.
func majorName(p *gazetteer.Place) bool {
	return strings.HasPrefix(p.Feature, "PCL") || p.Feature == "ADM1" || p.Feature == "PPLC" || p.Class == "P" && p.Population >= 100000
}

// personTitles before a name make it a person's: "Dr. Steele", "Mr. Steele".
var personTitles = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "prof.": true, "rev.": true, "sen.": true, "rep.": true, "gov.": true, "sgt.": true,
	"lt.": true, "capt.": true, "col.": true, "gen.": true, "det.": true, "insp.": true}

// speechVerbs, after a name, make it the name of someone who speaks: "Steele told me".
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "counter": true, "chime": true, "ask": true,
	"explain": true, "recall": true, "reply": true, "insist": true, "argue": true, "tweet": true, "testify": true,
	"respond": true, "answer": true, "shout": true, "whisper": true, "admit": true, "joke": true, "laugh": true}

// speaker reports whether the name word at token j is the subject of a verb of saying, maybe
// in quotes (`"Steele" told me`, `Steele said`: speakerBefore), or follows "said" as its
// inverted subject and ends the clause ("..., said Steele.": speakerAfter).
func speaker(doc *text.Doc, j, end int) speakerAt {
	k := j + 1
	quoted := k < end && (doc.Tokens[k].Tag == "``" || doc.Tokens[k].Tag == "''") && j > 0 && (doc.Tokens[j-1].Tag == "``" || doc.Tokens[j-1].Tag == "''")
	if quoted {
		k++ // a nickname in quotes: `"Hartley" told me`
	} else if j > 0 && (doc.Tokens[j-1].Tag == "IN" || doc.Tokens[j-1].Tag == "TO") || afterPrepositionList(doc, j) {
		return notSpeaker // "a man of Tyler said", "lawmakers from Baltimore and Richmond said": no subject
	}
	if k < end && doc.Tokens[k].Tag.IsVerb() && speechVerbs[doc.Tokens[k].Lemma] {
		return speakerBefore
	}
	p := j - 1
	for p >= 0 && doc.Tokens[p].Kind == text.Word && particles[doc.Tokens[p].Lower] {
		p--
	}
	if p < 0 || doc.Tokens[p].Lemma != "say" || !doc.Tokens[p].Tag.IsVerb() {
		return notSpeaker
	}
	if j+1 >= end || doc.Tokens[j+1].Kind != text.Word {
		return speakerAfter
	}
	return notSpeaker
}

// afterPrepositionList reports whether the name at token j closes a list of names that a
// preposition opens: "from Baltimore and Richmond", "in Kent, Essex or Surrey". It looks back
// at most eight tokens.
func afterPrepositionList(doc *text.Doc, j int) bool {
	if j == 0 || doc.Tokens[j-1].Lower != "and" && doc.Tokens[j-1].Lower != "or" && doc.Tokens[j-1].Lower != "," {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-9; k-- {
		t := &doc.Tokens[k]
		switch {
		case t.Tag == "IN" || t.Tag == "TO":
			return k < j-2 // a name between the preposition and the list's joint
		case t.Cap && t.Kind == text.Word, t.Lower == ",", t.Lower == "and", t.Lower == "or":
		default:
			return false
		}
	}
	return false
}

// speakerAt says where a speaker's name stands to its verb of saying.
type speakerAt int

const (
	notSpeaker    speakerAt = iota
	speakerBefore           // "Steele told reporters": a city speaks only as a seat of government
	speakerAfter            // `, said Steele.`, though `said Bushehr "does not ...` quotes what the town does
)

// personRoles, in an appositive after a name, make it a person's: "Steele, chief executive
// of ...", "Steele, a marine biologist".
var personRoles = map[string]bool{"executive": true, "director": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "professor": true, "founder": true, "chairman": true, "chairwoman": true, "chair": true,
	"president": true, "secretary": true, "minister": true, "editor": true, "author": true, "lawyer": true,
	"attorney": true, "researcher": true, "analyst": true, "economist": true, "scientist": true, "biologist": true,
	"oceanographer": true, "officer": true, "commander": true, "leader": true, "manager": true, "adviser": true,
	"advisor": true, "senator": true, "resident": true, "student": true, "doctor": true, "nurse": true,
	"journalist": true, "activist": true, "expert": true, "official": true, "mother": true, "father": true,
	"son": true, "daughter": true, "wife": true, "husband": true, "widow": true, "teacher": true, "coach": true}

// personAppositive reports whether a comma and an appositive naming a person's role ("Steele,
// chief executive of", "Steele, a marine biologist") or age ("Steele, 31,") follow the name
// word at token j.
func personAppositive(doc *text.Doc, j, end int) bool {
	if j+2 >= end || doc.Tokens[j+1].Text != "," {
		return false
	}
	if age := doc.Tokens[j+2].Text; len(age) <= 2 && age[0] >= '1' && age[0] <= '9' && strings.Trim(age, "0123456789") == "" {
		return j+3 < end && (doc.Tokens[j+3].Text == "," || doc.Tokens[j+3].Text == ")")
	}
	for k := j + 2; k < end && k < j+6; k++ {
		t := &doc.Tokens[k]
		if t.Kind != text.Word || t.Cap {
			return false
		}
		if personRoles[t.Lower] {
			return t.Tag == "NN" || t.Tag.IsAdj() // one person: not "Vancouver, the doctors who ..."
		}
		if !(t.Tag == "DT" || t.Tag.IsAdj() || t.Tag.IsNoun()) {
			return false
		}
	}
	return false
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
	r.suffixOnce.Do(r.countSuffixes)
	if i, bits := suffixBits(w); suffixFilter[i].Load()&bits != bits {
		return false // most words: the map, whose reads miss the cache, need not be asked
	}
	return r.suffixes[w]
}

// suffixFilter has two bits set for every word that the suffixes of any Resolver hold
// (countSuffixes sets them; bits are only ever added), in 8 KB that stay in the processor's
// cache: a word whose bits are not both set is no suffix of any Resolver.
var suffixFilter [1024]atomic.Uint64

var suffixSeed = maphash.MakeSeed()

// suffixBits returns the word of suffixFilter and the two bits in it that stand for w.
func suffixBits(w string) (int, uint64) {
	h := maphash.String(suffixSeed, w)
	return int(h >> 54), 1<<(h&63) | 1<<(h>>6&63)
}

// countSuffixes fills r.suffixes (see placeSuffix): one pass over the gazetteer's names with
// no allocation per name, and the suffixes copied into one string, so that the map's keys lie
// together in memory rather than each inside its place's name.
func (r *Resolver) countSuffixes() {
	count := make(map[string]int, 1<<15)
	for _, p := range r.gaz.Places() {
		if oneASCIIWord(p.Name) {
			continue // most names: no last two words
		}
		prev, last, ok := lastTwoWords(p.Name)
		if ok && !saintPrefix(prev) {
			count[last]++
		}
	}
	var all strings.Builder
	var keys []string
	for k, n := range count {
		if n >= 6 {
			all.WriteString(k)
			keys = append(keys, k)
		}
	}
	joined := all.String()
	r.suffixes = make(map[string]bool, len(keys))
	for _, k := range keys {
		r.suffixes[joined[:len(k)]] = true
		joined = joined[len(k):]
		i, bits := suffixBits(k)
		suffixFilter[i].Or(bits)
	}
}

// oneASCIIWord reports whether s is printable ASCII with no space: one word or none, as
// strings.Fields splits it, found by a byte loop simpler than lastTwoWords'.
func oneASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lastTwoWords returns the last two of the words strings.Fields finds in s, or false when
// there are fewer than two.
func lastTwoWords(s string) (prev, last string, ok bool) {
	var words [2]string
	end, n := len(s), 0
	for ; n < 2; n++ {
		for end > 0 {
			space, size := spaceBefore(s, end)
			if !space {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			space, size := spaceBefore(s, start)
			if space {
				break
			}
			start -= size
		}
		words[n] = s[start:end]
		end = start
	}
	if n < 2 {
		return "", "", false
	}
	return words[1], words[0], true
}

// spaceBefore reports whether the character that ends at s[end] is a space, as
// unicode.IsSpace judges it, and its size; an ASCII byte is judged without decoding.
func spaceBefore(s string, end int) (bool, int) {
	if c := s[end-1]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	c, size := utf8.DecodeLastRuneInString(s[:end])
	return unicode.IsSpace(c), size
}

// saintPrefix reports whether w, in lower case, is one of saintPrefixes; a short ASCII word is
// lowered on the stack.
func saintPrefix(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return saintPrefixes[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return saintPrefixes[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) { // saintPrefixes' ASCII keys, without hashing
	case "st", "st.", "saint", "sainte", "san", "santa", "sao", "mount", "mont", "port", "fort", "lake", "cape":
		return true
	}
	return false
}

// saintPrefixes make place names of persons' names: "St. Thomas", "San Jose", "Fort George".
var saintPrefixes = map[string]bool{"st": true, "st.": true, "saint": true, "sainte": true, "san": true, "santa": true,
	"são": true, "sao": true, "mount": true, "mont": true, "port": true, "fort": true, "lake": true, "cape": true}

// surnamePlaceCue reports whether the word at token i, which the article uses as a person's
// name, is a place here all the same: before a place noun ("the Steele county"), before a comma
// and the region that holds it ("Perry, Georgia"), after a preposition of place ("in Perry",
// "near Perry"), or after "of" that follows a noun governing a place ("the mayor of Perry",
// "the outskirts of Perry"). "of", "to" and "from" alone do not make it one: "friends of
// Steele", "a letter from Steele".
func (r *Resolver) surnamePlaceCue(doc *text.Doc, s *text.Sentence, i int, cands []*gazetteer.Place) bool {
	if r.heldByNext(doc, s, i+1, cands) {
		return true
	}
	if n := i + 1; n < len(doc.Tokens) && (placeNouns[doc.Tokens[n].Lower] || placeNouns[doc.Tokens[n].Lemma]) {
		return true
	}
	p := i - 1
	for p > s.First && p >= i-3 && (doc.Tokens[p].Tag == "DT" || doc.Tokens[p].Tag.IsAdj()) {
		p-- // "in northwestern Perry", "near the old Perry"
	}
	if p < s.First {
		return false
	}
	switch prev := doc.Tokens[p].Lower; {
	case prev == "of":
		return p-1 >= s.First && (placeNouns[doc.Tokens[p-1].Lemma] || placeGoverning[doc.Tokens[p-1].Lemma] || compassWord(doc.Tokens[p-1].Lower))
	case prev == "to" || prev == "from" || prev == "between" || prev == "via" || prev == "off":
		return false
	default:
		return locativePrepositions[prev]
	}
}

// placeGoverning nouns before "of" make the name after it a place: "the mayor of Perry".
var placeGoverning = map[string]bool{"mayor": true, "resident": true, "people": true, "outskirts": true,
	"centre": true, "center": true, "street": true, "suburb": true, "edge": true, "heart": true, "council": true,
	"citizen": true, "population": true, "police": true, "sheriff": true, "map": true, "part": true}

// dropStrays removes the mentions of one word resolved to a small town (bigEnough: under
// 10,000 people) far from every other place of the article (isolated), that nothing in the
// text marks as a place: no preposition of place, no place noun, no region beside it, no list
// of places, no other place joined to it by "and", "or" or commas, and the article names no
// first-level region that holds it (a town in a far corner of a large state). Such a word is more likely a person's name the article never gives in full
// ("since Steele", "the Steele verdict") than a village abroad named once.
func (r *Resolver) dropStrays(doc *text.Doc, ms []Mention) []Mention {
	out := ms[:0]
	for i := range ms {
		m := &ms[i]
		if m.isolated && m.Place != nil && m.TokEnd-m.Tok == 1 && !bigEnough(m.Place) && m.Kind == KindPlace &&
			m.holds == nil && len(m.list) < 2 && !(i+1 < len(ms) && ms[i+1].holds == m) && !coordinated(doc, ms, i) && !regionNamed(ms, m.Place) &&
			!r.surnamePlaceCue(doc, &doc.Sentences[m.Sentence], m.Tok, m.Candidates) {
			continue
		}
		out = append(out, *m)
	}
	return out
}

// coordinated reports whether mention i is joined to the mention before or after it by "and",
// "or" or commas, maybe across other capitalised names: "Bonaire, Statia and Saba".
func coordinated(doc *text.Doc, ms []Mention, i int) bool {
	joins := func(k int) bool {
		w := doc.Tokens[k].Lower
		return w == "and" || w == "or" || w == ","
	}
	chain := func(k int) bool { return joins(k) || doc.Tokens[k].Cap && doc.Tokens[k].Kind == text.Word }
	m := &ms[i]
	if i > 0 && ms[i-1].Sentence == m.Sentence && m.Tok > 0 && joins(m.Tok-1) {
		for k := m.Tok - 1; k >= ms[i-1].TokEnd && chain(k); k-- {
			if k == ms[i-1].TokEnd {
				return true
			}
		}
	}
	if i+1 < len(ms) && ms[i+1].Sentence == m.Sentence && m.TokEnd < len(doc.Tokens) && joins(m.TokEnd) {
		for k := m.TokEnd; k < ms[i+1].Tok && chain(k); k++ {
			if k == ms[i+1].Tok-1 {
				return true
			}
		}
	}
	return false
}

// regionNamed reports whether a mention of ms is resolved to the first-level region that holds p.
func regionNamed(ms []Mention, p *gazetteer.Place) bool {
	for i := range ms {
		if o := ms[i].Place; o != nil && o.Feature == "ADM1" && o.Country == p.Country && o.Admin1 == p.Admin1 {
			return true
		}
	}
	return false
}
