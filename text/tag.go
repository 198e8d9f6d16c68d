package text

import (
	"strings"
	"unicode"
)

// lexicalTag gives a token its most likely tag out of context.
func (lx *Lexicon) lexicalTag(t *Token, sentenceStart bool) (Tag, []Tag) {
	switch t.Kind {
	case Number:
		return "CD", nil
	case Quote:
		return "``", nil
	case Open:
		return "(", nil
	case Close:
		return ")", nil
	case Punct:
		switch t.Text {
		case ".", "!", "?":
			return ".", nil
		case ",":
			return ",", nil
		case ":", ";", "-", "--", "—", "–", "...", "…":
			return ":", nil
		}
		return "SYM", nil
	}
	if t.Lower == "'s" || t.Lower == "’s" {
		return "POS", nil
	}
	if t.Lower == "n't" || t.Lower == "n’t" {
		return "RB", nil
	}
	tags, ok := lx.words[t.Text]
	if ok && t.Cap && sentenceStart && tags[0].IsProper() {
		// "The" or "Officials" opening a sentence: prefer the lower-case reading if any.
		if lower, ok := lx.words[t.Lower]; ok {
			tags = lower
		}
	}
	if !ok {
		tags, ok = lx.words[t.Lower]
		if ok && t.Cap && !sentenceStart && !allUpper(t.Text) {
			// A capitalised word inside a sentence that the lexicon only knows in lower
			// case is most likely a name ("Black Lake", "Sev Lidj").
			if !tags[0].IsVerb() || len(t.Text) > 1 {
				return "NNP", tags
			}
		}
	}
	if !ok && !t.Cap {
		if tags, ok = lx.hyphenatedPluralTags(t.Lower); !ok {
			tags, ok = lx.hyphenatedVerbTags(t.Lower)
		}
	}
	if ok {
		return tags[0], tags
	}
	return guess(t, sentenceStart), nil
}

// hyphenatedPluralTags tags an unknown hyphenated word that ends in a plural as the plural
// noun it is, where its shape alone would make it an adjective: a particle with a plural s
// ("sit-ins", "shoot-outs", "stand-offs", "take-overs"; the particle with an s is no verb
// form even where the lexicon gives "offs" or "ups" a VBZ), or a plural noun that is no
// verb form ("ex-combatants", "sub-clans", "hostage-takers").
func (lx *Lexicon) hyphenatedPluralTags(w string) ([]Tag, bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || w[len(w)-1] != 's' {
		return nil, false
	}
	switch w[i+1 : len(w)-1] {
	case "out", "in", "up", "off", "down", "over", "away", "back", "on", "by", "around", "through", "about":
		return pluralNounTags, true
	}
	if tags := lx.words[w[i+1:]]; len(tags) > 0 && tags[0] == "NNS" && !can(tags, "VBZ") {
		return pluralNounTags, true
	}
	return nil, false
}

var pluralNounTags = []Tag{"NNS"}

// hyphenatedVerbTags gives an unknown hyphenated word ending in an inflected verb form
// the tags of that form, so that "test-fired", "re-arrested" or "tear-gassed" read as the
// verbs they are and the tagger in context can still make them adjectives ("well-armed
// men"). Words ending in a base form ("cease-fire", "long-range") keep their guess, and
// so do those in -ing, which stand before nouns far more often than as verbs
// ("motorcycle-riding gunmen"); after "be" the coder still reads them as verbs.
func (lx *Lexicon) hyphenatedVerbTags(w string) ([]Tag, bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return nil, false
	}
	last := w[i+1:]
	tags := lx.words[last]
	for _, t := range tags {
		if t == "VBD" || t == "VBN" || t == "VBZ" {
			return tags, true
		}
	}
	// A past form the lexicon lacks of a verb it knows: "gassed".
	if strings.HasSuffix(last, "ed") && lx.isBaseVerb(lx.verbLemma(last)) {
		return pastTags, true
	}
	return nil, false
}

var pastTags = []Tag{"VBD", "VBN", "JJ"}

// isBaseVerb reports whether the lexicon knows w as a verb's base form.
func (lx *Lexicon) isBaseVerb(w string) bool {
	return lx.has(w, func(t Tag) bool { return t == "VB" })
}

// guess tags a word the lexicon does not know, from its shape.
func guess(t *Token, sentenceStart bool) Tag {
	w := t.Lower
	switch {
	case t.Cap:
		if strings.HasSuffix(w, "s") && len(w) > 4 && !strings.HasSuffix(w, "ss") {
			return "NNPS"
		}
		return "NNP"
	case strings.ContainsRune(w, '-'):
		return "JJ"
	case strings.HasSuffix(w, "ing"):
		return "VBG"
	case strings.HasSuffix(w, "ed"):
		return "VBD"
	case strings.HasSuffix(w, "ly"):
		return "RB"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return "NNS"
	}
	return "NN"
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func can(tags []Tag, want Tag) bool {
	for _, t := range tags {
		if t == want {
			return true
		}
	}
	return false
}

func canVerb(tags []Tag) bool {
	for _, t := range tags {
		if t.IsVerb() {
			return true
		}
	}
	return false
}

func canNoun(tags []Tag) (Tag, bool) {
	for _, t := range tags {
		if t == "NN" || t == "NNS" {
			return t, true
		}
	}
	return "", false
}

var haveForms = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true}
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true, "'s": true, "get": true, "got": true, "gets": true, "getting": true, "gotten": true}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

var monthCues = map[string]bool{"in": true, "since": true, "until": true, "last": true, "next": true, "this": true, "early": true,
	"mid": true, "late": true, "by": true, "of": true, "on": true, "from": true, "during": true, "through": true, "before": true, "after": true}

// monthName reports whether a capitalised "March" or "May" at i names the month: next to a
// number ("March 7", "7 March") or after a time preposition ("in March", "last May").
func monthName(toks []Token, i int) bool {
	t := &toks[i]
	if !t.Cap || !months[t.Lower] {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Kind == Number || i > 0 && toks[i-1].Kind == Number {
		return true
	}
	return i > 0 && monthCues[toks[i-1].Lower]
}

// contextTags refines the lexical tags of one sentence with local rules, in the manner of
// Brill's transformations: each rule looks at the neighbours' tags.
func contextTags(toks []Token, options [][]Tag) {
	for i := range toks {
		t := &toks[i]
		opts := options[i]
		if monthName(toks, i) {
			t.Tag = "NNP"
			continue
		}
		if len(opts) < 2 {
			continue
		}
		prev := Tag("")
		prevLower := ""
		if i > 0 {
			prev = toks[i-1].Tag
			prevLower = toks[i-1].Lower
		}
		switch {
		case (prev == "TO" || prev == "MD") && can(opts, "VB"):
			t.Tag = "VB"
		case prevLower == "n't" || prevLower == "not" && i > 1 && (toks[i-2].Tag == "MD" || doForms[toks[i-2].Lower]):
			if can(opts, "VB") {
				t.Tag = "VB"
			}
		case prev == "DT" || prev == "PRP$" || prev == "POS" || prev.IsAdj() || prev == "CD" || prev == "IN" && !can(opts, "VBG"):
			if nt, ok := canNoun(opts); ok {
				if t.Tag.IsVerb() || t.Tag == "JJ" && prev != "DT" && prev != "PRP$" {
					t.Tag = nt
				}
			}
		}
		if (t.Tag.IsNoun() || t.Tag == "JJ") && (can(opts, "VBD") || can(opts, "VBN")) {
			if v, ok := pastFormVerb(toks, i, opts); ok {
				t.Tag = v
			}
		}
		if (t.Tag == "VBD" || t.Tag == "VBN") && can(opts, "VBD") && can(opts, "VBN") {
			t.Tag = pastOrParticiple(toks, i)
		}
		// A hyphenated participle that opens a noun phrase is its adjective: "in rebel-held
		// areas", "the government-issued cards" (the verb reading stays after a subject:
		// "police tear-gassed protesters").
		if (t.Tag == "VBD" || t.Tag == "VBN") && i+1 < len(toks) && toks[i+1].Tag.IsNoun() && opensNounPhrase(prev) && strings.IndexByte(t.Lower, '-') > 0 {
			t.Tag = "JJ"
		}
		// A noun/verb word right after a plural subject is a verb: "troops attack".
		if t.Tag.IsNoun() && can(opts, "VBP") && (prev == "NNS" || prev == "PRP" || prev == "NNPS") && i+1 < len(toks) {
			next := toks[i+1]
			if next.Tag == "DT" || next.Tag.IsProper() || next.Tag == "IN" || next.Tag == "TO" || next.Tag == "CD" || next.Tag == "PRP$" {
				t.Tag = "VBP"
			}
		}
		if t.Tag.IsNoun() && prev == "CC" && canVerb(opts) && i > 2 {
			if v, ok := coordinatedVerb(toks, i, opts); ok {
				t.Tag = v
			}
		}
	}
}

// pastOrParticiple tells the past tense (VBD) from the participle (VBN) of the word at i,
// which can be either: an auxiliary before it ("had seized", "was seized") or a determiner
// before it and its adverbs ("a newly built road": a participle before its noun) makes it
// a participle, as does "by" after a noun ("the territory invaded by ...": a reduced
// relative clause).
func pastOrParticiple(toks []Token, i int) Tag {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		l := toks[j].Lower
		if haveForms[l] || beForms[l] {
			return "VBN"
		}
		if !toks[j].Tag.IsAdverb() && toks[j].Tag != "RB" {
			if j < i-1 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
				return "VBN"
			}
			break
		}
	}
	if i+1 < len(toks) && toks[i+1].Lower == "by" && i > 0 && (toks[i-1].Tag.IsNoun() || toks[i-1].Tag == ",") {
		return "VBN"
	}
	return "VBD"
}

// coordinatedVerb returns the verb tag of the noun/verb word at i after a conjunction when
// a finite verb before it in the same clause is what it is coordinated with ("pushed into
// the town and advance 3.5 km"): that verb's tense if the word can take it, else the
// present or the base form.
func coordinatedVerb(toks []Token, i int, opts []Tag) (Tag, bool) {
	for j := i - 2; j >= 0 && j >= i-8; j-- {
		if toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP" {
			if can(opts, toks[j].Tag) {
				return toks[j].Tag, true
			}
			if can(opts, "VBP") {
				return "VBP", true
			}
			return "VB", true
		}
		if toks[j].Tag == "," || toks[j].Tag == "." {
			break
		}
	}
	return "", false
}

// pastFormVerb decides whether a noun or adjective reading that is also a past form
// ("shot", "abducted", "burnt") is the verb of its clause: after an auxiliary ("was shot",
// "was extrajudicially abducted"), or after a subject with an object following ("militants
// abducted three staff", "troops reportedly shot a rebel"); -ly adverbs between do not
// count. An adjective reading yields only to a determiner or number opening the object
// ("villagers burnt two vehicles") or to a past form coordinated with it ("rioters burnt and
// looted shops"): before a noun it stays the adjective ("burnt toast").
func pastFormVerb(toks []Token, i int, opts []Tag) (Tag, bool) {
	s := i - 1
	for s >= 0 && lyAdverb(&toks[s]) {
		s--
	}
	if s < 0 {
		return "", false
	}
	before := &toks[s]
	noun := toks[i].Tag.IsNoun()
	if noun && (beForms[before.Lower] || haveForms[before.Lower]) {
		if can(opts, "VBN") {
			return "VBN", true
		}
		return "VBD", true
	}
	if !(before.Tag.IsNoun() || before.Tag == "PRP") || i+1 == len(toks) {
		return "", false
	}
	next := toks[i+1].Tag
	switch {
	case !can(opts, "VBD"):
		// Only a finite verb follows its subject: a participle there would open a reduced
		// relative clause, and the lexicon's participle readings of "plan", "air" or
		// "areas" are noise ("the peace plan for the region").
		return "", false
	case noun && startsObject(next), next == "DT" || next == "CD" || next == "PRP$":
		return "VBD", true
	case next == "CC" && i+2 < len(toks) && (toks[i+2].Tag == "VBD" || toks[i+2].Tag == "VBN"):
		// "gunmen shot and killed a guard", "rioters burnt and looted shops"
		return "VBD", true
	}
	return "", false
}

// opensNounPhrase reports whether a word tagged t (empty at the sentence's start) stands
// before a noun phrase rather than after a subject.
func opensNounPhrase(t Tag) bool {
	switch t {
	case "", "DT", "IN", "JJ", "CD", "PRP$", "POS", "(", "``":
		return true
	}
	return false
}

// lyAdverb reports whether t is an adverb in -ly ("reportedly", "extrajudicially"), which
// can stand between a subject or auxiliary and its verb.
func lyAdverb(t *Token) bool { return t.Tag.IsAdverb() && strings.HasSuffix(t.Lower, "ly") }

var doForms = map[string]bool{"do": true, "does": true, "did": true}

// startsObject reports whether a tag can open a verb's object or complement.
func startsObject(t Tag) bool {
	switch t {
	case "DT", "CD", "PRP", "PRP$", "NNP", "NNPS", "JJ", "IN", "RB", "TO", "NNS":
		return true
	}
	return false
}
