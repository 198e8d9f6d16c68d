package event

import "github.com/annals-org/annals"

// A speaker who says another actor is responsible for an act, or behind it ("said Uganda is
// responsible for the attacks", "said Ugandan rebels were behind the bombings") accuses that
// actor (112): the act is what the accusation is about (see topic), and the statement is the
// event.

// responsibilityPattern stands for the rule where an event names the pattern that made it.
var responsibilityPattern = &Pattern{Code: "112", Head: "responsible", Where: "event/blame.go", Text: "@T be responsible for|behind ..."}

// responsibility returns the accusation the word at h makes, when it is "responsible for" or
// "behind" after a copula whose subject is an actor, in a clause a speaker reports, and the
// token of the act it names, which the coder skips.
func (c *Coder) responsibility(v *sentenceView, sentence, h int) (Event, int, bool) {
	t := &v.toks[h]
	switch {
	case t.Lower == "responsible" && h+1 < v.end && v.toks[h+1].Lower == "for":
	case t.Lower == "behind":
	default:
		return Event{}, 0, false
	}
	act := v.actAfter(h + 1)
	if act < 0 {
		return Event{}, 0, false // "behind the fence", "responsible for security"
	}
	be := h - 1
	for be > v.first && v.toks[be].Tag.IsAdverb() {
		be-- // "is directly responsible"
	}
	if be <= v.first || v.toks[be].Lemma != "be" || !v.toks[be].Tag.IsVerb() {
		return Event{}, 0, false
	}
	k := v.endingAt(be - 1)
	if k == noMention || v.mentions[k].Locative || v.mentions[k].Possessive {
		return Event{}, 0, false
	}
	say := v.reportedSubjectOf(v.mentions[k].Tok)
	if say < 0 {
		return Event{}, 0, false
	}
	src := v.subject(say)
	if src == noMention || v.mention(src).Code == v.mention(k).Code {
		return Event{}, 0, false
	}
	e := Event{Sentence: sentence, Head: h, Code: "112", Info: c.table.Lookup("112"), Pattern: responsibilityPattern,
		Source: v.mention(src), Target: v.mention(k), Status: annals.Asserted}
	e.Trigger.Start, e.Trigger.End = t.Start, t.End
	if v.questionClause(h) {
		return Event{}, 0, false
	}
	return e, act, true
}

// actAfter returns the token of the act named from token i on, past "for", determiners,
// adjectives and numbers: an event noun ("the twin bombings") or a gerund with verb patterns
// ("for killing nine guards"); or -1.
func (v *sentenceView) actAfter(i int) int {
	if i < v.end && v.toks[i].Lower == "for" {
		i++
	}
	for ; i < v.end; i++ {
		t := &v.toks[i]
		if t.Tag == "VBG" {
			if _, ok := v.best(v.patterns.lookup(false, t), i); ok {
				return i
			}
			return -1
		}
		if t.Tag.IsNoun() && !v.insideAnyMention(i) {
			if _, ok := v.best(v.patterns.lookup(true, t), i); ok {
				return i
			}
			if i+1 < v.end && v.toks[i+1].Tag.IsNoun() {
				continue // a modifier: "the oil facility attacks", "the car bombing"
			}
			return -1
		}
		if !skippable(t) && !v.insideAnyMention(i) {
			return -1
		}
	}
	return -1
}
