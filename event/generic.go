package event

import "github.com/annals-org/annals/actor"

// A kind of people named by what such people do ("people who refuse to self-isolate",
// "soldiers who desert", "drivers who ignore the curfew") is no specific actor, and a rule
// about them told in the present or with a modal ("penalties for people who refuse to
// self-isolate will rise", "soldiers who desert are executed", "drivers who ignore the
// curfew can be fined") reports no event. With a past verb the same words report one:
// "police arrested protesters who blocked the road".

// genericRule reports whether the act at h is a rule or habit about a kind of people that its
// source or target names.
func (v *sentenceView) genericRule(e *Event, h int) bool {
	generic, start := false, h
	for _, m := range [2]*actor.Mention{e.Source, e.Target} {
		if v.genericKind(m) {
			generic, start = true, min(start, m.Tok)
		}
	}
	if !generic {
		return false
	}
	// The tense of the rule itself, not of the verb that reports it: "he added that
	// penalties for people who refuse will be increased".
	modal := false
	for i := start; i < v.end; i++ {
		switch t := &v.toks[i]; {
		case t.Tag == "VBD", t.Lower == "has", t.Lower == "have", t.Lower == "had":
			return false // a past or perfect reports what was done
		case t.Tag == "MD":
			modal = true
		}
	}
	head := &v.toks[h]
	presentPassive := head.Tag == "VBN" && h > v.first && (v.toks[h-1].Lower == "is" || v.toks[h-1].Lower == "are")
	return modal || presentPassive || !head.Tag.IsVerb()
}

// genericKind reports whether m is a bare plural (no determiner, number or possessive before
// it) followed by a relative clause in the present: "people who refuse", "soldiers that
// desert".
func (v *sentenceView) genericKind(m *actor.Mention) bool {
	if m == nil || !m.Plural || m.Person || m.Tok < v.first || m.TokEnd+1 >= v.end {
		return false
	}
	if m.Tok > v.first {
		if p := &v.toks[m.Tok-1]; p.Tag == "DT" || p.Tag == "CD" || p.Tag == "PRP$" || p.Tag == "POS" {
			return false
		}
	}
	rel, verb := &v.toks[m.TokEnd], &v.toks[m.TokEnd+1]
	return (rel.Lower == "who" || rel.Lower == "that") && (verb.Tag == "VBP" || verb.Tag == "VBZ" || verb.Tag == "VB") // a present plural the tagger may read as a base form
}
