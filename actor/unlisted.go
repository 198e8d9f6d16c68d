package actor

import (
	"time"

	"github.com/annals-org/annals/text"
)

// People named in full whom no dictionary lists ("Ahmad Khan Rahami", "Mr Doe"): how a run of
// capitalised words is told from a place, an institution or a leader's namesake, and how such a
// mention waits for the place stage before it becomes a person. Their entry is unlistedPerson.

// unlisted returns the piece of a person whom no dictionary lists, named in full at token i
// ("Ahmad Khan Rahami", "Tova Noel and Michael Thomas"): two to four capitalised proper nouns
// that open no dictionary phrase and hold no leader's surname (those are read by surname),
// not after a determiner or a locative preposition ("the Justice League", "in Port Louis"),
// without a word of an institution's or a place's name (dict/actors/nonperson-words.tsv:
// "Correctional Center", "Palm Beach"), nor mostly ordinary words ("Prison Guards Charged": a headline).
// A name the article already introduced ("Governor Jane Doe", later "Jane Doe") is that
// person.
func (f *Finder) unlisted(doc *text.Doc, s *text.Sentence, i int, published time.Time, mem *memory) (piece, bool) {
	toks := doc.Tokens
	end := s.First + len(s.Tokens)
	if i > s.First && nameWord(&toks[i-1]) {
		return piece{}, false
	}
	if honorifics[toks[i].Lower] {
		return f.honoured(doc, s, i, published, mem)
	}
	j := nameEnd(toks, i, end)
	if i == s.First && j == i && opening(&toks[i]) {
		j = nameEnd(toks, i+1, end) // "Tova Noel said": the tagger reads a first word as a noun
	}
	return f.unlistedName(doc, s, i, j, published, mem)
}

// unlistedName returns the piece of the unlisted person whose name is tokens [i, j) (see
// unlisted), or false when the words are no such name.
func (f *Finder) unlistedName(doc *text.Doc, s *text.Sentence, i, j int, published time.Time, mem *memory) (piece, bool) {
	toks := doc.Tokens
	end := s.First + len(s.Tokens)
	if n := j - i; n < 2 || n > 4 || j < end && (placeNames[toks[j].Lower] || toks[j].Tag == "POS" && j+1 < end && placeNames[toks[j+1].Lower] || nameWord(&toks[j])) {
		return piece{}, false
	}
	if i > s.First {
		if prev := &toks[i-1]; prev.Tag == "DT" || locatives[prev.Lower] || prev.Lower == "to" || prev.Lower == "into" {
			return piece{}, false
		}
	}
	common := 0
	for k := i; k < j; k++ {
		t := &toks[k]
		if _, ok := f.match(doc, k, end, published); ok || f.dict.nonPerson[t.Lower] || placeNames[t.Lower] || upper(t.Text) || len(t.Text) < 2 {
			return piece{}, false
		}
		if f.dict.leaderName(t.Lower, toks[i].Lower, k == j-1) {
			return piece{}, false // the leader, or a namesake as surname reads it
		}
		if f.commonWord(t) {
			common++
		}
	}
	if 2*common > j-i {
		return piece{}, false
	}
	if m, ok := mem.people[toks[j-1].Lower]; ok {
		return piece{tok: i, end: j, e: &entry{kind: KPerson, code: m.Code, where: m.Where}}, true
	}
	return piece{tok: i, end: j, e: unlistedPerson}, true
}

// honoured returns the person an honorific at i names ("Mr Doe", "Dr. Jane Roe"): the person
// the article introduced with that surname, an unlisted person, or nothing when the one name
// after it is a leader's surname, which surname reads next ("Mr Putin" is the leader; a
// surname that is also a common name only while the leader is in office, as surname reads it). An
// honorific is no given name, so "Mr Shapps" is never a stranger called Mr.
func (f *Finder) honoured(doc *text.Doc, s *text.Sentence, i int, published time.Time, mem *memory) (piece, bool) {
	toks := doc.Tokens
	j := nameEnd(toks, i+1, s.First+len(s.Tokens))
	if j-i-1 != 1 {
		p, ok := f.unlistedName(doc, s, i+1, j, published, mem)
		p.tok = i
		return p, ok
	}
	w := &toks[i+1]
	if m, ok := mem.people[w.Lower]; ok {
		return piece{tok: i, end: j, e: &entry{kind: KPerson, code: m.Code, where: m.Where}}, true
	}
	if e := f.dict.bySurname(w.Lower, published); e != nil && (len(f.lex.Tags(w.Text)) == 0 || e.inOffice(published)) {
		return piece{}, false // the leader; a surname that is also a common name is one only in office
	}
	if f.dict.nonPerson[w.Lower] || placeNames[w.Lower] || upper(w.Text) {
		return piece{}, false
	}
	if _, ok := f.match(doc, i+1, j, published); ok {
		return piece{}, false
	}
	return piece{tok: i, end: j, e: unlistedPerson}, true
}

// leaderName reports whether word w of a full name may name a leader: a leader's surname as
// the last word with a given name that can be the leader's (surname decides those), or any
// other word of the name that is a leader's surname.
func (d *Dictionary) leaderName(w, given string, last bool) bool {
	list := d.surnames[w]
	if len(list) == 0 {
		return false
	}
	return !last || d.sameGiven(w, given)
}

// holdUnlisted holds mention m of an unlisted person as a role until Yield has seen the
// places: the place stage reads the words of a role mention as a possible place, and many
// two-word names are places the gazetteer knows ("Al Bayda", "Minas Gerais"). Yield then drops
// the mention or makes it the person (see releaseUnlisted).
func holdUnlisted(m *Mention) {
	m.Unlisted, m.Head, m.Person = true, KRole, false
}

// releaseUnlisted makes a held unlisted mention the person it names.
func releaseUnlisted(m *Mention) {
	m.Head, m.Person = KPerson, true
}
