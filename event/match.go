package event

import (
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// sentenceView gives the matcher fast access to one sentence's tokens and mentions.
type sentenceView struct {
	toks     []text.Token // the whole document's tokens
	first    int          // first token of the sentence
	end      int          // one past the last token of the sentence
	startsAt map[int]int  // token index -> index in mentions of a mention starting there
	mentions []actor.Mention
	all      []actor.Mention // every mention of the document
	base     int             // index in all of mentions[0]
	patterns *Patterns
	words    map[string]bool // every lower-case form and lemma of the sentence
	wordSet  wordSet         // the same words as a Bloom filter
}

// has reports whether the sentence contains one of words (as a form or lemma).
func (v *sentenceView) has(words []string) bool {
	for _, w := range words {
		if v.words[w] {
			return true
		}
	}
	return false
}

// possible reports whether every literal element of p occurs somewhere in the sentence: a
// cheap test that spares most of the work of try. The Bloom filters of all elements are
// tested before any exact lookup, since they rule out most patterns for a few instructions.
func (v *sentenceView) possible(p *Pattern) bool {
	for i := range p.elems {
		if e := &p.elems[i]; e.kind == literal && !v.wordSet.meets(&e.set) {
			return false
		}
	}
	for i := range p.elems {
		if e := &p.elems[i]; e.kind == literal && !v.has(e.words) {
			return false
		}
	}
	return true
}

// skippable tokens may stand between pattern elements: "asked Putin for urgent aid".
func skippable(t *text.Token) bool {
	switch {
	case t.Tag == "DT", t.Tag == "PDT", t.Tag.IsAdj(), t.Tag.IsAdverb(), t.Tag == "PRP$", t.Tag == "CD", t.Tag == "POS", t.Kind == text.Quote:
		return t.Lower != "not" && t.Lower != "n't" && t.Lower != "never"
	}
	return false
}

// clauseBreak reports whether t ends the reach of a pattern.
func clauseBreak(t *text.Token) bool {
	switch t.Lower {
	case ";", ":", ".", "!", "?", "--", "—":
		return true
	}
	return false
}

// matched is a successful pattern match.
type matched struct {
	p      *Pattern
	end    int // one past the last token matched
	target int // index in mentions, or noMention
	score  int
	mutual bool // the target is "each other" or "one another": the coordinated sources
	// spelled marks the tokens after the head that the pattern's own words matched, bit i-h-1
	// for token i (to 64 tokens): a thing the pattern names ("send * warship to help
	// find") is what the act moves or uses, not its target.
	spelled uint64
	// owner is the mention whose possession the pattern's words name, for an agentless
	// passive: in "was removed from the government's list" the list's owner removed it.
	owner int
}

// gapWords is how many words a gap (*) may pass over. Each gap has its own allowance, as
// docs/dictionaries.md says: one allowance shared by a pattern's two gaps lost right matches
// ("said on Friday that the government and the rebels in the west must", PLOVER dev).
const gapWords = 4

// matchState is what a match has gathered so far while try walks a pattern's elements.
type matchState struct {
	m         matched
	pos       int  // the next token to match
	allowGap  int  // the words the current element may pass over: gapWords after a gap, else 0
	bySubject bool // the passive subject fills the target slot
}

// try matches p's elements after the head at token h.
func (v *sentenceView) try(p *Pattern, h int) (matched, bool) {
	s := matchState{m: matched{p: p, end: h + 1, target: noMention, score: 1, owner: noMention}, pos: h + 1}
	return v.tryFrom(p, h, 0, s)
}

// tryFrom matches p's elements from the k-th on. A literal after a gap that matches an
// early word is tried again at its later occurrences within the gap when the rest of the
// pattern fails after the early one: "gather * in rejection" matches "gathered in the city
// in rejection of". The retries pass over a matching word at the cost of one gap word, so
// each literal has at most gapWords+1 candidates and the work stays bounded by the small
// gap, not the sentence.
func (v *sentenceView) tryFrom(p *Pattern, h, k int, s matchState) (matched, bool) {
	for ; k < len(p.elems); k++ {
		e := &p.elems[k]
		switch e.kind {
		case gap:
			s.allowGap = gapWords
			s.m.score++
			continue
		case literal:
			return v.tryLiteral(p, h, k, s)
		case target, place:
			var ok, skipped bool
			if s, ok, skipped = v.trySlot(p, h, k, s); !ok {
				return s.m, false
			}
			if skipped {
				continue
			}
		}
		s.allowGap = 0
		s.m.score++
	}
	if s.bySubject && v.agent(s.pos) == noMention {
		// With no "by" phrase the owner of what the pattern names did it: "was removed
		// from the government's list"; else the act has no doer and is no record.
		if s.m.owner = v.possessorWithin(h+1, s.pos); s.m.owner == noMention {
			return s.m, false
		}
	}
	s.m.end = s.pos
	return s.m, true
}

// tryLiteral matches the literal element k at each of its candidate tokens in turn and the
// rest of the pattern after it.
func (v *sentenceView) tryLiteral(p *Pattern, h, k int, s matchState) (matched, bool) {
	e := &p.elems[k]
	budget := s.allowGap
	nounMods := 2 // "lifted the night curfew", "emergency food aid"
	if p.Head == "be" {
		// A noun after "be" is its predicate: "is the final decision-maker in
		// Kenya" tells a role, not a stay ("was in @P", a visit).
		nounMods = 0
	}
	for i := s.pos; i < v.end && i < s.pos+8+s.allowGap; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			break
		}
		if matchesWord(t, e.words) {
			next := s
			if d := i - h - 1; d >= 0 && d < 64 {
				next.m.spelled |= 1 << d
			}
			next.pos = i + 1
			next.allowGap = 0
			next.m.score++
			if m, ok := v.tryFrom(p, h, k+1, next); ok {
				return m, true
			}
			if skippable(t) {
				continue
			}
			if budget > 0 {
				// Pass over this occurrence as a gap word and try a later one.
				budget--
				continue
			}
			break
		}
		if skippable(t) {
			if i+1 < v.end && !matchesWord(&v.toks[i+1], e.words) {
				i = v.skipMeasure(i)
			}
			continue
		}
		if nounMods > 0 && v.nounModifier(i, e.words) {
			nounMods--
			continue
		}
		if budget > 0 {
			budget--
			continue
		}
		break
	}
	return s.m, false
}

// trySlot matches the target or place slot k. skipped reports a slot left empty that the
// match goes on without (the passive's subject fills it, or "each other").
func (v *sentenceView) trySlot(p *Pattern, h, k int, s matchState) (next matchState, ok, skipped bool) {
	e := &p.elems[k]
	found, foundEnd := noMention, 0
	budget := s.allowGap
	for i := s.pos; i < v.end && i < s.pos+6+s.allowGap; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			break
		}
		if k, ok := v.startsAt[i]; ok && (e.kind == target || v.mentions[k].Head == actor.KCapital || v.mentions[k].Head == actor.KName) {
			found, foundEnd = k, v.mentions[k].TokEnd
			break
		}
		if e.kind == target && (t.Tag == "PRP" || t.Lower == "her") {
			// "I spoke to him", "met us": the person last named, not the
			// verb's own subject, or the quotation's speaker.
			if k := v.objectPronoun(i, v.subject(h)); k != noMention {
				found, foundEnd = k, i+1
				break
			}
		}
		if v.attributive(i) {
			continue // "released the detained activists"
		}
		if e.kind == target && v.eachOther(i) {
			// "fought one another": each source is the other's target (see spread).
			s.m.mutual = true
			break
		}
		if skippable(t) {
			i = v.skipMeasure(i)
			continue
		}
		if budget > 0 {
			budget--
			continue
		}
		break
	}
	if s.m.mutual && found == noMention {
		s.pos = v.skipEachOther(s.pos)
		return s, true, false
	}
	if found == noMention && e.kind == target && s.pos == h+1 && literalAfter(p.elems[k+1:]) && v.passive(h) {
		// The passive's subject is the target a target slot right after the
		// head names, when the words after the slot make the construction:
		// "was removed from the list" matches "remove @T from * list", and
		// verbActors takes the subject and the "by" phrase. A bare "kill @T"
		// adds nothing to the passive "kill". Without a "by" phrase the match
		// is dropped below: an act with no doer is no record ("Spain was
		// dropped from the list" names no one who dropped it).
		s.bySubject = true
		s.allowGap = 0
		s.m.score++
		return s, true, true
	}
	if found == noMention {
		return s, false, false
	}
	s.m.target = found
	s.pos = foundEnd
	return s, true, false
}

// possessorWithin returns the mention that owns a thing named in tokens [from, to) by a
// possessive ("the government's list", "Washington's blacklist"), or noMention.
func (v *sentenceView) possessorWithin(from, to int) int {
	for i := from + 1; i < to; i++ {
		if t := &v.toks[i]; t.Tag != "POS" && t.Lower != "'s" && t.Lower != "’s" {
			continue
		}
		for _, j := range []int{i - 1, i} { // the mention may take in the "'s"
			if k := v.endingAt(j); k != noMention && k >= 0 {
				return k
			}
		}
	}
	return noMention
}

// literalAfter reports whether elems hold a word the pattern spells.
func literalAfter(elems []element) bool {
	for i := range elems {
		if elems[i].kind == literal {
			return true
		}
	}
	return false
}

// spells reports whether the pattern's own words matched a token of mention k, when the
// pattern's head is at h.
func (m *matched) spells(h int, men *actor.Mention) bool {
	for i := men.Tok; i < men.TokEnd; i++ {
		if d := i - h - 1; d >= 0 && d < 64 && m.spelled&(1<<d) != 0 {
			return true
		}
	}
	return false
}

func matchesWord(t *text.Token, words []string) bool {
	for _, w := range words {
		if t.Lower == w || t.Lemma == w {
			return true
		}
	}
	return false
}

// skipMeasure steps over the unit of a measure after a number ("3.5 km", "two miles"), so
// "pushed 3.5 km into Armenia" matches "push into @T". It returns the last token skipped.
func (v *sentenceView) skipMeasure(i int) int {
	if v.toks[i].Tag == "CD" && i+1 < v.end && v.toks[i+1].Tag.IsNoun() && !v.toks[i+1].Cap {
		if _, isMention := v.startsAt[i+1]; !isMention {
			return i + 1
		}
	}
	return i
}

// nounModifier reports whether the common noun at i modifies a following noun that is one of
// words, directly or past one more noun: "night curfew", "emergency food aid".
func (v *sentenceView) nounModifier(i int, words []string) bool {
	isNoun := func(t *text.Token) bool { return (t.Tag == "NN" || t.Tag == "NNS") && !t.Cap }
	if !isNoun(&v.toks[i]) || v.patterns != nil && v.patterns.nouns[v.toks[i].Lemma] != nil {
		// An event noun is no mere modifier: "arson attack" is arson.
		return false
	}
	for j := i + 1; j < v.end && j <= i+2; j++ {
		if matchesWord(&v.toks[j], words) {
			return true
		}
		if !isNoun(&v.toks[j]) {
			return false
		}
	}
	return false
}
