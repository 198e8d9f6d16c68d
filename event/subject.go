package event

import (
	"strings"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// The subject of a verb: the search to its left, and the phrases it must not take for one (a
// thing, a preposition's object, the object of a verb of causing, an absolute "with" clause).

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
		if t.Lower == "," || dash(t.Lower) {
			// Skip a relative clause between commas or dashes: "Turkey, which backs the
			// rebels, condemned ...".
			if j := v.relativeStart(i); j >= 0 {
				i = j
				continue
			}
		}
		k := v.endingAt(i)
		if k == noMention {
			if t.Tag == "PRP" {
				if v.objectPronounAt(i) {
					continue // "opposed it, calling for ...", "attacked them, killing five"
				}
				return v.pronoun(i)
			}
			if (t.Lower == "who" || t.Lower == "which") && v.opensClauseOf(i, h) {
				// A relative clause's subject is its antecedent: "the rebels, who have
				// refused to negotiate".
				if a := v.antecedent(i); a != noMention {
					return a
				}
			}
			continue
		}
		m := &v.mentions[k]
		i = m.Tok // continue left of the mention
		if v.withClause(m, h) || v.controlledBy(m, h) {
			return k
		}
		if m.Possessive || m.Locative || v.afterPreposition(m.Tok) || v.modifiesNoun(m) || v.objectOfVerb(m) {
			continue
		}
		return k
	}
	return noMention
}

// adverbialOpeners open a participle clause before the main clause: "After arresting the
// suspects, police ...", "When removing a detainee from suicide watch, it is critical ...".
var adverbialOpeners = map[string]bool{"after": true, "before": true, "when": true, "while": true, "since": true,
	"by": true, "on": true, "upon": true, "in": true, "without": true}

// frontedMain returns the first token of the main clause after the participle clause that
// opens the sentence with the gerund at h ("After arresting the suspects, | police freed
// them"), or -1.
func (v *sentenceView) frontedMain(h int) int {
	if v.toks[h].Tag != "VBG" {
		return -1
	}
	f := v.first
	if f < h && openingQuotes[v.toks[f].Lower] {
		f++
	}
	if h != f && !(h == f+1 && adverbialOpeners[v.toks[f].Lower]) {
		return -1
	}
	for i := h + 1; i < v.end; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			return -1
		}
		if t.Lower == "," {
			if i+1 < v.end {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// thingSubject reports whether the active verb at h has for its subject a noun phrase that
// names a thing, not an actor, or an indefinite pronoun the tagger reads as a noun: "said
// settlements threaten the peace", "no evidence supports the claim", "the decision would not
// change the facts", "said someone had placed bombs". The
// subject search would cross it and take an actor further left, the speaker or the
// possessor of another phrase, as the doer. The phrase must open its clause (not follow a
// preposition: "residents of the town fled"; a verb of saying or its object may open it) and hold no actor mention ("Kenya's decision")
// and no noun that names people ("the attackers fired", "a gunman shot").
func (v *sentenceView) thingSubject(h int) bool {
	i := h - 1
	for i >= v.first && (v.toks[i].Tag == "MD" || v.toks[i].Tag.IsAdverb() || auxiliary[v.toks[i].Lemma] && v.toks[i].Tag.IsVerb()) {
		i--
	}
	if i < v.first || i == h-1 && !finite(v.toks[h].Tag) {
		return false
	}
	head := &v.toks[i]
	if v.insideAnyMention(i) || head.Tag != "NN" && head.Tag != "NNS" || strings.HasSuffix(head.Lower, "man") || strings.ContainsAny(head.Lower, "'’") ||
		!strings.HasSuffix(head.Lemma, "ment") && (peopleNoun(head.Lower) || peopleNoun(head.Lower+"s")) {
		// A noun in "-ment" names an act or a thing, never people ("settlements").
		return false
	}
	j := i
	for ; j >= v.first; j-- {
		t := &v.toks[j]
		if t.Tag == "POS" || t.Tag.IsProper() && !v.insideAnyMention(j) {
			return false
		}
		if v.insideAnyMention(j) {
			// An actor right before the phrase is its owner ("Kenyan police statement"),
			// unless it is the object of a verb: "told lawmakers no evidence supports".
			for j > v.first && v.insideAnyMention(j-1) {
				j--
			}
			return j > v.first && v.toks[j-1].Tag.IsVerb()
		}
		if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "DT" && t.Tag != "CD" && !t.Tag.IsAdj() {
			break
		}
	}
	if j < v.first {
		return true
	}
	t := &v.toks[j]
	return clauseOpener[t.Lower] || t.Kind == text.Quote || dash(t.Lower) || t.Tag.IsVerb() && reporting[t.Lemma]
}

// clauseOpener are the words after which a noun phrase starts a clause as its subject.
var clauseOpener = map[string]bool{",": true, "that": true, "and": true, "but": true, "while": true, "because": true,
	"as": true, "when": true, "after": true, "before": true, "since": true, "if": true, "though": true, "although": true,
	"whereas": true, "unless": true}

// auxiliary verbs stand between a subject and its main verb: "has strongly objected".
var auxiliary = map[string]bool{"be": true, "have": true, "do": true}

// finite reports a verb tag that can follow its subject directly; the tagger reads many a
// present plural as a base form ("settlements threaten").
func finite(t text.Tag) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "VB" }

// controlledBy reports whether mention m is the object of a verb of causing or letting whose
// infinitive is h, and so h's subject: "forced Uganda to release the prisoners", "helped Iran
// build the reactor", "let Chile inspect the port".
func (v *sentenceView) controlledBy(m *actor.Mention, h int) bool {
	if !v.toks[h].Tag.IsVerb() || m.TokEnd > h || m.Possessive {
		return false
	}
	for i := m.TokEnd; i < h; i++ {
		if t := &v.toks[i]; t.Lower != "to" && !t.Tag.IsAdverb() && t.Kind != text.Quote {
			return false
		}
	}
	for i := m.Tok - 1; i >= v.first && i >= m.Tok-4; i-- {
		t := &v.toks[i]
		if t.Tag.IsVerb() {
			return controlVerbs[t.Lemma]
		}
		if !skippable(t) {
			return false
		}
	}
	return false
}

// controlVerbs make or let their object do the act of the infinitive after it ("persuade",
// "urge" and "ask" only try: their infinitive is no act yet).
var controlVerbs = map[string]bool{"force": true, "compel": true, "help": true, "let": true, "make": true,
	"allow": true, "permit": true, "enable": true, "oblige": true}

// withClause reports whether mention m is the subject of an absolute "with" clause whose
// participle is h: "Kenya sent troops, with Uganda also sending two battalions", "with
// protesters throwing stones". Only adverbs may stand between the mention and h.
func (v *sentenceView) withClause(m *actor.Mention, h int) bool {
	if v.toks[h].Tag != "VBG" || m.TokEnd > h || m.Possessive {
		return false
	}
	for i := m.TokEnd; i < h; i++ {
		if !v.toks[i].Tag.IsAdverb() {
			return false
		}
	}
	for i := m.Tok - 1; i >= v.first && i >= m.Tok-3; i-- {
		t := &v.toks[i]
		if t.Lower == "with" {
			return true
		}
		if t.Tag != "DT" && !t.Tag.IsAdj() && t.Tag != "CD" {
			return false
		}
	}
	return false
}

// opensClauseOf reports whether the relative pronoun at i opens the clause of the verb at h:
// no other verb between them but auxiliaries and verbs of an infinitive chain ("who have
// refused to negotiate"); in "followers of a cleric who was arrested protested" the clause
// of "who" ends before "protested".
func (v *sentenceView) opensClauseOf(i, h int) bool {
	for j := i + 1; j < h; j++ {
		t := &v.toks[j]
		if !t.Tag.IsVerb() || isAux(t.Lemma) || t.Tag == "VBG" || v.toks[j+1].Lower == "to" {
			continue
		}
		return false
	}
	return true
}

// antecedent returns the mention that the relative pronoun at i follows, past a comma, or
// noMention. An age or a home town set off by commas stands between a person and "who":
// "Jane Doe, 18, of Dallas, who ..." is about Jane Doe, not Dallas.
func (v *sentenceView) antecedent(i int) int {
	j := i - 1
	if j >= v.first && (v.toks[j].Lower == "," || dash(v.toks[j].Lower)) {
		j--
	}
	for n := 0; n < 2 && j > v.first; n++ {
		if k := v.appositiveDetail(j); k >= 0 {
			j = k
		}
	}
	if j < v.first {
		return noMention
	}
	return v.endingAt(j)
}

// appositiveDetail returns the token before the comma that opens an age (", 18") or a home
// town (", of Dallas") ending at token j, or -1 when j ends neither.
func (v *sentenceView) appositiveDetail(j int) int {
	if v.toks[j].Tag == "CD" && j-2 >= v.first && v.toks[j-1].Lower == "," {
		return j - 2
	}
	for k := j; k > v.first && k >= j-3; k-- {
		t := &v.toks[k]
		if t.Lower == "of" {
			if k < j && k-2 >= v.first && v.toks[k-1].Lower == "," {
				return k - 2
			}
			return -1
		}
		if !t.Cap || !t.Tag.IsProper() {
			return -1
		}
	}
	return -1
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
			return !subordinators[t.Lower] && t.Lower != "meanwhile"
		}
		if t.Tag == "DT" || t.Tag.IsAdj() || t.Tag == "PRP$" || t.Tag == "CD" {
			continue
		}
		return false
	}
	return false
}
