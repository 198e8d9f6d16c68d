package event

import (
	"math"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// passive reports whether the verb at h is in the passive voice: a participle after a form
// of "be" or "get" ("was attacked"), or a participle followed by "by" ("the territory invaded
// by ...").
func (v *sentenceView) passive(h int) bool {
	t := &v.toks[h]
	if t.Tag != "VBN" && t.Tag != "VBD" {
		return false
	}
	if adjectival[t.Lower] {
		return false
	}
	for i := h - 1; i >= v.first && i >= h-4; i-- {
		p := &v.toks[i]
		if p.Lemma == "be" || p.Lemma == "get" {
			return t.Tag == "VBN" || p.Lemma == "be"
		}
		if !p.Tag.IsAdverb() && p.Tag != "RB" {
			break
		}
	}
	return h+1 < v.end && v.toks[h+1].Lower == "by" && t.Tag == "VBN"
}

// verbActors returns the indices (into v.mentions) of the source and target of a verb event,
// or noMention.
func (v *sentenceView) verbActors(h int, m matched, passive bool) (src, tgt int) {
	subj := v.subject(h)
	if passive {
		return v.agent(m.end), subj
	}
	tgt = m.target
	if tgt == noMention && !m.p.hasTarget() {
		tgt = v.object(h + 1)
	}
	return subj, tgt
}

// nounActors returns the source and target of a nominal event: the possessive or adjective
// before the noun ("Azerbaijan's incursion", "the Azerbaijani incursion"), else "by X" after
// it, else the subject of the clause ("Armenia held talks with ...").
func (v *sentenceView) nounActors(h int, m matched) (src, tgt int) {
	src = noMention
	for i := h - 1; i >= v.first && i >= h-4; i-- {
		t := &v.toks[i]
		if k := v.endingAt(i); k != noMention {
			src = k
			break
		}
		if !skippable(t) {
			break
		}
	}
	if src == noMention {
		src = v.agent(m.end)
	}
	if src == noMention {
		// The noun as the object of a verb takes that verb's subject: "Armenia held talks".
		for i := h - 1; i >= v.first && i >= h-5; i-- {
			t := &v.toks[i]
			if t.Tag.IsVerb() && t.Lemma != "be" {
				src = v.subject(i)
				break
			}
			if !skippable(t) {
				break
			}
		}
	}
	return src, m.target
}

// endingAt returns the mention whose last token is i, or noMention.
func (v *sentenceView) endingAt(i int) int {
	for k := range v.mentions {
		if v.mentions[k].TokEnd-1 == i {
			return k
		}
	}
	return noMention
}

// agent finds "by X" within a few tokens after position p.
func (v *sentenceView) agent(p int) int {
	for i := p; i < v.end && i < p+4; i++ {
		t := &v.toks[i]
		if t.Lower == "by" {
			for j := i + 1; j < v.end && j < i+4; j++ {
				if k, ok := v.startsAt[j]; ok {
					return k
				}
				if !skippable(&v.toks[j]) {
					break
				}
			}
			return noMention
		}
		if clauseBreak(t) {
			break
		}
	}
	return noMention
}

// object finds the direct object: a mention right after the verb, past determiners and
// adjectives only.
func (v *sentenceView) object(p int) int {
	for i := p; i < v.end && i < p+4; i++ {
		if k, ok := v.startsAt[i]; ok {
			if v.mentions[k].Locative {
				return noMention
			}
			return k
		}
		if !skippable(&v.toks[i]) {
			return noMention
		}
	}
	return noMention
}

// subject finds the subject of the verb or noun at h: the nearest mention to its left that is
// not inside a prepositional phrase, a possessive modifier or a place name. It crosses other
// verbs, so coordinated verbs share their subject ("troops breached the border and
// advanced"), and stops at a semicolon or the start of the sentence.
func (v *sentenceView) subject(h int) int {
	for i := h - 1; i >= v.first; i-- {
		t := &v.toks[i]
		if t.Lower == ";" {
			return noMention
		}
		k := v.endingAt(i)
		if k == noMention {
			if t.Tag == "PRP" {
				return v.pronoun(i)
			}
			continue
		}
		m := &v.mentions[k]
		i = m.Tok // continue left of the mention
		if m.Possessive || m.Locative || v.afterPreposition(m.Tok) {
			continue
		}
		return k
	}
	return noMention
}

// afterPreposition reports whether the mention starting at tok is the object of a
// preposition ("to Putin", "into the Azerbaijani incursion").
func (v *sentenceView) afterPreposition(tok int) bool {
	for i := tok - 1; i >= v.first && i >= tok-3; i-- {
		t := &v.toks[i]
		if (t.Tag == "IN" || t.Tag == "TO") && v.toks[i+1].Tag == "CD" {
			return false // "about 250 soldiers", "up to 100 people" are subjects
		}
		if t.Lower == "of" && i > v.first && (v.toks[i-1].Tag == "CD" || quantityNouns[v.toks[i-1].Lower]) {
			return false // "thousands of Nigerians", "a group of students"
		}
		if t.Tag == "IN" || t.Tag == "TO" {
			return t.Lower != "that" && t.Lower != "while" && t.Lower != "as" && t.Lower != "after" && t.Lower != "because" && t.Lower != "if" && t.Lower != "although" && t.Lower != "when" && t.Lower != "since" && t.Lower != "before" && t.Lower != "meanwhile" && t.Lower != "whether" && t.Lower != "though" && t.Lower != "unless" && t.Lower != "until"
		}
		if t.Tag == "DT" || t.Tag.IsAdj() || t.Tag == "PRP$" || t.Tag == "CD" {
			continue
		}
		return false
	}
	return false
}

// pronoun resolves a subject pronoun at token i to a mention index (which may lie outside
// this sentence's mentions: the result indexes v.all), or noMention. "I" and "we" inside a quotation
// are its speaker: the first actor after the closing quote; "he" and "she" are the person
// named most recently.
func (v *sentenceView) pronoun(i int) int {
	switch v.toks[i].Lower {
	case "i", "we":
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
		for k := v.base; k < len(v.all); k++ {
			m := &v.all[k]
			if m.Tok > closing && m.Tok < closing+6 {
				return k - v.base
			}
			if m.Tok >= closing+6 {
				break
			}
		}
	case "it", "they":
		// "Switzerland said it had expelled ...": the nearest earlier subject-like actor that
		// is not a person.
		for k := v.base - 1 + len(v.mentions); k >= 0 && k >= v.base-6; k-- {
			m := &v.all[k]
			if m.Tok < i && !m.Person && !m.Locative && !m.Possessive && i-m.TokEnd < 40 {
				return k - v.base
			}
		}
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

// mention returns the mention at index k (relative to this sentence's first mention; it may
// be negative or past the sentence for a resolved pronoun).
func (v *sentenceView) mention(k int) *actor.Mention { return &v.all[v.base+k] }

// noMention marks the absence of a mention index (indices may be negative: a pronoun resolved
// to an earlier sentence).
const noMention = math.MinInt32

// quantityNouns head a phrase whose "of" object is the real actor.
var quantityNouns = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true, "tens": true, "millions": true,
	"group": true, "groups": true, "number": true, "crowd": true, "crowds": true, "members": true, "member": true, "supporters": true,
	"some": true, "many": true, "most": true, "all": true, "both": true, "band": true, "gang": true, "team": true, "delegation": true, "unit": true, "units": true}

// adjectival participles describe a state of the subject, not an action done to it: "forces
// were engaged in", "he is committed to".
var adjectival = map[string]bool{"engaged": true, "involved": true, "committed": true, "prepared": true, "determined": true,
	"poised": true, "set": true, "united": true, "opposed": true, "divided": true, "concerned": true, "interested": true,
	"satisfied": true, "pleased": true, "worried": true, "disappointed": true, "convinced": true, "ready": true, "willing": true, "resolved": true}
