package event

import "github.com/annals-org/annals"

// A wish about another's act ("Kenya hopes Uganda will sign the deal", "the minister would
// like to see Uganda agree to a ceasefire", "Kenya wants Uganda to withdraw") is no intent
// of the speaker to do the act, nor the act: it asks the other to do it, an appeal (020) from
// the one who wishes to the one who would act. With no one named who wishes ("many hope
// Uganda will sign") it is nobody's act and no record.

// wishAuxiliaries stand between the wished actor and its act: "will sign", "to withdraw";
// wishAdverbs may stand there too: "will finally sign".
var (
	wishAuxiliaries = map[string]bool{"will": true, "would": true, "can": true, "could": true, "should": true, "to": true,
		"might": true, "may": true}
	wishAdverbs = map[string]bool{"finally": true, "soon": true, "also": true, "eventually": true}
)

// wished returns the token of the wish verb that governs the act at h with another actor as
// the act's subject ("hopes Uganda will", "would like to see Uganda", "wants Uganda to"),
// and the mention of that actor; -1 and noMention when there is none.
func (v *sentenceView) wished(h int) (int, int) {
	act := h
	if h-2 < v.first {
		return -1, noMention // no room for a wish and its actor
	}
	if !v.toks[h].Tag.IsVerb() {
		// A noun is the act when it is the object of the wished verb: "hopes Uganda
		// will join the peace talks".
		act = h - 1
		for act > v.first && skippable(&v.toks[act]) {
			act--
		}
		if act-1 <= v.first || !v.toks[act].Tag.IsVerb() || isAux(v.toks[act].Lemma) {
			return -1, noMention
		}
	}
	i := act - 1
	for i > v.first && (wishAuxiliaries[v.toks[i].Lower] || wishAdverbs[v.toks[i].Lower]) {
		i--
	}
	x := v.endingAt(i)
	if x == noMention || x < 0 {
		return -1, noMention
	}
	w := v.mentions[x].Tok - 1
	if w > v.first && v.toks[w].Lower == "that" {
		w--
	}
	if w >= v.first && v.toks[w].Lower == "see" && w-2 >= v.first && v.toks[w-1].Lower == "to" {
		w -= 2 // "would like to see Uganda agree"
	}
	if w < v.first {
		return -1, noMention
	}
	switch t := &v.toks[w]; {
	case wishes[t.Lower]:
	case (t.Lower == "like" || t.Lower == "love") && v.wouldBefore(w):
	default:
		return -1, noMention
	}
	return w, x
}

// wishedAct recodes the act at h that a wish verb governs with another actor as its subject
// as an appeal from the one who wishes to that actor. It reports whether the act was a
// wish, and keep whether it stays a record: not when no one named wishes.
func (c *Coder) wishedAct(e *Event, v *sentenceView, h int) (wish, keep bool) {
	w, x := v.wished(h)
	if w < 0 {
		return false, false
	}
	speaker := v.subject(w)
	if speaker == noMention {
		return true, false
	}
	from, to := v.mention(speaker), v.mention(x)
	if from.Code == to.Code {
		return true, false
	}
	e.Code, e.Info, e.Status = "020", c.table.Lookup("020"), annals.Asserted
	e.Source, e.Target = from, to
	return true, true
}
