package event

import (
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// Pronouns: the actor a subject pronoun stands for, read from the mentions before it in the
// sentence and the sentences before.

// pronoun resolves a subject pronoun at token i to a mention index (which may lie outside
// this sentence's mentions: the result indexes v.all), or noMention. "I" and "we" inside a quotation
// are its speaker: the first actor after the closing quote; "he" and "she" are the person
// named most recently.
func (v *sentenceView) pronoun(i int) int {
	switch v.toks[i].Lower {
	case "i", "we":
		return v.quoteSpeaker(i)
	case "it", "they":
		// "Switzerland said it had expelled ...": the nearest earlier actor that can be "it"
		// (a country, organisation or group) or "they" (a plural or a collective).
		// A subject is preferred to a nearer object: in "Peru signed an accord with Chile.
		// It later imposed tariffs" and "Brazil's statement that it will help", "it" is the
		// one that acts in the clause before.
		it := v.toks[i].Lower == "it"
		if !it {
			if k := v.speakerSide(i); k != noMention {
				return k
			}
		}
		nearest := noMention
		for k := v.base - 1 + len(v.mentions); k >= 0 && k >= v.base-6; k-- {
			m := &v.all[k]
			if m.Tok >= i || m.Person || m.Locative || i-m.TokEnd >= 40 {
				continue
			}
			if it && m.Plural || !it && m.Head == actor.KRole && !m.Plural {
				continue // "it" is not "people" nor "the Iranians"; "they" is not "the ministry"
			}
			if m.Possessive {
				if v.possessorActs(k) && v.inSubjectPosition(m) {
					return k - v.base
				}
				continue
			}
			if v.inSubjectPosition(m) {
				return k - v.base
			}
			if nearest == noMention {
				nearest = k - v.base
			}
		}
		return nearest
	case "he", "she":
		for k := v.base - 1 + len(v.mentions); k >= 0; k-- {
			m := &v.all[k]
			if m.Tok < i && m.Person {
				return k - v.base
			}
		}
	}
	return noMention
}

// quoteSpeaker returns the speaker of the quotation holding token i (a first-person pronoun):
// the first actor after the closing quote, or noMention.
func (v *sentenceView) quoteSpeaker(i int) int {
	closing := -1
	for j := i + 1; j < len(v.toks) && j < i+120; j++ {
		if v.toks[j].Kind == text.Quote && j > 0 && v.toks[j].Start == v.toks[j-1].End {
			closing = j
			break
		}
	}
	if closing < 0 {
		return noMention
	}
	if p := v.toks[closing-1].Lower; p == "." || p == "?" || p == "!" {
		// The quotation ends its sentence: no speaker follows it, and one standing alone
		// goes on from the speaker named before it ("..." said Jane Doe. "We ...").
		return v.speakerBefore(i)
	}
	for k := v.base; k < len(v.all); k++ {
		m := &v.all[k]
		if m.Tok > closing && m.Tok < closing+6 {
			return k - v.base
		}
		if m.Tok >= closing+6 {
			break
		}
	}
	return noMention
}

// speakerBefore returns the speaker of the quotation before the one that holds token i: the
// actor after or before a verb of saying within a few tokens before its opening quote, or
// noMention.
func (v *sentenceView) speakerBefore(i int) int {
	opening := -1
	for j := i - 1; j >= 0 && j >= i-60; j-- {
		if v.toks[j].Kind == text.Quote && j+1 < len(v.toks) && v.toks[j].End == v.toks[j+1].Start {
			opening = j
			break
		}
	}
	if opening < 1 {
		return noMention
	}
	for r := opening - 1; r >= 0 && r >= opening-12; r-- {
		t := &v.toks[r]
		if !t.Tag.IsVerb() || !reporting[t.Lemma] {
			continue
		}
		for k := v.base - 1 + len(v.mentions); k >= 0; k-- {
			m := &v.all[k]
			if m.Tok > r && m.Tok <= r+3 && addressing[t.Lemma] {
				continue // "Doe told reporters": the one told is no speaker
			}
			if m.Tok > r && m.Tok <= r+3 || m.TokEnd <= r && m.TokEnd >= r-1 {
				return k - v.base // "said White House Press Secretary Jane Doe", "Doe said"
			}
			if m.TokEnd < r-1 {
				break
			}
		}
		return noMention
	}
	return noMention
}

// objectPronoun resolves an object pronoun at token i for a verb whose subject is subj: "him"
// and "her" to the person last named (see personBefore), "me" and "us" in a quotation to its
// speaker. It returns noMention for any other word.
func (v *sentenceView) objectPronoun(i, subj int) int {
	switch v.toks[i].Lower {
	case "him", "her":
		return v.personBefore(i, subj)
	case "me", "us":
		if k := v.quoteSpeaker(i); k != subj {
			return k
		}
	}
	return noMention
}

// objectPronounAt reports whether the pronoun at i is an object, which is no subject of a
// verb after it: an object form ("them", "him", "me", "us") right after a verb ("ambushed
// them, killing five"), or "it" right after a verb or a preposition ("opposed it", "with it").
// After a preposition "them" and the like still end the search: "a grenade at them" keeps the
// subject to its own clause.
func (v *sentenceView) objectPronounAt(i int) bool {
	if i == v.first {
		return false
	}
	p := &v.toks[i-1]
	// "said it was", "that it would": a clause's subject after a verb of saying or a
	// conjunction.
	afterVerb := p.Tag.IsVerb() && !isAux(p.Lemma) && !reporting[p.Lemma]
	switch v.toks[i].Lower {
	case "them", "him", "me", "us":
		return afterVerb
	case "it", "you":
		return afterVerb || (p.Tag == "IN" || p.Tag == "TO") && !subordinators[p.Lower]
	}
	return false
}

// speakerSide resolves "they" reported by a named person to that person's side: in "the
// Peruvian envoy Jane Doe said they would appeal" they are Peru's, whom she speaks for. A
// group of people named before it in the sentence ("Kenya said the rebels ... they") is left
// to the general rule.
func (v *sentenceView) speakerSide(i int) int {
	verb := i - 1
	if verb > v.first && v.toks[verb].Lower == "that" {
		verb--
	}
	if verb <= v.first || !v.toks[verb].Tag.IsVerb() || !reporting[v.toks[verb].Lemma] {
		return noMention
	}
	k := v.subject(verb)
	if k == noMention || k < 0 || k >= len(v.mentions) {
		return noMention
	}
	if sp := &v.mentions[k]; !sp.Person || sp.Country == "" {
		return noMention
	}
	for j := range v.mentions {
		if m := &v.mentions[j]; m.Tok < i && m.Plural {
			return noMention
		}
	}
	return k
}

// inSubjectPosition reports whether mention m, in this sentence or an earlier one, stands
// where a subject stands: not the object of a verb ("told Sweden") nor of a preposition ("with
// Chile"), though the agent of "by" is one ("was announced by Chile").
func (v *sentenceView) inSubjectPosition(m *actor.Mention) bool {
	for i := m.Tok - 1; i >= 0 && i >= m.Tok-4; i-- {
		t := &v.toks[i]
		if t.Tag.IsVerb() {
			// "told Sweden that it", "warned Chile that it": the addressee is no subject.
			return t.Cap || reporting[t.Lemma] && !addressing[t.Lemma] || t.Lemma == "be" || t.Lemma == "have"
		}
		if t.Tag == "IN" || t.Tag == "TO" {
			return t.Lower == "by" || subordinators[t.Lower]
		}
		if !skippable(t) {
			return true
		}
	}
	return true
}

// addressing verbs of reporting take the one spoken to as their first object.
var addressing = map[string]bool{"tell": true, "warn": true, "show": true}

// subordinators open a clause whose subject follows them: "after Chile signed".
var subordinators = map[string]bool{"that": true, "while": true, "as": true, "after": true, "because": true, "if": true,
	"although": true, "when": true, "since": true, "before": true, "whether": true, "though": true, "unless": true, "until": true}

// possessorActs reports whether the possessive mention at index k of v.all owns an act or a
// word ("Brazil's statement", "Chile's decision"), not an actor of its own ("Brazil's
// foreign minister", whose possessor is no antecedent).
func (v *sentenceView) possessorActs(k int) bool {
	m := &v.all[k]
	if k+1 < len(v.all) && v.all[k+1].Tok <= m.TokEnd+2 {
		return false
	}
	return m.Head != actor.KRole
}

// personBefore resolves an object pronoun ("him", "her") at token i to the person named most
// recently before it, other than subj (the verb's subject, who is not its own object) and others
// of the subject's code (often the subject under another name), as an
// index relative to this sentence's first mention, or noMention.
func (v *sentenceView) personBefore(i, subj int) int {
	for k := v.base - 1 + len(v.mentions); k >= 0; k-- {
		m := &v.all[k]
		if m.Tok >= i || !m.Person || k-v.base == subj {
			continue
		}
		if subj != noMention && (v.surname(v.mention(subj)) == v.surname(m) || v.mention(subj).Code == m.Code) {
			continue // the subject named again ("Mr Trump", "the US President"), or a colleague
		}
		return k - v.base
	}
	return noMention
}

// surname returns the last word of a mention, which names a person again ("Jane Doe", "Doe").
func (v *sentenceView) surname(m *actor.Mention) string { return v.toks[m.TokEnd-1].Lower }
