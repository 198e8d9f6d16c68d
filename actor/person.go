package actor

import (
	"sort"
	"time"

	"github.com/annals-org/annals/text"
)

// People the article names: who they are follows from the words around their name before it
// follows from a namesake in the leaders file.

// calendarWords are capitalised words that follow a name without being part of it: "Governor
// John Rankin Thursday".
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// placeNames end the names of places, which are no persons in apposition: "Chin State".
var placeNames = map[string]bool{"state": true, "province": true, "district": true, "county": true, "city": true,
	"town": true, "township": true, "village": true, "region": true, "island": true, "islands": true, "street": true,
	"square": true, "avenue": true, "road": true, "park": true, "bridge": true, "camp": true, "airport": true}

// honorifics stand before a name without being a given name: "Mr Putin" is the leader.
var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "dame": true, "madam": true}

// nameEnd returns the end of the run of capitalised proper-noun words at tokens [from, end)
// that can be a person's name, stopping at a weekday or month.
func nameEnd(toks []text.Token, from, end int) int {
	j := from
	for j < end && nameWord(&toks[j]) {
		j++
	}
	return j
}

// namedRole returns the end of the name that follows the role word of piece p ("police
// officer John Musa", "opposition leader Ann Roe"), or 0 when no name does: the role must be a
// singular noun and the name two words at least, none of which opens a dictionary phrase (so
// "the rebel group Boko Haram" stays a group).
func (f *Finder) namedRole(doc *text.Doc, p piece, end int, published time.Time) int {
	toks := doc.Tokens
	if toks[p.end-1].Tag != "NN" {
		return 0
	}
	j := nameEnd(toks, p.end, end)
	if j-p.end < 2 {
		return 0
	}
	for k := p.end; k < j; k++ {
		if _, ok := f.match(doc, k, end, published); ok {
			return 0
		}
	}
	return j
}

// namesake reports whether the capitalised word at i, the surname of leader e, names someone
// else: the article named a person of that surname in full who is no leader of ours; a given
// name that cannot be the leader's stands right before it, in office or not ("John Musa"
// where the leader is Said Musa: remembered for the article's later "Musa"); or a surname
// follows it ("Jonathan Brown": "Jonathan" is his given name), or a capitalised word of a
// building's or body's name ("Rantisi Hospital"). A title, an honorific or an actor word
// before it ("President Musa", "Mr Musa", "Belizean Musa") is no given name.
func (f *Finder) namesake(doc *text.Doc, s *text.Sentence, i int, e *entry, published time.Time, mem *memory, ps []piece) bool {
	toks := doc.Tokens
	if mem.others[toks[i].Lower] {
		return true
	}
	end := s.First + len(s.Tokens)
	if i+1 < end && nameWord(&toks[i+1]) {
		if _, ok := f.match(doc, i+1, end, published); !ok {
			return true
		}
	}
	if i+1 < end && toks[i+1].Cap && f.dict.nonPerson[toks[i+1].Lower] {
		return true // "Al-Rantisi Hospital", "Mandela Square": named after the person, not the person
	}
	if i == s.First || len(ps) > 0 && ps[len(ps)-1].end == i {
		return false
	}
	prev := &toks[i-1]
	if !nameWord(prev) && !(i-1 == s.First && opening(prev)) || honorifics[prev.Lower] {
		return false
	}
	if _, ok := f.match(doc, i-1, end, published); ok || f.dict.sameGiven(toks[i].Lower, prev.Lower) {
		return false // an actor word, or the leader's own given name
	}
	mem.others[toks[i].Lower] = true
	return true
}

// nameWord reports whether a token can be part of a person's name: a capitalised proper noun
// that is not a weekday or month.
func nameWord(t *text.Token) bool {
	return t.Cap && t.Kind == text.Word && t.Tag.IsProper() && !calendarWords[t.Lower]
}

// opening reports whether the first word of a sentence can open a name: the tagger reads a
// capitalised word there as a common noun as readily as a name ("John", "Bill").
func opening(t *text.Token) bool {
	return t.Cap && t.Kind == text.Word && !calendarWords[t.Lower] && (t.Tag.IsNoun() || t.Tag.IsAdj())
}

// apposition reads a name followed by a role in apposition in the last sentence's mentions
// of out, "Jane Doe, the Canadian trade envoy, said", as one person mention with the role's
// code, and remembers the surname so that a later "Doe" is that person, not a namesake.
func (f *Finder) apposition(doc *text.Doc, s *text.Sentence, out []Mention, mem *memory) []Mention {
	toks := doc.Tokens
	first := len(out)
	for first > 0 && out[first-1].Sentence == s.Index {
		first--
	}
	for r := first; r < len(out); r++ {
		m := out[r]
		if m.Head != KRole && m.Head != KTitle || m.Person || m.Plural || m.Code == "" || m.Role == "CVL" {
			continue
		}
		comma := m.Tok - 1
		det := ""
		if comma > s.First && (toks[comma].Lower == "the" || toks[comma].Lower == "a" || toks[comma].Lower == "an") {
			det = toks[comma].Lower
			comma--
		}
		// A title in apposition names a person ("Jane Doe, the Canadian trade envoy"); a role
		// word may name a body ("Chin State, Myanmar military"), so it must be one person:
		// "John Musa, a police officer".
		if comma <= s.First || toks[comma].Text != "," || m.Head == KRole && det != "a" && det != "an" {
			continue
		}
		start := comma
		for start > s.First && nameWord(&toks[start-1]) {
			start--
		}
		if start == s.First+1 && start < comma && opening(&toks[s.First]) {
			start-- // "John Musa, a police spokesman, said"
		}
		if n := comma - start; n < 2 || n > 4 || placeNames[toks[comma-1].Lower] || start > s.First && locatives[toks[start-1].Lower] {
			continue // "Chin State, ...", "in New Grant, ...": a place
		}
		// The name may hold a namesake leader's surname ("Doe"), which the role overrides;
		// any other actor in it ("Human Rights Watch, the group") means it is no person.
		keep := out[:first:first]
		ok := true
		for k := first; k < len(out); k++ {
			o := &out[k]
			if o.Tok >= start && o.TokEnd <= comma {
				ok = ok && (o.Unlisted || o.Head == KPerson && o.TokEnd-o.Tok == 1)
				continue
			}
			keep = append(keep, *o)
		}
		if !ok {
			continue
		}
		p := m
		p.Tok, p.Start, p.Person = start, toks[start].Start, true
		mem.people[toks[comma-1].Lower] = p
		delete(mem.others, toks[comma-1].Lower)
		for k := range keep[first:] {
			if keep[first+k].Tok == m.Tok {
				keep[first+k] = p
			}
		}
		return f.apposition(doc, s, keep, mem)
	}
	return out
}

// titledName reads a title or a singular role followed by a name in apposition in the last
// sentence's mentions of out, "the country's chief negotiator, Jane Doe, said", as one person
// mention with the role's code spanning both, and remembers the surname. The title may carry
// an "of" phrase naming its body ("the President of the Senate, John Roe, and ...", "the
// mayor of Santa Ana, Jane Doe"): the name then takes the title's code and the title keeps
// its words, since the body may be a place. The name must be a person no dictionary lists, closed by a
// comma, a bracket or the sentence's end, so that a list ("the envoy, Jane Doe and John
// Roe") keeps the title for no one.
func (f *Finder) titledName(doc *text.Doc, s *text.Sentence, out []Mention, mem *memory) []Mention {
	toks := doc.Tokens
	end := s.First + len(s.Tokens)
	first := len(out)
	for first > 0 && out[first-1].Sentence == s.Index {
		first--
	}
	for r := first; r+1 < len(out); r++ {
		m, name := &out[r], &out[r+1]
		if m.Head != KRole && m.Head != KTitle || m.Plural || m.Code == "" || m.Role == "CVL" || !name.Unlisted {
			continue
		}
		if _, named := mem.people[toks[m.TokEnd-1].Lower]; named && m.Person {
			continue // "Governor Jane Doe, John Roe": the title has its person
		}
		comma, body := m.TokEnd, false
		if comma < end && toks[comma].Lower == "of" {
			comma = ofPhraseEnd(toks, comma, end)
			body = comma > m.TokEnd
		}
		if comma >= end || toks[comma].Text != "," || name.Tok != comma+1 {
			continue
		}
		if after := name.TokEnd; after < end && toks[after].Text != "," && toks[after].Text != "(" && toks[after].Kind != text.Punct {
			continue
		}
		p := *name
		p.Code, p.Country, p.Role, p.Where, p.Head, p.Unlisted, p.Person = m.Code, m.Country, m.Role, m.Where, KPerson, false, true
		mem.people[toks[name.TokEnd-1].Lower] = p
		delete(mem.others, toks[name.TokEnd-1].Lower)
		if body {
			// The body may be a place ("the mayor of Santa Ana, Jane Doe"), which the place
			// stage reads only outside actors: the name takes the title's code alone.
			out[r+1] = p
			continue
		}
		p.Tok, p.Start = m.Tok, m.Start
		out[r] = p
		out = append(out[:r+1], out[r+2:]...)
	}
	return out
}

// headOf reads a name followed in apposition by the post it holds in a body the article
// names, "Jane Doe, head of the Kenyan teachers' union,", "John Roe, a spokesman for the
// interior ministry,": the person takes the body's code and the article's later "Doe" is that
// person. The post is one of headWords; the body a mention with a code right after it.
func (f *Finder) headOf(doc *text.Doc, s *text.Sentence, out []Mention, mem *memory) []Mention {
	toks := doc.Tokens
	first := len(out)
	for first > 0 && out[first-1].Sentence == s.Index {
		first--
	}
	for r := first; r < len(out); r++ {
		body := &out[r]
		if body.Code == "" || body.Person || body.Role == "" || body.Role == "CVL" {
			continue
		}
		k := body.Tok - 1
		if k > s.First && toks[k].Tag == "DT" {
			k--
		}
		if k-1 <= s.First || toks[k].Lower != "of" && toks[k].Lower != "for" && toks[k].Lower != "at" || !headWords[toks[k-1].Lower] {
			continue
		}
		comma := k - 2
		if comma > s.First && toks[comma].Tag == "DT" {
			comma--
		}
		if toks[comma].Text != "," {
			continue
		}
		start := comma
		for start > s.First && comma-start < 4 && looseName(&toks[start-1]) && !f.dict.nonPerson[toks[start-1].Lower] && !placeNames[toks[start-1].Lower] {
			start--
		}
		if comma-start < 2 || start > s.First && (looseName(&toks[start-1]) || locatives[toks[start-1].Lower]) {
			continue
		}
		named := r > first && out[r-1].TokEnd == comma && out[r-1].Tok == start
		if r > first && !named && out[r-1].TokEnd > start || named && !out[r-1].Unlisted {
			continue // another actor's words ("Human Rights Watch, a member of ...")
		}
		b := r
		for b+1 < len(out) && out[b+1].Tok == out[b].TokEnd && out[b+1].Code != "" {
			b++ // "the police union": the union's
		}
		p := Mention{Tok: start, TokEnd: comma, Start: toks[start].Start, End: toks[comma-1].End, Sentence: s.Index}
		p.Code, p.Country, p.Role, p.Where, p.Head, p.Person = out[b].Code, out[b].Country, out[b].Role, out[b].Where, KPerson, true
		mem.people[toks[comma-1].Lower] = p
		delete(mem.others, toks[comma-1].Lower)
		if named {
			out[r-1] = p
			continue
		}
		// A name the finder left as ordinary words ("Pat Lynch": two verbs) is a person's
		// all the same when a post in a body follows it.
		out = append(out, Mention{})
		copy(out[r+1:], out[r:])
		out[r] = p
		r = b + 1
	}
	return out
}

// members gives a titled person named as one of a body in the last sentence's mentions of
// out the body's code, and remembers it for the surname: "Capt. Jane Doe of the Linden
// Police Department" is a police captain, not an army one, and so is the later "Captain Doe".
func members(doc *text.Doc, s *text.Sentence, out []Mention, mem *memory) {
	for r := len(out) - 2; r >= 0 && out[r].Sentence == s.Index; r-- {
		m := &out[r]
		if !m.Person || m.Head == KPerson || !memberOf(doc.Tokens, m, &out[r+1]) {
			continue
		}
		m.Code, m.Country, m.Role = out[r+1].Code, out[r+1].Country, out[r+1].Role
		if last := doc.Tokens[m.TokEnd-1].Lower; hasKey(mem.people, last) {
			mem.people[last] = *m
		}
	}
}

// looseName reports whether a token can be a word of a name that a post in apposition
// follows: capitalised, whatever the tagger read it as ("Pat", "Lynch": verbs too), save
// function words and dates.
func looseName(t *text.Token) bool {
	switch {
	case !t.Cap || t.Kind != text.Word || calendarWords[t.Lower]:
		return false
	case t.Tag == "DT" || t.Tag == "IN" || t.Tag == "CC" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "WP" || t.Tag == "WDT":
		return false
	}
	return true
}

// headWords are the posts a person holds in a body: "head of the union", "a spokesman for
// the ministry", "director at the agency".
var headWords = map[string]bool{"head": true, "chief": true, "director": true, "leader": true, "chairman": true, "chairwoman": true,
	"chair": true, "president": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"commander": true, "founder": true, "member": true, "official": true, "officer": true, "adviser": true, "advisor": true,
	"governor": true, "deputy": true, "executive": true, "coordinator": true, "representative": true, "lawyer": true}

// ofPhraseEnd returns the end of the "of" phrase at tokens [of, end) that names a title's
// body: "of the Senate", "of Police", "of the National Assembly": a determiner and one to
// four capitalised words. It returns of when there is none.
func ofPhraseEnd(toks []text.Token, of, end int) int {
	j := of + 1
	if j < end && toks[j].Tag == "DT" {
		j++
	}
	k := j
	for k < end && k-j < 4 && toks[k].Cap && toks[k].Kind == text.Word {
		k++
	}
	if k == j {
		return of
	}
	return k
}

// foreshadowed gives the surnames that a headline or lead uses before the article introduces
// their people ("Roe, Musa sue police chief", then "the Speaker, John Roe, and Amina Musa")
// the person the article introduces: a surname read as a leader there is the person named in
// full later, when that is someone else, and a surname read as nothing is that person. Only
// the first sentences are read so: further on, an unexplained surname is more often another
// person's.
func (f *Finder) foreshadowed(doc *text.Doc, out []Mention, mem *memory) []Mention {
	toks := doc.Tokens
	var added []Mention
	for si := 0; si < len(doc.Sentences) && si < foreshadowSentences; si++ {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		next := 0 // the first mention at or after token i
		for next < len(out) && out[next].Sentence < si {
			next++
		}
		for i := s.First; i < end; i++ {
			for next < len(out) && out[next].TokEnd <= i {
				next++
			}
			covered := next < len(out) && out[next].Tok <= i
			t := &toks[i]
			p, ok := mem.people[t.Lower]
			if !ok || p.Sentence <= si || !nameWord(t) || i+1 < end && nameWord(&toks[i+1]) || i > s.First && nameWord(&toks[i-1]) && !covered {
				continue
			}
			if covered {
				if o := &out[next]; o.Tok == i && o.TokEnd == i+1 && o.Head == KPerson && o.Where != p.Where {
					o.Code, o.Country, o.Role, o.Where = p.Code, p.Country, p.Role, p.Where
				}
				continue
			}
			if f.commonWord(t) {
				continue
			}
			m := p
			m.Tok, m.TokEnd, m.Start, m.End, m.Sentence = i, i+1, t.Start, t.End, si
			m.Locative, m.Possessive = false, i+1 < len(toks) && toks[i+1].Tag == "POS"
			added = append(added, m)
		}
	}
	if len(added) == 0 {
		return out
	}
	out = append(out, added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Tok < out[b].Tok })
	return out
}

// foreshadowSentences is how many sentences from the top may name a person by surname before
// the article introduces them: the headline, a standfirst and the lead.
const foreshadowSentences = 3

func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// sameGiven reports whether given can be the given name of a leader with this surname: the
// leaders file names one with the same initial (spellings and short forms keep it: "Najib",
// "Nakib"; "Joseph", "Joe"), or knows one by the surname alone.
func (d *Dictionary) sameGiven(surname, given string) bool {
	for _, e := range d.surnames[surname] {
		if len(e.words) == 1 || e.words[0] != "" && given != "" && e.words[0][0] == given[0] {
			return true
		}
	}
	return false
}

// surnameTitle reports whether the one-word title of piece p is a surname instead ("Kevin
// King", "Larry King"): written with a capital right after a given name that opens no
// dictionary phrase, is no actor word of its own ("Jordanian King Abdullah", "Saudi King")
// and no ordinary word ("Planning and Investment Minister"). The surname is remembered, so
// that the article's later "King said" is that person too, not a king.
func (f *Finder) surnameTitle(doc *text.Doc, s *text.Sentence, p piece, ps []piece, published time.Time, mem *memory) bool {
	toks := doc.Tokens
	if p.end-p.tok != 1 || !toks[p.tok].Cap {
		return false
	}
	if mem.others[toks[p.tok].Lower] {
		return true
	}
	if p.tok == s.First || len(ps) > 0 && ps[len(ps)-1].end == p.tok {
		return false
	}
	prev := &toks[p.tok-1]
	if !nameWord(prev) && !(p.tok-1 == s.First && opening(prev)) || honorifics[prev.Lower] || f.commonWord(prev) {
		return false // "Investment Minister", "Interior Minister": a word, not a given name
	}
	if _, ok := f.match(doc, p.tok-1, s.First+len(s.Tokens), published); ok {
		return false
	}
	mem.others[toks[p.tok].Lower] = true
	return true
}

// office returns the code of leader e named with title t: out of office on the article's
// date, the person holds the office the text gives ("opposition leader Raila Odinga" years
// after his term as prime minister is KENOPP), in the leader's country.
func (f *Finder) office(e, t *entry, published time.Time) string {
	if published.IsZero() || e.inOffice(published) || t.code == "" || len(e.code) < 3 {
		return e.code
	}
	return e.code[:3] + t.code
}

// surname returns the person a lone capitalised word at i names, or nil: a surname the
// article introduced ("Pashinyan said"; even where the tagger reads a word: "Doe said"), or
// the surname of a leader that is no namesake (see namesake). A surname that is also a first
// name or a word ("Martin", "Ali", "Friday") counts only for a leader in office on the
// article's date.
func (f *Finder) surname(doc *text.Doc, s *text.Sentence, i int, published time.Time, mem *memory, ps []piece) *entry {
	t := &doc.Tokens[i]
	if t.Cap && i+1 < s.First+len(s.Tokens) && governments[doc.Tokens[i+1].Lower] && !hasKey(mem.people, t.Lower) {
		// "the Bush administration", "the Obama government": a leader's government is
		// named by the surname, even one that is also a word, in office or not.
		if e := f.dict.bySurname(t.Lower, published); e != nil {
			return &entry{kind: KPerson, code: e.code, where: e.where}
		}
	}
	if !t.Cap || !t.Tag.IsProper() && !hasKey(mem.people, t.Lower) {
		return nil
	}
	if m, ok := mem.people[t.Lower]; ok {
		if end := s.First + len(s.Tokens); m.Unlisted && i+1 < end && nameWord(&doc.Tokens[i+1]) {
			return nil // "Sharqiya Army" after "Ajnad Sharqiya": another name
		}
		return &entry{kind: KPerson, code: m.Code, where: m.Where}
	}
	e := f.dict.bySurname(t.Lower, published)
	if e == nil || f.commonWord(t) || f.namesake(doc, s, i, e, published, mem, ps) ||
		len(f.lex.Tags(t.Text)) > 0 && (published.IsZero() || !e.inOffice(published)) {
		return nil
	}
	return &entry{kind: KPerson, code: e.code, where: e.where}
}

// officeOf gives person mention mn [tok, end) the country of the country word before it:
// "Georgian President Eduard Shevardnadze" names the office meant, whatever other offices the
// person held, and "BVI Governor John Rankin" gives one to a person the article named without
// ("Governor John Rankin"). Later mentions of the surname mean that office too.
func officeOf(mn *Mention, country string, toks []text.Token, tok, end int, mem *memory) {
	mn.setCountry(country)
	if end-tok > 1 {
		mem.people[toks[end-1].Lower] = *mn
	}
}

// governments are the nouns a leader's surname names a government by: "the Bush
// administration".
var governments = map[string]bool{"administration": true, "government": true, "cabinet": true, "regime": true}

// unlistedPerson is the entry of a person no dictionary lists, named in full in the article:
// a private person, a suspect, an official named without a title. Civilian until the text
// says otherwise (a title or role in apposition: see apposition); Situate gives the country.
// unlisted.go finds such names.
var unlistedPerson = &entry{kind: KPerson, code: "CVL", where: "actor/person.go: a name of two to four words"}
