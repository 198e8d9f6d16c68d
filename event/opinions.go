package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/cameo"
)

// An opinion of another actor or of its act ("Russia views Washington's move as a violation
// of international law", "said it regarded the Ugandan decision as unacceptable") is a
// comment on that actor: a criticism (111) when the complement condemns, praise (051) when
// it approves, else a statement about it (010). Weighing a policy option ("is considering
// sanctions") is no opinion, and an opinion of a thing no actor owns ("considers the vote
// unfair") names no one to comment on.

// condemningWords in an opinion's complement make it a criticism.
var condemningWords = map[string]bool{"violation": true, "breach": true, "mistake": true, "provocation": true,
	"obstacle": true, "threat": true, "illegal": true, "unlawful": true, "illegitimate": true, "unacceptable": true,
	"wrong": true, "contradict": true, "contradicting": true, "dangerous": true, "irresponsible": true, "unjustified": true,
	"hostile": true, "aggression": true, "interference": true, "meddling": true, "blow": true, "setback": true,
	"invalid": true, "null": true, "void": true, "biased": true, "unfair": true, "destabilizing": true, "destabilising": true}

// approvingWords in an opinion's complement make it praise.
var approvingWords = map[string]bool{"partner": true, "ally": true, "friend": true, "positive": true, "constructive": true,
	"welcome": true, "progress": true, "breakthrough": true, "reliable": true, "legitimate": true, "valuable": true}

// opinionPattern stands for the opinion rule where an event names the pattern that made it.
var opinionPattern = &Pattern{Code: "010", Head: "view", Where: "event/opinions.go", Text: "view|regard|consider|deem @T('s act) as|to be ..."}

// judgement returns the event a speaker's judgement of another actor at h makes (an opinion
// of it, or the blame for an act), and the token after the words it covers: the act blamed
// is what the accusation is about, no event of its own.
func (c *Coder) judgement(v *sentenceView, sentence, h int) (Event, int, bool) {
	if e, ok := c.opinionComment(v, sentence, h); ok {
		return e, h + 1, true
	}
	if e, act, ok := c.responsibility(v, sentence, h); ok {
		return e, act + 1, true
	}
	return Event{}, 0, false
}

// opinionComment returns the comment the opinion verb at h makes on the actor its object
// names, and whether there is one.
func (c *Coder) opinionComment(v *sentenceView, sentence, h int) (Event, bool) {
	t := &v.toks[h]
	if !t.Tag.IsVerb() || !v.opinion(h) {
		return Event{}, false
	}
	// The object: up to the complement, which opens with an adjective, "a(n)", "as" or "to be".
	tgt, j, nouns := noMention, h+1, 0
	for j < v.end {
		if k, ok := v.startsAt[j]; ok {
			if tgt == noMention && !v.mentions[k].Locative {
				tgt = k
			}
			j, nouns = v.mentions[k].TokEnd, nouns+1
			continue
		}
		if u := &v.toks[j]; u.Tag.IsNoun() {
			nouns++
		} else if u.Tag != "POS" && (nouns > 0 || !skippable(u)) {
			break
		}
		j++
	}
	src := v.subject(h)
	if tgt == noMention || src == noMention || v.mention(src).Code == v.mention(tgt).Code {
		return Event{}, false
	}
	code := cameo.Code("010")
	for i := j; i < v.end && i < j+12; i++ {
		u := &v.toks[i]
		if clauseBreak(u) || u.Lower == "," && i > j+1 {
			break
		}
		switch {
		case condemningWords[u.Lower] || condemningWords[u.Lemma]:
			code = "111"
		case approvingWords[u.Lower] && code == "010":
			code = "051"
		}
	}
	e := Event{Sentence: sentence, Head: h, Code: code, Info: c.table.Lookup(code), Pattern: opinionPattern,
		Source: v.mention(src), Target: v.mention(tgt)}
	e.Trigger.Start, e.Trigger.End = t.Start, t.End
	// Only an opinion held: "does not consider Uganda a threat" is none of the three.
	if !c.assess(&e, v, h, h+1) || e.Status != annals.Asserted {
		return Event{}, false
	}
	return e, true
}
