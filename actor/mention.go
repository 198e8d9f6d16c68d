package actor

import (
	"strings"
	"time"

	"github.com/annals-org/annals/text"
)

// Mention is one coded actor in the text.
type Mention struct {
	Tok, TokEnd int // token indices [Tok, TokEnd) in Doc.Tokens
	Start, End  int // byte offsets
	Sentence    int
	Code        string // CAMEO actor code
	Country     string // ISO alpha-3 or ""
	Role        string // first role code or ""
	Head        Kind   // what kind of phrase gave the code
	Locative    bool   // a name after "in", "at", "near": a place more than an actor
	Possessive  bool   // followed by 's: "Armenia's border"
	Person      bool   // a named person
	Plural      bool   // its head word is plural ("troops", "villagers")
	Both        bool   // "the two leaders", "both sides": the two actors named just before
	Unlisted    bool   // a person named in full whom no dictionary lists ("Tova Noel"): see unlisted
	Shared      bool   // an institution's name other states use too ("Congress"): see Situate
	Where       string // the dictionary entry (file:line) that gave the code
}

// piece is one dictionary match before assembly into mentions.
type piece struct {
	tok, end int
	e        *entry
	name     int // for titles: the end of the person name that follows, else 0
}

// Finder finds actor mentions. Safe for concurrent use.
type Finder struct {
	dict *Dictionary
	lex  *text.Lexicon
}

// NewFinder returns a Finder over d; lex tells surnames from ordinary words.
func NewFinder(d *Dictionary, lex *text.Lexicon) *Finder { return &Finder{dict: d, lex: lex} }

// article state carried across sentences: people and roles already named.
type memory struct {
	people map[string]Mention // surname -> the person's first full mention
	roles  map[string]Mention // head phrase ("defense ministry") -> a mention with a country
	others map[string]bool    // surnames of people named in full who are no leader of ours
	// force is the role (COP, MIL) of the police or armed force named last, in sentence
	// forceSentence (see officers); forceSentence is -1 before any.
	force         string
	forceSentence int
}

// Find returns the actor mentions of doc in text order. published dates the leaders' terms
// (zero: any term).
func (f *Finder) Find(doc *text.Doc, published time.Time) []Mention {
	mem := memory{people: map[string]Mention{}, roles: map[string]Mention{}, others: map[string]bool{}, forceSentence: -1}
	var out []Mention
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		pieces := f.pieces(doc, s, published, &mem)
		first := len(out)
		out = f.assemble(doc, s, pieces, &mem, out)
		out = f.apposition(doc, s, out, &mem)
		out = f.titledName(doc, s, out, &mem)
		out = f.headOf(doc, s, out, &mem)
		members(doc, s, out, &mem)
		rememberForce(out[min(first, len(out)):], s.Index, &mem)
	}
	return f.foreshadowed(doc, out, &mem)
}

// pieces finds the longest dictionary match at each token of sentence s.
func (f *Finder) pieces(doc *text.Doc, s *text.Sentence, published time.Time, mem *memory) []piece {
	var ps []piece
	toks := doc.Tokens
	end := s.First + len(s.Tokens)
	for i := s.First; i < end; {
		p, ok := f.match(doc, i, end, published)
		if !ok {
			p, ok = f.compound(doc, i, published)
		}
		if !ok {
			if e := officers(toks, i, s.Index, mem, ps); e != nil {
				ps = append(ps, piece{tok: i, end: i + 1, e: e})
			} else if e := f.surname(doc, s, i, published, mem, ps); e != nil {
				ps = append(ps, piece{tok: i, end: i + 1, e: e})
			} else if p, ok := f.unlisted(doc, s, i, published, mem); ok {
				ps = append(ps, p)
				i = p.end
				continue
			}
			i++
			continue
		}
		if m, ok := mem.people[toks[p.tok].Lower]; ok && p.e.kind == KTitle && p.end-p.tok == 1 && toks[p.tok].Cap {
			// "King thanked his family" after "Kevin King, an American teacher": the person.
			p.e = &entry{kind: KPerson, code: m.Code, where: m.Where}
		}
		if p.e.kind == KTitle && f.surnameTitle(doc, s, p, ps, published, mem) {
			i = p.end // "Kevin King", "Larry King": a surname that is also a title
			continue
		}
		if p.e.kind == KTitle {
			// A title followed by a capitalised name is a person: "Prime Minister Nikol
			// Pashinyan". The name may itself be a known leader.
			j := nameEnd(toks, p.end, end)
			if j > p.end {
				p.name = j
				if q, ok := f.match(doc, p.end, end, published); ok && q.e.kind == KPerson {
					p.name = q.end
					p.e = &entry{kind: KPerson, code: q.e.code, where: q.e.where}
				} else if m, ok := mem.people[toks[j-1].Lower]; ok {
					// "President Putin" after "Russian President Vladimir Putin".
					p.e = &entry{kind: KPerson, code: m.Code, where: m.Where}
				} else if e := f.dict.bySurname(toks[j-1].Lower, published); e != nil && (j == p.end+1 || f.dict.sameGiven(toks[j-1].Lower, toks[p.end].Lower)) && !f.dict.otherOffice(toks[j-1].Lower, p.e, published) {
					// "President Bush": a title and a leader's surname. With a given name that
					// cannot be the leader's ("Mayor Jane Doe") it is someone else.
					p.e = &entry{kind: KPerson, code: f.office(e, p.e, published), where: e.where}
				}
			} else if j < end && toks[j].Tag.IsNoun() {
				// A title word modifying a noun is no person: "a general strike".
				i = p.end
				continue
			}
		}
		if p.e.kind == KRole && p.end-p.tok == 1 && f.attributive(doc, p.end, end, published) {
			// A role word that is also an adjective, before a noun that opens no actor of its
			// own, is the adjective: "military aid", "official contact".
			i = p.end
			continue
		}
		if p.e.kind == KRole && p.end-p.tok == 1 && toks[p.tok].Cap && toks[p.tok].Tag.IsProper() && p.tok > s.First && !precededByCountry(ps, p.tok) {
			// A capitalised role word inside a name is part of that name: "West Bank".
			i = p.end
			continue
		}
		if p.e.kind == KRole && p.name == 0 {
			p.name = f.namedRole(doc, p, end, published)
		}
		ps = append(ps, p)
		i = max(p.end, p.name)
	}
	return ps
}

// match returns the longest entry matching the tokens at i.
func (f *Finder) match(doc *text.Doc, i, end int, published time.Time) (piece, bool) {
	toks := doc.Tokens
	for _, e := range f.dict.byFirst[toks[i].Lower] {
		n := len(e.words)
		if i+n > end {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if toks[i+k].Lower != e.words[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if e.exact != "" && doc.Text[toks[i].Start:toks[i+n-1].End] != e.exact {
			continue
		}
		switch e.kind {
		case KRole, KTitle:
		default:
			if !toks[i].Cap && !e.lower {
				continue
			}
		}
		if !e.inOffice(published) {
			continue
		}
		return piece{tok: i, end: i + n, e: e}, true
	}
	return piece{}, false
}

// assemble joins adjacent pieces into mentions: country words modify the role, title or
// organisation that follows them ("Azerbaijani troops", "Russia's Foreign Minister Sergei
// Lavrov"), and coordinated country words share the head ("Hungarian and Romanian officials").
func (f *Finder) assemble(doc *text.Doc, s *text.Sentence, ps []piece, mem *memory, out []Mention) []Mention {
	toks := doc.Tokens
	var modBuf [4]piece // the country words of one group, on the stack: rarely more than two
	for k := 0; k < len(ps); {
		mods, head, j := modifiedHead(toks, ps, k, modBuf[:0])
		if head == nil {
			// Country words alone: each is an actor by itself ("Armenia", "Azerbaijanis").
			for _, m := range mods {
				out = append(out, f.mention(doc, s, m.tok, m.end, m.e, "", mem))
			}
			k = j + 1
			continue
		}
		hend, j := organisationPeople(toks, ps, head, j)
		if len(mods) == 0 {
			if pair(toks, head.tok) && toks[head.end-1].Tag == "NNS" {
				// "the two leaders", "both sides": resolved by the coder to the two actors
				// named before.
				m := f.mention(doc, s, head.tok-1, hend, head.e, "", mem)
				m.Both, m.Code, m.Country, m.Role = true, "", "", ""
				out = append(out, m)
				k = j + 1
				continue
			}
			if head.e.code == "" {
				k = j + 1 // "sides" with no country names no actor
				continue
			}
			m := f.mention(doc, s, head.tok, hend, head.e, "", mem)
			if head.e.kind == KTitle || head.e.kind == KRole {
				possessor(toks, s, &m, out)
			}
			out = append(out, m)
		} else {
			out = f.countriesHead(doc, s, mods, head, hend, mem, out)
		}
		if head.name > 0 && head.e.kind != KPerson {
			// An unknown person by title or role ("police officer John Musa"): later "Musa"
			// is the same actor.
			out[len(out)-1].Person = true
			last := toks[head.name-1].Lower
			mem.people[last] = out[len(out)-1]
		}
		k = j + 1
	}
	first := len(out)
	for first > 0 && out[first-1].Sentence == s.Index {
		first--
	}
	f.placeCountries(toks, out[first:])
	return out
}

// modifiedHead collects the run of country words that starts at piece k, joined by "and",
// ",", "'s" or adjectives, and the head they modify, if any (nil when they stand alone). j
// is the last piece used. The words are appended to mods, a buffer of the caller's.
func modifiedHead(toks []text.Token, ps []piece, k int, mods []piece) (_ []piece, head *piece, j int) {
	for j = k; j < len(ps); j++ {
		if !isCountryWord(ps[j].e.kind) {
			if len(mods) == 0 {
				head = &ps[j]
			} else if joinable(toks, ps[j-1].end, ps[j].tok, false) && !(ps[j-1].e.kind != KAdj && coordinated(toks, ps[j-1].end, ps[j].tok)) &&
				ps[j].e.where != unlistedPerson.where { // "French Operation Barkhane": no person of France's

				head = &ps[j]
			} else {
				j--
			}
			break
		}
		if len(mods) > 0 && ps[j].tok == mods[len(mods)-1].end && ps[j].e.kind == KAdj {
			// "Bosnian Serbs", "Iraqi Kurds": a people named by its country; the
			// country word first says whose.
			mods[len(mods)-1].end = ps[j].end
			if j+1 >= len(ps) || !joinable(toks, ps[j].end, ps[j+1].tok, isCountryWord(ps[j+1].e.kind)) {
				break
			}
			continue
		}
		mods = append(mods, ps[j])
		if j+1 >= len(ps) || !joinable(toks, ps[j].end, ps[j+1].tok, isCountryWord(ps[j+1].e.kind)) {
			break
		}
	}
	if j >= len(ps) {
		j = len(ps) - 1
	}
	return mods, head, j
}

// organisationPeople extends an organisation's head (piece j) over the role, title or
// titled person right after it, who are its people: "Red Cross officials", "Hezbollah
// guerrillas", "Arab League Secretary General Chadli Klibi". It returns the head's token
// end and the last piece used.
func organisationPeople(toks []text.Token, ps []piece, head *piece, j int) (hend, last int) {
	hend = max(head.end, head.name)
	if (head.e.kind == KOrg || head.e.kind == KGroup || head.e.kind == KMetonym) && j+1 < len(ps) &&
		(ps[j+1].e.kind == KRole || ps[j+1].e.kind == KTitle || ps[j+1].e.kind == KPerson && ps[j+1].name > 0) && (joinable(toks, hend, ps[j+1].tok, false) || bracketed(toks, head.tok, hend, ps[j+1].tok)) {
		return max(ps[j+1].end, ps[j+1].name), j + 1
	}
	return hend, j
}

// countriesHead appends one mention per country word of mods for the head they share,
// ending at hend: "Kenyan and Ugandan soldiers" are each country's soldiers, and a known
// person takes the office the country word names ("Georgian President Eduard Shevardnadze").
func (f *Finder) countriesHead(doc *text.Doc, s *text.Sentence, mods []piece, head *piece, hend int, mem *memory, out []Mention) []Mention {
	toks := doc.Tokens
	for mi, m := range mods {
		mn := f.mention(doc, s, m.tok, hend, head.e, m.e.code[:3], mem)
		if head.e.kind == KPerson && mn.Country != m.e.code[:3] && mn.Role != "" {
			officeOf(&mn, m.e.code[:3], toks, head.tok, hend, mem)
		}
		if mi < len(mods)-1 {
			// "Kenyan and Ugandan soldiers": each country's soldiers, the first named by
			// its own word, so that the coder reads two actors joined by "and".
			mn.TokEnd, mn.End = m.end, toks[m.end-1].End
		}
		if head.e.kind == KGroup && strings.HasPrefix(head.e.code, "IMG") {
			// A transnational group's national branch: "Iraq's al-Qaeda".
			mn.setCountry(m.e.code[:3])
		}
		out = append(out, mn)
	}
	return out
}

// possessor widens a title or role mention m over the possessive phrase that says whose it
// is, when that phrase names no actor of its own: "the Caribbean territory's premier Jane
// Doe", "the country's president", "the island's governor". The phrase is part of the
// actor, so a verb before it ("arrested the territory's premier") finds the actor as its
// object; Situate gives it the country the article means.
func possessor(toks []text.Token, s *text.Sentence, m *Mention, out []Mention) {
	pos := m.Tok - 1
	if pos <= s.First || toks[pos].Tag != "POS" {
		return
	}
	start := pos
	for start > s.First && pos-start < 3 && (toks[start-1].Tag.IsNoun() || toks[start-1].Tag.IsAdj()) && toks[start-1].Kind == text.Word {
		start--
	}
	if start == pos || start == s.First || toks[start-1].Tag != "DT" {
		return // "the" before it: a possessor named as a thing, not a person ("Jane's aide")
	}
	if n := len(out); n > 0 && out[n-1].Sentence == m.Sentence && out[n-1].TokEnd > start {
		return
	}
	m.Tok, m.Start = start, toks[start].Start
}

// bracketed reports whether the name [tok, end) is an abbreviation in brackets right before
// the word at next: "the Drug Enforcement Agency (DEA) officials" are the agency's.
func bracketed(toks []text.Token, tok, end, next int) bool {
	return tok > 0 && toks[tok-1].Text == "(" && end < len(toks) && toks[end].Text == ")" && end+1 == next
}

// speaksFor reports whether mention m is a spokesperson named by the body it speaks for, the
// mention b after "for" or "of" with at most a determiner and an adjective between: "a
// spokesman for the opposition party". A spokesperson with a country of its own ("a Kenyan
// spokesman for ...") or a name keeps its code.
func speaksFor(toks []text.Token, m, b *Mention) bool {
	if !spokesWords[toks[m.TokEnd-1].Lower] || m.Country != "" || m.TokEnd-m.Tok > 1 || b.Code == "" || b.Role == "" || b.Person || b.Locative {
		return false
	}
	gap := b.Tok - m.TokEnd
	if gap < 1 || gap > 3 || toks[m.TokEnd].Lower != "for" && toks[m.TokEnd].Lower != "of" {
		return false
	}
	for k := m.TokEnd + 1; k < b.Tok; k++ {
		if t := &toks[k]; t.Tag != "DT" && !t.Tag.IsAdj() {
			return false
		}
	}
	return true
}

// memberOf reports whether the titled person m is named as one of body b: "of the" and at
// most two capitalised words of the body's name between ("Capt. Jane Doe of the Linden
// Police Department"); a place there ("of Linden") is no body.
func memberOf(toks []text.Token, m, b *Mention) bool {
	if b.Code == "" || b.Role == "" || b.Role == "CVL" || b.Person || m.TokEnd+1 >= b.Tok || toks[m.TokEnd].Lower != "of" || toks[m.TokEnd+1].Lower != "the" {
		return false
	}
	for k := m.TokEnd + 2; k < b.Tok; k++ {
		if !toks[k].Cap || k-m.TokEnd-2 >= 2 {
			return false
		}
	}
	return true
}

var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true, "spokesmen": true}

var placePrepositions = map[string]bool{"in": true, "throughout": true, "from": true, "of": true, "across": true}

func (m *Mention) setCountry(c string) {
	m.Country = c
	m.Code = c + m.Role
}

func isCountryWord(k Kind) bool { return k == KName || k == KAdj || k == KCapital }

// joinable reports whether the tokens between two pieces let them form one phrase.
// A comma joins only a list of country words ("Russian, Chinese and Iranian officials").
// coordinated reports whether "and" stands between a country name and the next piece: the
// piece is then a second actor, not the head the country modifies ("Washington and the
// Taliban", "the U.S. and the European Union"). A country adjective before "and" still
// modifies what follows ("Kenyan and Ugandan soldiers", "Georgian and European Union flags").
func coordinated(toks []text.Token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].Lower == "and" {
			return true
		}
	}
	return false
}

func joinable(toks []text.Token, from, to int, list bool) bool {
	if to-from > 3 {
		return false
	}
	for i := from; i < to; i++ {
		t := &toks[i]
		switch {
		case t.Tag == "POS", t.Tag == "DT", t.Lower == "and", t.Lower == "," && list, t.Tag.IsAdj(), rankWords[t.Lower],
			!list && !t.Cap && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "VBN"):
		default:
			return false
		}
	}
	return true
}

var locatives = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "throughout": true, "around": true, "from": true, "of": true, "via": true, "through": true}

// mention builds a Mention for tokens [start, end) whose head is e; country (if non-empty)
// comes from a modifier.
func (f *Finder) mention(doc *text.Doc, s *text.Sentence, start, end int, e *entry, country string, mem *memory) Mention {
	toks := doc.Tokens
	m := Mention{Tok: start, TokEnd: end, Start: toks[start].Start, End: toks[end-1].End, Sentence: s.Index, Head: e.kind, Where: e.where, Shared: e.shared && country == ""}
	switch e.kind {
	case KRole, KTitle:
		m.Code = country + e.code
		if country == "" {
			// "the Defense Ministry" after "Armenia's Defense Ministry": the same actor.
			if prev, ok := mem.roles[e.where]; ok {
				m.Code = prev.Code
			}
		} else {
			mem.roles[e.where] = m.withCode(country + e.code)
		}
	case KPerson:
		m.Code = e.code
	default:
		m.Code = e.code
	}
	if m.Code == "" {
		m.Code = country
	}
	if len(m.Code) >= 3 && f.dict.countries[m.Code[:3]] {
		m.Country = m.Code[:3]
		if len(m.Code) >= 6 {
			m.Role = m.Code[3:6]
		}
	} else if len(m.Code) >= 3 {
		m.Role = m.Code[len(m.Code)-3:]
		if len(m.Code) > 3 && (strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO") || strings.HasPrefix(m.Code, "IMG")) {
			m.Role = m.Code[:3]
		}
	}
	if last := &toks[end-1]; last.Tag == "NNS" || last.Tag == "NNPS" || crowdWords[last.Lower] {
		m.Plural = true
	}
	if start > 0 && locatives[toks[start-1].Lower] && (e.kind == KName || e.kind == KCapital || e.kind == KMetonym) {
		// Only a name can be a place: "in Baku" is where, "of people" is who.
		m.Locative = true
	}
	if end < len(toks) && toks[end].Tag == "POS" {
		m.Possessive = true
	}
	if e.kind == KPerson || e.kind == KTitle && toks[end-1].Tag.IsProper() && toks[end-1].Cap {
		m.Person = true
	}
	if e.where == unlistedPerson.where {
		holdUnlisted(&m)
	}
	if e.kind == KPerson && end-start > 1 {
		mem.people[toks[end-1].Lower] = m
	}
	return m
}

func (m Mention) withCode(code string) Mention { m.Code = code; return m }

// precededByCountry reports whether the last piece found ends right before tok and names a
// country or an organisation, which a role word may follow ("the Russian Army").
func precededByCountry(ps []piece, tok int) bool {
	if len(ps) == 0 {
		return false
	}
	last := ps[len(ps)-1]
	return last.end >= tok-2 && (isCountryWord(last.e.kind) || last.e.kind == KOrg || last.e.kind == KGroup)
}

// rankWords qualify a title or role without changing whose it is: "Vice Foreign Minister",
// "ousted President".
var rankWords = map[string]bool{"acting": true, "former": true, "then": true, "senior": true, "top": true, "vice": true, "deputy": true,
	"chief": true, "new": true, "interim": true, "ousted": true, "outgoing": true, "incoming": true, "caretaker": true, "transitional": true,
	"ex": true, "late": true, "exiled": true, "embattled": true}

// alliedSuffixes turn a country word into a modifier of the same country: "Russia-led",
// "Iranian-backed", "Saudi-allied".
var alliedSuffixes = []string{"-led", "-backed", "-allied", "-sponsored", "-supported", "-controlled", "-based", "-born"}

// compound matches a hyphenated token whose first part is a country word followed by one of
// alliedSuffixes, as that country's adjective.
func (f *Finder) compound(doc *text.Doc, i int, published time.Time) (piece, bool) {
	t := &doc.Tokens[i]
	if !t.Cap || !strings.Contains(t.Lower, "-") {
		return piece{}, false
	}
	for _, suf := range alliedSuffixes {
		if !strings.HasSuffix(t.Lower, suf) {
			continue
		}
		stem := t.Lower[:len(t.Lower)-len(suf)]
		for _, e := range f.dict.byFirst[stem] {
			if len(e.words) == 1 && isCountryWord(e.kind) {
				return piece{tok: i, end: i + 1, e: &entry{kind: KAdj, code: e.code[:3], where: e.where}}, true
			}
		}
	}
	return piece{}, false
}

// attributive reports whether the role word just before token next is used as an adjective:
// the lexicon knows it as one ("military", "official", "civilian"), and next is a common noun
// that opens no dictionary entry ("aid", "contact"; not "troops" or "officials") and is not
// one of the actor's holdings, which stand for it ("attacked a military post": the military).
func (f *Finder) attributive(doc *text.Doc, next, end int, published time.Time) bool {
	toks := doc.Tokens
	if next >= end || !toks[next].Tag.IsNoun() || toks[next].Tag.IsProper() || holdings[toks[next].Lemma] {
		return false
	}
	role := &toks[next-1]
	adjective := false
	for _, t := range f.lex.Tags(role.Lower) {
		adjective = adjective || t.IsAdj()
	}
	if !adjective {
		return false
	}
	_, ok := f.match(doc, next, end, published)
	return !ok
}

// holdings are the posts and units of an armed body: an attack on one is an attack on the
// body.
var holdings = map[string]bool{"post": true, "outpost": true, "base": true, "camp": true, "barracks": true,
	"checkpoint": true, "position": true, "convoy": true, "patrol": true, "garrison": true}

// commonWord reports whether a capitalised token is more likely an ordinary word than a
// surname: it opens the sentence and the lexicon knows it in lower case ("May", "Bush").
func (f *Finder) commonWord(t *text.Token) bool {
	return len(f.lex.Tags(t.Lower)) > 0 && !f.lex.Tags(t.Lower)[0].IsProper()
}

// crowdWords are singular nouns for many people.
var crowdWords = map[string]bool{"mob": true, "crowd": true, "group": true, "gang": true, "people": true, "police": true, "militia": true}

// pair reports whether the token before tok is "two" or "both": "the two leaders".
func pair(toks []text.Token, tok int) bool {
	return tok > 0 && (toks[tok-1].Lower == "two" || toks[tok-1].Lower == "both")
}
