package event

import "github.com/annals-org/annals/actor"

// A warning about another's act forecasts it; it is no threat by that actor, nor the warner's:
// in "Kenya warned that Ugandan rebels would attack the border towns" and "Kenya warned of
// attacks by Ugandan rebels" the rebels threatened nothing. A warning about the warner's own
// act, or its own forces' ("Kenya warned it would close the border", "warned that its army
// would strike"), is the warner's threat.

// warnsOfOther reports whether the threat cue at cue is, or stands in the clause of, a form of
// "warn" ("warned of attacks by", "warned that the rebels would attack") whose subject is an
// actor other than the act's source, of another country.
func (v *sentenceView) warnsOfOther(e *Event, cue int) bool {
	if e.Source == nil || cue < v.first || cue >= v.end {
		return false
	}
	w := cue
	for w >= v.first && w > cue-10 && v.toks[w].Lemma != "warn" {
		if clauseBreak(&v.toks[w]) {
			return false
		}
		w--
	}
	if w < v.first || w <= cue-10 {
		return false
	}
	k := v.subject(w)
	if k == noMention {
		return false
	}
	return !sameSide(v.mention(k), e.Source)
}

// sameSide reports whether two mentions name the same actor or actors of the same country.
func sameSide(a, b *actor.Mention) bool {
	if a.Code == b.Code {
		return true
	}
	return a.Country != "" && a.Country == b.Country
}
