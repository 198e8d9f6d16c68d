package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
)

// The clause-level assertion model: what the clause holding a trigger says of its act. The
// cues of status.tsv give the status of an act the clause reports (negated, planned,
// hypothetical) and recode refusals, intents, cessations and denials; before them, the
// clause's mood decides whether it reports an act at all. A question ("Will the army
// attack?", "asked whether the army would attack") or a generic statement about a kind of
// actor ("governments often expel diplomats") reports none, and an act in an "if" or
// "unless" clause or under a wish ("hopes to sign a deal") is hypothetical whatever cues its
// own words hold ("if India does not agree" is no refusal).

type mood uint8

const (
	reported    mood = iota // status from the cues
	question                // no event
	generic                 // no event unless its actor is a named one
	conditional             // hypothetical
	attributive             // a participle describing a noun: no event
	description             // a relative clause telling what an actor is or stands for: no event
	impersonal              // advice on an act no one did ("When removing ..., it is critical to"): no event
)

// assess sets e's status and code from the clause around its trigger [h, end) and reports
// whether the clause reports an act by a specific actor.
func (c *Coder) assess(e *Event, v *sentenceView, h, end int) bool {
	if v.genericRule(e, h) {
		return false // "soldiers who desert are executed"
	}
	switch v.mood(h) {
	case question, attributive, description, impersonal:
		return false
	case generic:
		if !Identified(e.Source) {
			return false
		}
		// A named actor's habit is a report of its acts: "Israeli soldiers routinely beat
		// detainees".
	case conditional:
		e.Status = annals.Hypothetical
		return e.Source != nil || e.Target != nil
	}
	if e.Code.Root() == "13" && v.toks[h].Lemma == "be" && !v.existentialThreat(e, h) {
		return false
	}
	if e.Info.Quad != 4 && v.describesNoun(h) {
		// "the ceasefire agreement signed in March", "a plea deal offered by prosecutors":
		// what the thing is, not news. Force described so ("protesters injured by police
		// were taken to hospital") is the news, and stays.
		return false
	}
	st, class, at := c.cues.status(v, h, end, e.Code)
	if (class == "threat" || class == "intent") && v.warnsOfOther(e, at) {
		class, st = "", annals.Hypothetical // "Kenya warned that Ugandan rebels would attack": a forecast
	}
	cued := class != "" // a recoded refusal, intent or denial is what happened
	for class != "" {
		to, ok := c.cues.recoded(class, e.Code)
		if !ok {
			break
		}
		e.Code, e.Info = to, c.table.Lookup(to)
		if !chainedClasses[class] {
			// The refusal, intent or denial is what happened.
			st = annals.Asserted
			v.speakerOwns(e, h)
			break
		}
		// The cessation verb is the act now; its own cues give the status.
		st, class, at = c.cues.status(v, at, at+1, e.Code)
	}
	switch {
	case st != annals.Asserted && v.existentialThreat(e, h):
		// "There may be retaliation": the modal is the threat's own hedge; the threat
		// was made.
		st = annals.Asserted
	case st != annals.Asserted:
	case e.Info.Quad%2 == 0 && v.nobody(h, end):
		// Material acts only: "arrested no one"; "demanded no more cases" is a demand.
		st = annals.Negated
	case v.headlinePlan(h):
		st = annals.Planned
	case !cued && v.purpose(h):
		st = annals.Hypothetical
	}
	e.Status = st
	// An unnamed side is kept for violence that happened ("an explosion killed two"); a
	// violent act with no actor that did not happen, or may, is no event: "No one was
	// injured", "a possible attack".
	return st == annals.Asserted || e.Source != nil || e.Target != nil
}

// scopeEnd are the words that open a new clause to the left of a trigger: a cue beyond them
// belongs to another verb. A dash closes a parenthesis: in "Kenya - which fears war if talks
// fail - called for calm" the "if" is the parenthesis's.
var scopeEnd = map[string]bool{",": true, "-": true, "–": true, "—": true, "that": true, "which": true, "who": true, "because": true, "but": true,
	"while": true, "although": true, "when": true, "after": true, "before": true, "since": true, "as": true}

// wishes govern a clause that tells what someone wants, not what happened. Forms, not
// lemmas: the lexicon reads "hopes" as a form of "hop".
var wishes = map[string]bool{"hope": true, "hopes": true, "hoped": true, "hoping": true, "wish": true, "wishes": true,
	"wished": true, "wishing": true, "want": true, "wants": true, "wanted": true, "wanting": true}

// habitual adverbs make a present-tense clause a statement about what usually happens.
var habitual = map[string]bool{"often": true, "usually": true, "typically": true, "generally": true, "routinely": true,
	"frequently": true, "regularly": true, "always": true, "rarely": true, "seldom": true, "sometimes": true,
	"traditionally": true, "normally": true, "commonly": true}

// mood reads the clause of the trigger at h: whether it asks, generalises or supposes.
func (v *sentenceView) mood(h int) mood {
	if v.questionClause(h) {
		return question
	}
	if m := v.frontedMain(h); m >= 0 && (v.toks[m].Lower == "it" || v.toks[m].Lower == "there") {
		// Advice about an act no one did: "When removing a detainee from suicide watch, it
		// would be critical to do it slowly".
		return impersonal
	}
	if v.attributive(h) || v.describesThing(h) {
		return attributive
	}
	if v.questionedList(h) {
		return question
	}
	// A habit is told in the present, and the tagger reads many a present plural as a base
	// form ("governments often expel"); past forms report acts.
	present := v.toks[h].Tag.IsVerb() && v.toks[h].Tag != "VBD" && v.toks[h].Tag != "VBN" && v.toks[h].Tag != "VBG"
	for i := h - 1; i >= v.first && i >= h-20; i-- {
		t := &v.toks[i]
		if clauseBreak(t) {
			break
		}
		if inverting[t.Lower] && (i == v.first || i == v.first+1 && openingQuotes[v.toks[v.first].Lower]) && v.invertedCondition(h) {
			return conditional // "Had Kenya signed the deal, ..."
		}
		if v.objectRelative(i) {
			return description
		}
		switch {
		case t.Lower == "whether", t.Lower == "if" && v.asksIf(i):
			return question
		case t.Lower == "if" || t.Lower == "unless":
			return conditional
		case wishes[t.Lower] && v.governsComplement(i, h):
			return conditional // "hopes to sign", "it is our hope that"
		case v.believes(i, h):
			return conditional // "analysts think Russia will attack", "is thought to have shot"
		case present && habitual[t.Lower] && i >= h-3:
			return generic
		case present && t.Lemma == "tend" && i == h-2:
			return generic // "governments tend to ..."
		}
		if scopeEnd[t.Lower] {
			if t.Lower == "," && v.frontedCondition(i) {
				return conditional // "If talks fail, Kenya would not ..."
			}
			if t.Lower == "that" && i > v.first && (wishes[v.toks[i-1].Lower] || v.believes(i-1, h) || allegationNouns[v.toks[i-1].Lower]) {
				return conditional // "hoped that the swap would pave the way", "it is believed that", "reports that"
			}
			if v.describes(i, h) {
				return description
			}
			break
		}
	}
	return reported
}

// describes reports whether the word at i opens a relative clause set off after an actor
// (", which", ", who", "- which"), or restricting a common noun, whose verb is in the present
// simple: the clause tells what
// the actor is or stands for ("Ghana, which opposes sanctions against Togo, ...", "the
// police, who are eager to question the men, ..."), not an act of the news. A past or a
// perfect reports one ("who was in Lima on Monday", "which has sent troops"), and so does a
// reporting verb ("who says she was beaten").
func (v *sentenceView) describes(i, h int) bool {
	t := &v.toks[i]
	if t.Lower != "which" && t.Lower != "who" && !(t.Lower == "that" && t.Tag == "WDT") || i == v.first {
		return false
	}
	switch p := &v.toks[i-1]; {
	case p.Lower == "," || dash(p.Lower):
	case p.Tag == "NN" || p.Tag == "NNS" || p.Tag == "IN":
		// A restrictive clause after a common noun tells what kind it is: "penalties for
		// people who refuse to comply", "the level above which the government considers a
		// lockdown", "supplies that do not meet the hospital's needs".
	default:
		return false
	}
	// The last finite verb up to the trigger decides: "which considers the US biased and has
	// rejected it as a mediator" tells a stance, then an act.
	present := false
	for j := i + 1; j <= h; j++ {
		switch t := &v.toks[j]; t.Tag {
		case "VBZ", "VBP":
			// A perfect with "long" is a standing stance too: "the rebels, who have long
			// refused to negotiate".
			present = t.Lemma != "have" && !reporting[t.Lemma] || j+1 <= h && v.toks[j+1].Lower == "long"
		case "VBD", "VBN", "MD":
			if v.toks[j-1].Lower != "long" {
				present = false
			}
		}
	}
	return present
}

// purpose reports whether the trigger at h is an infinitive completing a common noun: "a
// series of measures to oppose it", "a rescue mission to free the hostages", "plans to sue
// the city" tell what the noun aims at, not an act that was done. An actor before "to" is the
// one asked or sent ("urged the army to withdraw"), and its act keeps its status.
func (v *sentenceView) purpose(h int) bool {
	if h-2 < v.first || v.toks[h].Tag != "VB" || v.toks[h-1].Lower != "to" {
		return false
	}
	n := &v.toks[h-2]
	return (n.Tag == "NN" || n.Tag == "NNS") && !n.Cap && !timeNouns[n.Lemma] && !v.insideAnyMention(h-2)
}

// timeNouns end a time phrase whose infinitive is the purpose of the verb, not of the noun:
// "gathered outside parliament this week to oppose the bill".
var timeNouns = map[string]bool{"day": true, "night": true, "week": true, "weekend": true, "month": true,
	"year": true, "morning": true, "afternoon": true, "evening": true, "time": true}

// askingVerbs take an indirect question, where "if" means "whether": "asked if Uganda would
// attack", "wondered if sanctions would be enough", "did not say if troops had been sent".
var askingVerbs = map[string]bool{"ask": true, "wonder": true, "know": true, "see": true, "check": true, "question": true,
	"doubt": true, "say": true, "decide": true, "determine": true, "confirm": true, "tell": true, "unclear": true,
	"unsure": true, "clear": true, "certain": true, "sure": true, "query": true, "inquire": true, "enquire": true}

// asksIf reports whether the "if" at i opens an indirect question: it follows a verb of asking
// or an adjective of doubt ("it is unclear if"), directly or past the one asked ("asked Kenya
// if").
func (v *sentenceView) asksIf(i int) bool {
	for j := i - 1; j >= v.first && j >= i-4; j-- {
		t := &v.toks[j]
		if askingVerbs[t.Lemma] && (t.Tag.IsVerb() || t.Tag.IsAdj()) {
			return true
		}
		if !v.insideAnyMention(j) && t.Tag != "PRP" && t.Lower != "not" && t.Lower != "n't" {
			return false
		}
	}
	return false
}

// questionedList reports whether the event noun at h is an item of the subject of an indirect
// question, past the commas and conjunctions of a list: in "wondered if new sanctions,
// arrests or a ban on rallies would be enough" none of them is an act. A definite noun ("asked
// if the arrests were legal") is taken as done: the question is about it, and
// presupposes it.
func (v *sentenceView) questionedList(h int) bool {
	// The tagger reads many a plural event noun as a verb ("promises"): the scan stops at a
	// finite verb before the trigger, so a verb's own clause is judged by mood as before.
	if h > v.first && (v.toks[h-1].Tag == "PRP$" || v.toks[h-1].Lower == "the" || v.toks[h-1].Tag == "POS") {
		return false
	}
	for i := h - 1; i >= v.first && i >= h-30; i-- {
		t := &v.toks[i]
		switch {
		case clauseBreak(t), t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return false
		case t.Lower == "whether":
			return true
		case t.Lower == "if":
			return v.asksIf(i)
		case t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || t.Lower == "because" || t.Lower == "but":
			return false
		}
	}
	return false
}

// questionClause reports whether the clause of the trigger at h ends in a question mark:
// "Will the generators stop working?", "'Why did they attack us?' he asked."
func (v *sentenceView) questionClause(h int) bool {
	for i := h + 1; i < v.end; i++ {
		if t := &v.toks[i]; clauseBreak(t) {
			return t.Lower == "?"
		}
	}
	return false
}

// nobody reports whether the act's object is a negative quantifier: "arrested no one",
// "made no changes", "killed nobody".
func (v *sentenceView) nobody(h, end int) bool {
	for i := h + 1; i < v.end && i < end+1 && i <= h+3; i++ {
		switch v.toks[i].Lower {
		case "no", "nobody", "none", "nothing":
			return !(i+1 < v.end && v.toks[i+1].Lower == "longer")
		}
	}
	return false
}

// headlinePlan reports whether the trigger is the infinitive of a headline's plan, "Kenya to
// expel diplomats": an actor opening the sentence, then "to" and the verb.
func (v *sentenceView) headlinePlan(h int) bool {
	if v.toks[h].Tag != "VB" || h-2 < v.first || v.toks[h-1].Lower != "to" {
		return false
	}
	k := v.endingAt(h - 2)
	return k != noMention && v.mentions[k].Tok == v.first
}

// existentialThreat reports a threat told as what there will be: "there may be retaliation",
// "there would be consequences for Uganda". Without the modal it tells reprisals that were
// taken ("there were reprisals"), which are no threat.
func (v *sentenceView) existentialThreat(e *Event, h int) bool {
	return e.Code.Root() == "13" && v.toks[h].Lemma == "be" && h-1 > v.first && v.toks[h-1].Tag == "MD" && v.toks[h-2].Lower == "there"
}

// speakerOwns gives a threat or an intent with no agent of its own the speaker who states
// it: in "the minister said troops could be deployed" the threat is the minister's.
func (v *sentenceView) speakerOwns(e *Event, h int) {
	if e.Source != nil || e.Code.Root() != "13" && e.Code.Root() != "03" {
		return
	}
	for i := h - 1; i >= v.first && i >= h-16; i-- {
		t := &v.toks[i]
		if clauseBreak(t) {
			return
		}
		if t.Tag.IsVerb() && reporting[t.Lemma] {
			if k := v.subject(i); k != noMention {
				if m := v.mention(k); e.Target == nil || m.Code != e.Target.Code || m.Start != e.Target.Start {
					e.Source = m
				}
			}
			return
		}
	}
}

// attributive reports whether the participle at h describes the actor named right after it,
// after a determiner: "the released insurgents", "one of the wounded demonstrators". It names
// people by what was done to them before; the act is reported elsewhere, if at all. ("The
// beheaded body of a man" still reports a killing: a body is no actor.)
func (v *sentenceView) attributive(h int) bool {
	t := &v.toks[h]
	if t.Tag != "VBN" && t.Tag != "VBD" || h == v.first || h+1 >= v.end {
		return false
	}
	switch p := &v.toks[h-1]; {
	case p.Tag == "DT" && p.Lower != "that", p.Tag == "PRP$", p.Tag == "CD" && t.Tag == "VBN":
	default:
		return false
	}
	k, named := v.startsAt[h+1]
	if !named {
		return false
	}
	// Only people named by a role: before a name the participle tells a group's standing
	// ("the outlawed PKK": a ban in force), before a country adjective a thing ("the besieged
	// Palestinian territory": a siege).
	m := &v.mentions[k]
	return m.Head == actor.KRole && !corpse[v.toks[m.TokEnd-1].Lemma]
}

// describesThing reports whether the present participle at h follows a plural common noun
// that is no actor, as a reduced relative clause: "tweets supporting the minister", "travellers arriving
// in Kenya", "a bomb targeting a patrol" tell what the thing is or does, and the act, if any,
// is reported by the clause's own verb. After an actor the participle is that actor's act
// ("protesters demanding reforms").
func (v *sentenceView) describesThing(h int) bool {
	if v.toks[h].Tag != "VBG" || h == v.first {
		return false
	}
	// Only a plural: after a singular the participle often goes with the clause's subject
	// across a place ("protested outside the office demanding back pay"). An event noun's
	// participle is its agent's act: "held a protest demanding", "airstrikes targeting".
	n := &v.toks[h-1]
	return n.Tag == "NNS" && (!n.Cap || h-1 == v.first) && !v.insideAnyMention(h-1) && v.patterns.nouns[n.Lemma] == nil
}

// corpse words name a victim by the killing done to them: "the beheaded body of a man was
// found" reports that killing.
var corpse = map[string]bool{"body": true, "corpse": true, "remains": true}

// describesNoun reports whether the past participle at h follows a common noun as a reduced
// relative clause ("violated the agreement signed in 2001", "accept a plea deal offered by
// prosecutors"): no object follows it, and the noun is the object of a verb before it, so the
// participle is not the clause's main verb.
func (v *sentenceView) describesNoun(h int) bool {
	t := &v.toks[h]
	if t.Tag != "VBN" && t.Tag != "VBD" || h == v.first || h+1 >= v.end {
		return false
	}
	if n := &v.toks[h-1]; n.Tag != "NN" && n.Tag != "NNS" || n.Cap || v.insideAnyMention(h-1) {
		return false
	}
	switch n := &v.toks[h+1]; {
	case v.timeAfter(h + 1):
		// A time phrase is no object: "returned the weapons seized last year from ...".
	case n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "CD" || n.Tag.IsNoun() || n.Tag.IsAdj():
		return false // an object: "the talks produced an agreement"
	case v.insideAnyMention(h + 1):
		return false
	}
	// The noun ends the object of a verb right before its phrase ("violating the ceasefire
	// agreement signed in 2001"); after a subject noun, or a noun in a prepositional phrase,
	// the form is often the main verb ("hundreds of musicians protested", "stall owners in
	// the city bazaar protested").
	for i := h - 2; i >= v.first; i-- {
		u := &v.toks[i]
		switch {
		case u.Tag == "VBG" && v.toks[i+1].Tag.IsNoun():
			// a gerund modifier in the phrase: "living conditions"
		case u.Tag.IsVerb():
			return !isAux(u.Lemma)
		case u.Tag.IsNoun(), u.Tag.IsAdj(), u.Tag == "DT", u.Tag == "CD", u.Tag == "POS", u.Tag == "PRP$", v.insideAnyMention(i):
		default:
			return false
		}
	}
	return false
}

// timeAfter reports whether a time phrase that no verb takes as its object starts at i:
// "last year", "this week", "earlier this month", "yesterday".
func (v *sentenceView) timeAfter(i int) bool {
	t := &v.toks[i]
	switch t.Lower {
	case "yesterday", "earlier", "recently":
		return true
	case "last", "this", "next":
		return i+1 < v.end && (timeNouns[v.toks[i+1].Lemma] || weekdays[v.toks[i+1].Lower] || months[v.toks[i+1].Lower])
	}
	return false
}

// frontedCondition reports whether the comma at i closes a condition that opens the
// sentence ("If talks fail, ..."; "Unless Uganda withdraws, ..."), which governs the main
// clause after it.
func (v *sentenceView) frontedCondition(i int) bool {
	f := v.first
	if f < i && openingQuotes[v.toks[f].Lower] {
		f++
	}
	if f < i && inverting[v.toks[f].Lower] {
		return v.invertedCondition(f+1) && v.commaAfter(f) == i // "Should talks fail, Kenya will ..."
	}
	if f >= i || v.toks[f].Lower != "if" && v.toks[f].Lower != "unless" {
		return false
	}
	for j := f + 1; j < i; j++ {
		if v.toks[j].Lower == "," {
			return false
		}
	}
	return true
}

// openingQuotes are the tokens a quoted sentence may open with.
var openingQuotes = map[string]bool{"\"": true, "“": true, "``": true, "'": true, "‘": true}

// objectRelative reports whether the word at i opens a relative clause whose own subject
// follows it, after a main clause: "the hostages, whom the rebels had taken two weeks ago",
// "the weapons that it agreed to provide", "refugees, whom authorities blame for the
// conflict". It tells what the antecedent is by an act done to it, the background of the
// sentence's news; a subject relative ("police, who fired tear gas") reports an act.
func (v *sentenceView) objectRelative(i int) bool {
	t := &v.toks[i]
	if t.Lower != "whom" && t.Lower != "which" && t.Lower != "who" && !(t.Lower == "that" && t.Tag == "WDT") || i == v.first || i+1 >= v.end {
		return false
	}
	if n := &v.toks[i+1]; n.Tag != "PRP" && n.Tag != "PRP$" && n.Tag != "DT" && !n.Tag.IsNoun() && !n.Tag.IsAdj() {
		return false
	}
	for j := v.first; j < i; j++ {
		switch v.toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}
