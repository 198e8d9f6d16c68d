package event

import "github.com/annals-org/annals/text"

// Words that look like an event but report none in their place: a noun after a preposition,
// an opinion verb with a complement, a noun that is the speaker of a quote.

// afterPreposition reports whether the token at h follows a preposition, directly or past a
// determiner: "by phone", "over the phone".
func afterPreposition(toks []text.Token, h, first int) bool {
	if h > first && toks[h-1].Tag == "DT" {
		h--
	}
	return h > first && toks[h-1].Tag == "IN"
}

// opinionVerbs give an opinion when their object has a complement: "considers the vote
// unfair", "regards Uganda as a partner".
var opinionVerbs = map[string]bool{"consider": true, "deem": true, "regard": true, "view": true}

// opinion reports whether the verb at h states an opinion of its object ("considers Uganda
// a reliable partner", "still considers the settlements illegal") rather than weighing a
// policy option ("is considering sanctions").
func (v *sentenceView) opinion(h int) bool {
	if !opinionVerbs[v.toks[h].Lemma] {
		return false
	}
	j, nouns := h+1, 0
	for j < v.end {
		if k, ok := v.startsAt[j]; ok {
			j, nouns = v.mentions[k].TokEnd, nouns+1
			continue
		}
		t := &v.toks[j]
		if t.Tag.IsNoun() {
			nouns++
		} else if nouns > 0 || !skippable(t) {
			break
		}
		j++
	}
	if nouns == 0 || j >= v.end {
		return false
	}
	t := &v.toks[j]
	return t.Tag.IsAdj() || t.Lower == "a" || t.Lower == "an" || t.Lower == "as" ||
		t.Lower == "to" && j+1 < v.end && v.toks[j+1].Lower == "be"
}

// speechVerbs are the verbs of saying whose subject is a speaker.
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "insist": true, "explain": true,
	"note": true, "argue": true, "state": true}

// speaker reports whether the noun at h is the one who speaks in the clause, not an act:
// "the Kenyan and Ugandan mediators said", "negotiators told reporters". "Strikes said to have
// killed ..." is a report of the strikes.
func (v *sentenceView) speaker(h int) bool {
	if h+1 >= v.end {
		return false
	}
	t := &v.toks[h+1]
	if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" || !speechVerbs[t.Lemma] {
		return false
	}
	return h+2 >= v.end || v.toks[h+2].Lower != "to"
}
