package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/text"
	"strings"
)

// Event is one coded event before dating and location.
type Event struct {
	Sentence int
	Trigger  annals.Span // the head and the pattern's words
	Head     int         // token index of the head
	Code     cameo.Code
	Info     *cameo.Info
	Source   *actor.Mention
	Target   *actor.Mention
	Status   annals.Status
	Pattern  *Pattern
	Passive  bool
	bare     bool // the pattern matched its head alone
	noun     bool // the head is a noun
	mutual   bool // the target is "each other" or "one another"
}

// Coder codes events. It is read-only after construction and safe for concurrent use.
type Coder struct {
	patterns *Patterns
	table    *cameo.Table
	cues     *Cues
}

// NewCoder returns a Coder.
func NewCoder(ps *Patterns, table *cameo.Table, cues *Cues) *Coder {
	return &Coder{patterns: ps, table: table, cues: cues}
}

// Code returns the events of doc, in text order.
func (c *Coder) Code(doc *text.Doc, mentions []actor.Mention) []Event {
	var out []Event
	mi := 0
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		// The mentions of this sentence.
		lo := mi
		for mi < len(mentions) && mentions[mi].Tok < end {
			mi++
		}
		v := sentenceView{toks: doc.Tokens, first: s.First, end: end, mentions: mentions[lo:mi], all: mentions, base: lo, startsAt: map[int]int{}, patterns: c.patterns}
		for k := range v.mentions {
			v.startsAt[v.mentions[k].Tok] = k
		}
		v.words = make(map[string]bool, 2*len(s.Tokens))
		for i := range s.Tokens {
			v.words[s.Tokens[i].Lower] = true
			v.words[s.Tokens[i].Lemma] = true
			v.wordSet.add(s.Tokens[i].Lower)
			v.wordSet.add(s.Tokens[i].Lemma)
		}
		n := len(out)
		out = c.codeSentence(doc, s, &v, out)
		intentTargets(out[n:])
		v.conditionTargets(out[n:])
	}
	return out
}

// intentTargets gives an intention without a target (CAMEO 03: "promised", "offered",
// "agreed") the target of the event its clause goes on to name: "promised to continue
// military aid to Mozambique" is a promise to Mozambique.
func intentTargets(es []Event) {
	for i := range es {
		e := &es[i]
		if e.Target != nil || !strings.HasPrefix(string(e.Code), "03") {
			continue
		}
		for j := range es {
			o := &es[j]
			if o.Head > e.Head && o.Target != nil && !strings.HasPrefix(string(o.Code), "03") &&
				(e.Source == nil || o.Target.Code != e.Source.Code) {
				e.Target = o.Target
				break
			}
		}
	}
}

// conditionTargets gives a threat without a target (CAMEO 13) the actor its condition names:
// in "there may be retaliation if Uganda does not reopen the border" Uganda is threatened.
func (v *sentenceView) conditionTargets(es []Event) {
	for i := range es {
		e := &es[i]
		if e.Target != nil || e.Code.Root() != "13" {
			continue
		}
		for j := e.Head + 1; j+1 < v.end && j < e.Head+12; j++ {
			if clauseBreak(&v.toks[j]) {
				break
			}
			if w := v.toks[j].Lower; w != "if" && w != "unless" {
				continue
			}
			if k, ok := v.startsAt[j+1]; ok && !v.mentions[k].Locative && (e.Source == nil || v.mention(k).Code != e.Source.Code) {
				e.Target = v.mention(k)
			}
			break
		}
	}
}

// codeSentence appends the events of sentence s to out: at each token outside a name it
// finds the best pattern headed there, drops words that report no act, attaches the
// actors, then decides whether the match is an event of its own.
func (c *Coder) codeSentence(doc *text.Doc, s *text.Sentence, v *sentenceView, out []Event) []Event {
	toks := doc.Tokens
	first := len(out) // this sentence's events start here
	covered := -1     // tokens up to here belong to an earlier match
	for h := v.first; h < v.end; h++ {
		if h < covered {
			continue
		}
		t := &toks[h]
		if v.insideMention(h) {
			continue
		}
		if t.Tag.IsProper() && t.Cap && h > s.First && !acronym(t.Text) {
			continue // part of a name: "West Darfur State", "the Rally for Culture"; not "IED"
		}
		if e, next, ok := c.judgement(v, s.Index, h); ok {
			out = append(out, e)
			covered = next
			continue
		}
		best, noun, ok := c.trigger(v, h)
		if !ok {
			continue
		}
		if d, ok := c.precondition(v, s.Index, h, best, noun); ok {
			out = append(out, d)
			covered = best.end
			continue
		}
		if v.reportsNoAct(out[first:], h, best, noun) {
			continue
		}
		e := Event{Sentence: s.Index, Head: h, Code: best.p.Code, Info: c.table.Lookup(best.p.Code), Pattern: best.p, bare: best.score == 1, noun: noun, mutual: best.mutual}
		e.Trigger = annals.Span{Start: t.Start, End: toks[best.end-1].End}
		src, tgt := v.attachActors(&e, h, best, noun)
		if p := protestClaim(out[first:], &toks[h], best.p.Code, noun); p >= 0 {
			// What the protest demanded is part of it: the one the claim addresses is
			// the protest's target ("staged a sit-in, demanding the minister's
			// resignation"), and the words of the claim report no act of their own.
			if pr := &out[first+p]; pr.Target == nil && e.Target != nil && (pr.Source == nil || pr.Source.Code != e.Target.Code) {
				pr.Target = e.Target
			}
			covered = best.end
			continue
		}
		if !c.keep(&e) {
			continue
		}
		c.sexualAssault(&e, v, h)
		c.unarmed(&e, v)
		c.obligation(&e, v, h)
		if !c.settleStatus(&e, v, out[first:], h, best, noun) {
			covered = best.end
			continue
		}
		out = v.spread(out, e, src, tgt)
		covered = best.end
	}
	return out
}

// trigger returns the best pattern headed by token h and whether it was read as a noun.
// The tag picks verb or noun patterns first; the other kind is tried when the first
// gives nothing, since the tagger errs most on words that can be both ("protest"); a past
// participle read as an adjective is tried last as a verb.
func (c *Coder) trigger(v *sentenceView, h int) (best matched, noun, ok bool) {
	t := &v.toks[h]
	noun = !t.Tag.IsVerb()
	if !t.Tag.IsVerb() && !t.Tag.IsNoun() && !t.Tag.IsAdj() {
		return best, noun, false
	}
	best, ok = v.best(c.patterns.lookup(noun, t), h)
	if !ok && !(noun && (subjectNoun(v.toks, h, v.first, v.end) || v.insideNounPhrase(h) || v.placeNoun(h) || v.nounAfterPreposition(h))) {
		// A noun after a preposition is no verb the tagger missed: "told reporters by
		// phone", "said over the phone" report no telephone call.
		noun = !noun
		best, ok = v.best(c.patterns.lookup(noun, t), h)
	}
	if !ok {
		noun = false
		best, ok = v.best(v.predicativeVerb(h), h)
	}
	return best, noun, ok
}

// reportsNoAct reports whether the matched word at h names an act without reporting one: a
// topic or a reason judged, a reference back to an act told before, an actor that is the
// subject of the verb after it, an opinion, a speaker, or background to an act already
// coded with its doer (earlier holds this sentence's events so far).
func (v *sentenceView) reportsNoAct(earlier []Event, h int, best matched, noun bool) bool {
	// A noun the tagger read as such is judged as a noun even when only its verb
	// patterns match: "rejected a request to ...".
	return v.topic(h, noun || v.toks[h].Tag.IsNoun()) || v.judgedReason(h) || noun && best.score == 1 && v.anaphor(h) || noun && v.actorBeforeVerb(h) || !noun && v.opinion(h) || noun && v.speaker(h) ||
		noun && v.background(h) && agentBefore(earlier, h, best.p.Code)
}

// attachActors sets the source and target of e, headed at h, from the mentions the match
// reaches (a noun's possessor and objects, a verb's subject and objects, passive or not),
// and returns their indices (or noMention) for spreading over coordinated actors. A pair
// ("the two leaders") acts with itself; an actor is never its own target.
func (v *sentenceView) attachActors(e *Event, h int, best matched, noun bool) (src, tgt int) {
	if noun {
		src, tgt = v.nounActors(h, best)
		if a, b, ok := v.between(best.end); ok && tgt == noMention {
			// "clashes between police and protesters": the two sides.
			src, tgt = a, b
		}
	} else {
		e.Passive = v.passive(h) || v.reducedPassive(h, best.p.Code)
		src, tgt = v.verbActors(h, best, e.Passive)
		if src == noMention && e.Passive && best.owner != noMention && best.owner != tgt {
			src = best.owner // "was removed from the government's list"
		}
	}
	if src != noMention && v.mention(src).Both && (tgt == noMention || v.mention(tgt).Both) {
		// "The two leaders discussed ...": one with the other. An act on someone
		// else is the pair's together: "two men threatened four police officers".
		src, tgt = v.pairOf(src)
	}
	if tgt != noMention && v.mention(tgt).Both {
		tgt = noMention
	}
	if src != noMention {
		e.Source = v.mention(src)
	}
	if tgt != noMention && tgt != src {
		e.Target = v.mention(tgt)
	}
	if e.Source != nil && e.Target != nil && e.Source.Code == e.Target.Code && e.Source.Start == e.Target.Start {
		e.Target = nil
	}
	return src, tgt
}

// settleStatus sets e's status from the clause around its head h (the cues, a wish, a
// polite request, an ultimatum, an item a claim includes) and reports false when the match
// is no record of its own: a clause reporting no act by a specific actor, a wish no named
// actor holds, or the content of a demand or the condition of an act told before it in the
// sentence (earlier).
func (c *Coder) settleStatus(e *Event, v *sentenceView, earlier []Event, h int, best matched, noun bool) bool {
	if !c.assess(e, v, h, best.end) {
		return false
	}
	if wish, keep := c.wishedAct(e, v, h); wish && !keep {
		return false
	}
	c.politeRequest(e, v, h)
	c.ultimatum(e, v, best.p.Code, best.end)
	if d := v.demanded(earlier, h, e.Code); d >= 0 {
		// After the status cues: "refused to commit to talks" is a refusal (125) of its own.
		c.absorbDemanded(earlier, d, best.p.Code)
		return false
	}
	if e.Status == annals.Hypothetical && len(earlier) > 0 && v.inCondition(h) {
		// "will withdraw its troops unless Chad arranges a ceasefire": the condition is
		// part of the act or threat before it, not an act of its own.
		return false
	}
	if noun && e.Status == annals.Asserted && v.included(h) && claimBefore(earlier, h) {
		// "pushed for tougher measures, including a ban on trucks": the ban is asked for.
		e.Status = annals.Hypothetical
	}
	return true
}

// keep decides whether a match is an event worth a record: one with an actor, or a violent or
// protest event, whose actors news often leaves unnamed ("an explosion killed ...").
func (c *Coder) keep(e *Event) bool {
	if privateTrip(e) {
		return false
	}
	if e.Source != nil || e.Target != nil {
		return true
	}
	switch e.Code.Root() {
	case "14", "17", "18", "19", "20":
		return true
	case "15":
		// A force moved or massed is news whoever's it is, when the noun names the
		// force: "reinforcements arrived in the district", "a troop build-up". A bare
		// show of force or exercise is not (war games joined later by others).
		return e.noun && e.Code == "154"
	}
	return false
}

// insideMention reports whether token h belongs to the name of an actor ("the Revolutionary
// United Front"), where no event word is meant. Role nouns are not names: "drone" in
// "drone strike" may head an event.
func (v *sentenceView) insideMention(h int) bool {
	for k := range v.mentions {
		m := &v.mentions[k]
		if h >= m.Tok && h < m.TokEnd && m.Head != actor.KRole {
			return true
		}
	}
	return false
}

// lookup returns the patterns whose head is token t, as a noun or as a verb.
func (ps *Patterns) lookup(noun bool, t *text.Token) []*Pattern {
	if noun {
		// Only plurals take their lemma: "according" is not the noun "accord".
		if t.Tag == "NNS" || t.Tag == "NNPS" {
			if l := ps.nouns[t.Lemma]; l != nil {
				return l
			}
		}
		return ps.nouns[t.Lower]
	}
	if l := ps.verbs[t.Lemma]; l != nil {
		return l
	}
	return ps.verbs[t.Lower]
}

// predicativeVerb returns the verb patterns of a past participle the tagger read as an
// adjective but which stands as a verb: after an auxiliary and not before a noun ("have
// tortured scores of refugees", unlike "armed militias").
func (v *sentenceView) predicativeVerb(h int) []*Pattern {
	t := &v.toks[h]
	if v.patterns.lex == nil || !t.Tag.IsAdj() || h == v.first {
		return nil
	}
	if p := v.toks[h-1].Lemma; p != "have" && p != "be" {
		return nil
	}
	return v.patterns.verbs[v.patterns.lex.VerbLemma(t.Lower)]
}

// best returns the best-scoring pattern of list matching at head h: more elements matched,
// then the more specific code.
func (v *sentenceView) best(list []*Pattern, h int) (matched, bool) {
	best, ok := matched{}, false
	for _, p := range list {
		if !v.possible(p) {
			continue
		}
		m, hit := v.try(p, h)
		if !hit {
			continue
		}
		if !ok || m.score > best.score || m.score == best.score && len(m.p.Code) > len(best.p.Code) {
			best, ok = m, true
		}
	}
	return best, ok
}

// reducedPassive reports a headline's or a reduced relative's passive of an act done to
// someone: an actor, then the participle of a charge or an arrest, then its charge with no
// object between: "Two prison guards charged with falsifying records", "Kenyan officers
// arrested over the killing". The actor is the one charged.
func (v *sentenceView) reducedPassive(h int, code cameo.Code) bool {
	t := &v.toks[h]
	if t.Tag != "VBN" && t.Tag != "VBD" || h == v.first || h+1 >= v.end {
		return false
	}
	if v.subjectParticiple(h) {
		return true
	}
	if v.endingAt(h-1) == noMention {
		return false
	}
	if code.Root() != "17" && !strings.HasPrefix(string(code), "112") {
		return false
	}
	switch n := &v.toks[h+1]; n.Lower {
	case "with", "for":
		return true
	case "over":
		return h+2 < v.end && v.toks[h+2].Tag != "CD"
	case "in":
		return h+2 < v.end && v.toks[h+2].Lower == "connection"
	}
	return false
}

// subjectParticiple reports whether the past form at h, right after a noun, is a reduced
// relative clause inside the subject of a finite verb that follows in the same clause: "the
// activists arrested in Nairobi on Monday were released", "the weapons seized last year were
// returned". The noun is what the act was done to, not its doer: a passive. An object right
// after the form ("police arrested the activists") or a relative pronoun before the later
// verb ("police arrested in the morning men who were ...") makes it the main verb.
func (v *sentenceView) subjectParticiple(h int) bool {
	if n := &v.toks[h-1]; !(n.Tag == "NN" || n.Tag == "NNS") || n.Cap && h-1 > v.first {
		if k := v.endingAt(h - 1); k == noMention || k < 0 || v.mentions[k].Head == actor.KName {
			return false // a name before a verb is its subject; a day ("on Thursday") is no noun to modify
		}
	}
	switch n := &v.toks[h+1]; {
	case n.Tag == "IN" && n.Lower != "that", n.Tag.IsAdverb(), n.Lower == "last", n.Lower == "earlier":
	default:
		return false // an object or an infinitive: the main verb ("arrested the men", "threatened to")
	}
	for i := h + 2; i < v.end && i <= h+12; i++ {
		u := &v.toks[i]
		switch {
		case clauseBreak(u), u.Lower == ",", u.Lower == "and", u.Lower == "or", u.Lower == "but", u.Lower == "to", dash(u.Lower),
			u.Tag == "WDT", u.Tag == "WP", u.Tag == "WRB", u.Tag == "IN" && subordinators[u.Lower]:
			return false
		case u.Tag == "MD", u.Tag == "VBZ", u.Tag == "VBP", u.Tag == "VBD" && !v.insideAnyMention(i):
			// Not a past form that modifies a noun after a preposition or article: "near
			// barricaded roads".
			p := &v.toks[i-1]
			return p.Tag != "IN" && p.Tag != "DT" && !p.Tag.IsAdj()
		case u.Tag.IsVerb():
			return false
		}
	}
	return false
}

// chargeWords name a charge or verdict whose "of" or "with" phrase is the alleged crime.
var chargeWords = map[string]bool{"count": true, "charge": true, "accuse": true, "convict": true,
	"guilty": true, "suspicion": true, "indict": true, "acquit": true, "allegation": true}

// charged reports whether the preposition at i completes a charge word before it, directly
// or past the one charged: "counts of", "charged the journalist with", "accused Uganda of".
func (v *sentenceView) charged(i int) bool {
	for j := i - 1; j >= v.first && j >= i-6; j-- {
		t := &v.toks[j]
		if chargeWords[t.Lemma] {
			return true
		}
		if !skippable(t) && !v.insideAnyMention(j) {
			return false
		}
	}
	return false
}

// insideAnyMention reports whether token i belongs to an actor mention.
func (v *sentenceView) insideAnyMention(i int) bool {
	for k := range v.mentions {
		if m := &v.mentions[k]; i >= m.Tok && i < m.TokEnd {
			return true
		}
	}
	return false
}

// anaphor reports whether the noun at h refers back to an event told before ("the attack",
// "this incident") rather than reporting a new one. An actor named right between the
// determiner and the noun ("the Israeli assault", "the rebel offensive") makes it a report
// of its own, by that actor: a reference back would not need to name who did it. Other
// words before the actor keep the reference ("the current Palestinian uprising").
func (v *sentenceView) anaphor(h int) bool {
	if k := v.endingAt(h - 1); h-1 > v.first && k != noMention && k >= 0 && v.mentions[k].Tok > v.first && v.toks[v.mentions[k].Tok-1].Tag == "DT" {
		return false
	}
	for i := h - 1; i >= v.first && i >= h-3; i-- {
		switch v.toks[i].Lower {
		case "the", "this", "these", "those":
			return true
		case "that":
			return v.toks[i].Tag == "DT" // not the "that" of "confirmed that talks ..."
		}
		if !skippable(&v.toks[i]) {
			return false
		}
	}
	return false
}

// mutual event nouns and verbs name fighting between two sides, rather than one side's attack.
var mutual = map[string]bool{"clash": true, "skirmish": true, "confrontation": true, "scuffle": true, "brawl": true, "fight": true, "fighting": true}

// actorBeforeVerb reports whether the noun at h names an actor that is the subject of the
// verb right after it ("tanks shelled"): the verb, not the noun, is the event.
func (v *sentenceView) actorBeforeVerb(h int) bool {
	if h+1 >= v.end || !v.toks[h+1].Tag.IsVerb() || v.toks[h+1].Tag == "VBG" {
		return false
	}
	for k := range v.mentions {
		if m := &v.mentions[k]; h >= m.Tok && h < m.TokEnd {
			return true
		}
	}
	return false
}

// acronym reports whether a word is written in capitals ("IED", "ATGMs").
func acronym(w string) bool {
	upper := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			upper++
		} else if r != 's' {
			return false
		}
	}
	return upper >= 2
}

// insideNounPhrase reports whether the plural event noun at h ends a noun phrase beyond doubt,
// so that its noun patterns failing does not make it a verb: after
// a preposition, determiner or possessive, directly or past one noun ("struggles
// with international sanctions", "the fourth set of sanctions"), where no verb can stand.
func (v *sentenceView) insideNounPhrase(h int) bool {
	if v.toks[h].Tag != "NNS" || h == v.first || v.patterns.nouns[v.toks[h].Lemma] == nil {
		// A plural with no noun pattern may still tell its act as the verb: "fired mortar
		// shells" is shelling.
		return false
	}
	opens := func(t *text.Token) bool {
		switch t.Tag {
		case "IN", "DT", "PRP$", "POS":
			return t.Lower != "that"
		}
		return false
	}
	p := &v.toks[h-1]
	if opens(p) {
		return true
	}
	return (p.Tag == "NN" || p.Tag == "NNS") && !p.Cap && h-2 >= v.first && opens(&v.toks[h-2])
}

// subjectNoun reports whether noun h is the head of a subject beyond doubt: after an
// adjective and before a finite verb ("medical interns protested" holds no internment).
func subjectNoun(toks []text.Token, h, first, end int) bool {
	if h <= first || h+1 >= end || !toks[h-1].Tag.IsAdj() {
		return false
	}
	switch toks[h+1].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}
