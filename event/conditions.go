package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/cameo"
)

// A reported act named as the condition of something ("said that lifting the sanctions is a
// precondition for talks", "said the withdrawal of the troops was a condition of any
// ceasefire") is neither done nor merely judged: the speaker demands it. CAMEO codes it as a
// demand (10x) of that act, as it codes "demanded that Kenya lift the sanctions" (1054).

// conditionNouns name what must be done before something else can be.
var conditionNouns = map[string]bool{"condition": true, "precondition": true, "prerequisite": true,
	"requirement": true, "requisite": true, "must": true}

// precondition returns the demand whose content is the act best matched at h, when the act is the subject of a reported clause that calls it a condition.
func (c *Coder) precondition(v *sentenceView, sentence int, h int, best matched, noun bool) (Event, bool) {
	say := v.reportedSubjectOf(h)
	if say < 0 || v.questionClause(h) {
		return Event{}, false
	}
	kind := v.calledCondition(h)
	if kind == notJudged {
		return Event{}, false
	}
	k := v.subject(say)
	if k == noMention {
		return Event{}, false
	}
	code := cameo.Code("100")
	if kind == ruledOut {
		// The refusal recoding names the act turned down: "lifting the sanctions is out of
		// the question" rejects easing them (124).
		code = "120"
		if to, ok := c.cues.recoded("refusal", best.p.Code); ok && to.Root() == "12" {
			code = to
		}
	} else if intent, ok := c.cues.recoded("intent", best.p.Code); ok && len(intent) >= 3 && intent.Root() == "03" {
		if to := cameo.Code("10") + intent[2:]; c.table.Lookup(to) != nil {
			code = to
		}
	}
	e := Event{Sentence: sentence, Head: h, Code: code, Info: c.table.Lookup(code), Pattern: best.p, Source: v.mention(k), Status: annals.Asserted}
	e.Trigger = annals.Span{Start: v.toks[h].Start, End: v.toks[best.end-1].End}
	if noun {
		// The one whose act is demanded, named in the act's own phrase, is its target:
		// "Uganda's withdrawal", "the withdrawal of Ugandan troops".
		if a, _ := v.nounActors(h, best); a != noMention && v.mention(a).Tok < best.end && v.mention(a).Code != e.Source.Code {
			e.Target = v.mention(a)
		}
	}
	return e, true
}

// reportedSubjectOf returns the reporting verb whose clause opens with the phrase headed by
// h ("said that lifting the sanctions ...", "said the withdrawal of ..."), or -1.
func (v *sentenceView) reportedSubjectOf(h int) int {
	i := h - 1
	for i >= v.first && (skippable(&v.toks[i]) || v.insideAnyMention(i)) {
		i-- // the phrase's determiners, modifiers and possessor: "Uganda's withdrawal"
	}
	if i < v.first {
		return -1
	}
	if t := &v.toks[i]; t.Tag.IsVerb() && reporting[t.Lemma] {
		return i
	}
	if v.toks[i].Lower != "that" {
		return -1
	}
	// "said on Friday that", "said this month that": a time phrase may stand between.
	for j := i - 1; j >= v.first && j >= i-5; j-- {
		t := &v.toks[j]
		if clauseBreak(t) || t.Lower == "," {
			return -1
		}
		if t.Tag.IsVerb() && reporting[t.Lemma] {
			return j
		}
	}
	return -1
}

// What a reported clause calls the act that is its subject.
type judgedAs uint8

const (
	notJudged judgedAs = iota
	condition          // "is a precondition": demanded
	ruledOut           // "is out of the question": rejected
)

// calledCondition tells whether the phrase headed by h is the subject of a copula whose
// complement is a condition noun ("lifting the sanctions imposed last year is a
// precondition", "the withdrawal of the troops was one of the conditions") or rules the act
// out ("is out of the question", "is not an option").
func (v *sentenceView) calledCondition(h int) judgedAs {
	for i := h + 1; i < v.end && i <= h+16; i++ {
		t := &v.toks[i]
		switch {
		case clauseBreak(t), t.Lower == ",", t.Lower == "that", t.Lower == "which", t.Lower == "who":
			return notJudged
		case (t.Tag == "VBD" || t.Tag == "VBN") && t.Lemma != "be" && (v.toks[i-1].Tag.IsNoun() || v.toks[i-1].Tag == "DT"):
			// A participle after a noun or a determiner describes a noun: "the tariffs
			// imposed last year", "the detained activists".
		case t.Lemma == "be" && (t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP"):
			return v.conditionComplement(i + 1)
		case t.Tag == "MD" && i+1 < v.end && v.toks[i+1].Lemma == "be":
			return v.conditionComplement(i + 2)
		case t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP" || t.Tag == "MD":
			return notJudged
		}
	}
	return notJudged
}

// conditionComplement tells what the complement starting at i calls its subject: a
// condition ("a precondition", "an important condition", "one of the conditions"), or an act
// ruled out ("out of the question", "not an option", "unacceptable", "off the table").
func (v *sentenceView) conditionComplement(i int) judgedAs {
	if i < v.end && (v.toks[i].Lower == "not" || v.toks[i].Lower == "n't") {
		// "is not an option", "is not on the table"; "is not a precondition" asks nothing.
		for j := i + 1; j < v.end && j <= i+4; j++ {
			if w := v.toks[j].Lower; w == "option" || w == "table" || w == "acceptable" || w == "negotiable" {
				return ruledOut
			}
		}
		return notJudged
	}
	for j := i; j < v.end && j <= i+4; j++ {
		if v.phraseAt(j, ruledOutPhrase) || v.phraseAt(j, offTablePhrase) || ruledOutWords[v.toks[j].Lower] {
			return ruledOut
		}
		if !skippable(&v.toks[j]) && v.toks[j].Tag != "RB" && v.toks[j].Tag != "IN" {
			break
		}
	}
	for ; i < v.end; i++ {
		t := &v.toks[i]
		if skippable(t) || t.Lower == "one" || t.Lower == "of" {
			continue
		}
		if t.Tag.IsNoun() && conditionNouns[t.Lemma] {
			return condition
		}
		return notJudged
	}
	return notJudged
}

// ruledOutWords and phrases in a complement rule its subject out.
var (
	ruledOutWords  = map[string]bool{"unacceptable": true, "impossible": true, "unthinkable": true, "inconceivable": true, "non-negotiable": true}
	ruledOutPhrase = []string{"out", "of", "the", "question"}
	offTablePhrase = []string{"off", "the", "table"}
)
