package event

import (
	"math"
	"strings"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// passive reports whether the verb at h is in the passive voice: a participle after a form
// of "be" or "get" ("was attacked"), or a participle followed by "by" ("the territory invaded
// by ...").
func (v *sentenceView) passive(h int) bool {
	t := &v.toks[h]
	if t.Tag != "VBN" && t.Tag != "VBD" {
		return false
	}
	if adjectival[t.Lower] {
		return false
	}
	for i := h - 1; i >= v.first && i >= h-4; i-- {
		p := &v.toks[i]
		if p.Lemma == "be" || p.Lemma == "get" {
			return t.Tag == "VBN" || p.Lemma == "be"
		}
		if !p.Tag.IsAdverb() && p.Tag != "RB" {
			break
		}
	}
	return h+1 < v.end && v.toks[h+1].Lower == "by" && t.Tag == "VBN"
}

// verbActors returns the indices (into v.mentions) of the source and target of a verb event,
// or noMention.
func (v *sentenceView) verbActors(h int, m matched, passive bool) (src, tgt int) {
	subj := v.subject(h)
	if passive {
		return v.agent(m.end), subj
	}
	if v.thingSubject(h) {
		// "said settlements threaten peace": no actor of the sentence does the act.
		subj = noMention
	}
	tgt = m.target
	if tgt >= 0 && subj >= 0 && ownForces(&v.mentions[subj], &v.mentions[tgt]) {
		// "Egypt offered its troops to the Libyan government": the troops are what is
		// offered; the one they go to is the target.
		if k := v.recipient(v.mentions[tgt].TokEnd); k != noMention {
			tgt = k
		}
	}
	if tgt == noMention && !m.p.hasTarget() && (!reporting[v.toks[h].Lemma] || v.toks[h].Lemma == "tell") {
		// A reporting verb's object is a clause: in "said Azerbaijan failed", Azerbaijan
		// is no target of the statement.
		tgt = v.object(h + 1)
		if tgt == noMention && h+1 < v.end {
			tgt = v.objectPronoun(h+1, subj) // "telephoned him", "they arrested me"
		}
		if tgt != noMention && subj >= 0 && tgt >= 0 && ownForces(&v.mentions[subj], &v.mentions[tgt]) && m.spells(h, &v.mentions[tgt]) {
			// "Japan sent a warship to help find the ferry": the source's own craft or
			// troops, which the pattern names, are what it moves, not its target.
			tgt = noMention
		}
		switch root := string(m.p.Code.Root()); {
		case tgt != noMention:
		case reactionRoots[root]:
			tgt = v.ownerOfObject(m.end, subj, false)
			if tgt == noMention && m.end > h+1 {
				// The pattern spelled the object's noun: "is opposed to French mediation".
				tgt = v.ownerOfObject(h+1, subj, false)
			}
		case root == "14":
			// A protest is aimed at the owner of what it protests, of its own country too:
			// "workers struck over the government's refusal", "students marched against
			// abuses by the police".
			tgt = v.protestTarget(m.end)
		case root == "16" || root == "08":
			// A sanction on a thing hits its owner: "banned imports of Georgian wine"; a
			// concession answers the one who asked, of its own country too: "accepted
			// demands from the rebels".
			tgt = v.ownerOfObject(m.end, noMention, false)
		}
	}
	return subj, tgt
}

// ownForces reports whether mention obj is the military of subj's country.
func ownForces(subj, obj *actor.Mention) bool {
	return obj.Role == "MIL" && obj.Country != "" && obj.Country == subj.Country
}

// nounActors returns the source and target of a nominal event: the possessive or adjective
// before the noun ("Azerbaijan's incursion", "the Azerbaijani incursion"), else "by X" after
// it, else the subject of the clause ("Armenia held talks with ...").
func (v *sentenceView) nounActors(h int, m matched) (src, tgt int) {
	src, tgt = noMention, m.target
	if tgt == noMention && m.p.Code.Root() == "14" {
		// "a hunger strike in protest against abuses by the police": see verbActors; the
		// police are whom the strike is aimed at, not who strikes.
		tgt = v.protestTarget(m.end)
	}
	for i := h - 1; i >= v.first && i >= h-4; i-- {
		t := &v.toks[i]
		if k := v.endingAt(i); k != noMention {
			src = k
			break
		}
		if !skippable(t) && !v.possessedModifier(i) {
			break
		}
	}
	if src != noMention && m.target == noMention && v.mentions[src].Possessive && patientNouns[v.toks[h].Lemma] &&
		!(h+1 < v.end && v.toks[h+1].Lower == "of") {
		// "the minister's arrest" is the arrest of the minister; "Kenya's expulsion of
		// diplomats" keeps its agent.
		return v.agent(m.end), src
	}
	if src == noMention {
		if src = v.agent(m.end); src == tgt {
			src = noMention
		}
	}
	if src == noMention {
		// The noun as the object of a verb takes that verb's subject: "Armenia held talks",
		// "warplanes carried out a series of air strikes".
		for i := h - 1; i >= v.first && i >= h-7; i-- {
			t := &v.toks[i]
			if t.Lower == "of" || quantityNouns[t.Lower] || t.Tag == "RP" || particles[t.Lower] || v.measureUnit(i) {
				continue // "carried out a series of", "staged a 24-hour strike"
			}
			if t.Lower == "," && i-1 >= v.first && v.toks[i-1].Tag.IsAdj() && v.toks[i+1].Tag.IsAdj() {
				continue // coordinated adjectives: "secure strong, tough sanctions"
			}
			sides := mutual[v.toks[h].Lemma] || reciprocalHeads[v.toks[h].Lemma]
			if sides && durations[t.Lower] && v.toks[i+1].Lower == "of" {
				continue // "after five days of fighting"
			}
			if v.attributiveParticiple(i) {
				continue // "killed by an improvised explosive device"
			}
			if sides && sidesAdjuncts[t.Lower] {
				src = v.clauseSubject(i)
				break
			}
			if t.Tag.IsVerb() && t.Lemma != "be" {
				// "said the strikes hit": no object of "said"; "condemned the attacks",
				// "supported the sanctions": the subject reacts to a deed, it did not do it.
				if !reporting[t.Lemma] && !(materialRoots[string(m.p.Code.Root())] && v.reacts(t)) && !v.thingSubject(i) {
					// "said someone had placed bombs": the speaker placed none.
					src = v.subject(i)
				}
				break
			}
			if !skippable(t) {
				break
			}
		}
	}
	if src == noMention && strings.HasPrefix(string(m.p.Code), "0") {
		// Talks, agreements, aid announced by someone: "Armenia's Defense Ministry confirmed
		// that further talks were scheduled" codes the ministry's side of the talks.
		src = v.reporter(h)
	}
	if tgt == noMention && violentRoots[string(m.p.Code.Root())] && !(m.end < v.end && v.toks[m.end].Lower == "between") {
		// "a clash between police and protesters" names its two sides (see between).
		tgt = v.victim(h, m.end)
	}
	return src, tgt
}

// measureUnit reports whether token i is the dash or the unit of a hyphenated measure that
// modifies a noun, which the tokenizer splits: "24 - hour", "3 - day".
func (v *sentenceView) measureUnit(i int) bool {
	if i-1 < v.first {
		return false
	}
	if dash(v.toks[i].Lower) {
		return v.toks[i-1].Tag == "CD"
	}
	return i-2 >= v.first && v.toks[i].Tag == "NN" && !v.toks[i].Cap && dash(v.toks[i-1].Lower) && v.toks[i-2].Tag == "CD"
}

// sidesAdjuncts open a phrase of time that a fight or talks of the clause's own subject
// fill: "the troops withdrew after fierce fighting with the rebels", "Kenya agreed during
// talks with Uganda". Only reciprocal nouns take that subject: in "police arrested two men
// after the attack", the police did not attack.
var sidesAdjuncts = map[string]bool{"after": true, "during": true, "following": true}

// durations measure how long a fight or talks went on: "after five days of fighting".
var durations = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true, "years": true}

// clauseSubject returns the subject of the verb of the clause that the phrase opened at i
// belongs to, the nearest verb before it that reports nothing, or noMention.
func (v *sentenceView) clauseSubject(i int) int {
	for j := i - 1; j >= v.first && j >= i-12; j-- {
		t := &v.toks[j]
		if clauseBreak(t) || t.Lower == "," {
			return noMention
		}
		if t.Tag.IsVerb() && t.Tag != "VBG" && !isAux(t.Lemma) {
			if reporting[t.Lemma] || v.thingSubject(j) {
				return noMention
			}
			return v.subject(j)
		}
	}
	return noMention
}

// possessedModifier reports whether the lower-case common noun at i stands right after a
// possessive and so modifies the event noun after it: "Turkey's heavy bombardment", "Chile's
// naval blockade" (the tagger often reads an adjective there as a noun).
func (v *sentenceView) possessedModifier(i int) bool {
	t := &v.toks[i]
	if t.Cap || t.Tag != "NN" && t.Tag != "NNS" || i-1 < v.first {
		return false
	}
	if v.toks[i-1].Tag == "POS" {
		return true
	}
	k := v.endingAt(i - 1)
	return k != noMention && v.mentions[k].Possessive
}

// patientNouns name acts done to someone, whose possessive is the one they are done to when
// no "of" phrase follows: "Fahie's arrest", "the envoy's expulsion", "the activist's release".
var patientNouns = map[string]bool{"arrest": true, "detention": true, "release": true, "trial": true,
	"execution": true, "deportation": true, "extradition": true, "abduction": true, "kidnapping": true,
	"assassination": true, "murder": true, "killing": true, "conviction": true, "indictment": true,
	"imprisonment": true, "jailing": true, "capture": true, "ouster": true, "impeachment": true,
	"sentencing": true, "prosecution": true, "expulsion": true, "dismissal": true, "removal": true}

// reactionRoots are the CAMEO roots of verbs that react to an act rather than do it:
// statements, appeals, support, investigation, demands, criticism, rejection.
var reactionRoots = map[string]bool{"01": true, "02": true, "05": true, "09": true, "10": true, "11": true, "12": true}

// materialRoots are the CAMEO roots of deeds, which a reaction's subject did not do; a verbal
// act's noun keeps it ("reiterated its demand", "repeated its call").
var materialRoots = map[string]bool{"06": true, "07": true, "08": true, "14": true, "15": true, "16": true,
	"17": true, "18": true, "19": true, "20": true}

// reacts reports whether every verb pattern of t's lemma is a reaction (see reactionRoots):
// its object noun is an act of someone else.
func (v *sentenceView) reacts(t *text.Token) bool {
	list := v.patterns.verbs[t.Lemma]
	if len(list) == 0 {
		return false
	}
	for _, p := range list {
		if !reactionRoots[string(p.Code.Root())] {
			return false
		}
	}
	return true
}

// reporter returns the subject of the reporting verb whose "that" clause holds token h.
func (v *sentenceView) reporter(h int) int {
	for i := h - 1; i > v.first && i >= h-6; i-- {
		t := &v.toks[i]
		if t.Lower == "that" && v.toks[i-1].Tag.IsVerb() && reporting[v.toks[i-1].Lemma] {
			return v.subject(i - 1)
		}
		if !skippable(t) {
			return noMention
		}
	}
	return noMention
}

// endingAt returns the mention whose last token is i, or noMention.
func (v *sentenceView) endingAt(i int) int {
	for k := range v.mentions {
		if v.mentions[k].TokEnd-1 == i {
			return k
		}
	}
	return noMention
}

// agent finds "by X" within a few tokens after position p.
func (v *sentenceView) agent(p int) int {
	for i := p; i < v.end && i < p+4; i++ {
		t := &v.toks[i]
		if t.Lower == "by" {
			for j := i + 1; j < v.end && j < i+4; j++ {
				if k, ok := v.startsAt[j]; ok {
					return k
				}
				if !skippable(&v.toks[j]) {
					break
				}
			}
			return noMention
		}
		if clauseBreak(t) {
			break
		}
	}
	return noMention
}

// object finds the direct object: a mention right after the verb, past determiners and
// adjectives only.
func (v *sentenceView) object(p int) int {
	for i := p; i < v.end && i < p+6; i++ {
		if k, ok := v.startsAt[i]; ok {
			if v.mentions[k].Locative {
				return noMention
			}
			return k
		}
		t := &v.toks[i]
		if skippable(t) || hedges[t.Lower] || quantityNouns[t.Lower] || t.Lower == "of" && i > p || v.approximates(i) || v.namesGroup(i) {
			continue // "killed 219 suspected rebels", "wounded scores of the terrorists", "arrested over 50 protesters"
		}
		return noMention
	}
	return noMention
}

// attributiveParticiple reports whether the participle at i modifies the noun after it, as
// after a determiner ("an improvised device", "the proposed changes"), where the tagger may
// read it as a verb.
func (v *sentenceView) attributiveParticiple(i int) bool {
	t := &v.toks[i]
	return (t.Tag == "VBN" || t.Tag == "VBD") && i-1 >= v.first && v.toks[i-1].Tag == "DT" && i+1 < v.end &&
		(v.toks[i+1].Tag.IsAdj() || v.toks[i+1].Tag == "NN" || v.toks[i+1].Tag == "NNS")
}

// recipient returns the mention after "to" at token p, past determiners, or noMention.
func (v *sentenceView) recipient(p int) int {
	if p >= v.end || v.toks[p].Lower != "to" {
		return noMention
	}
	for i := p + 1; i < v.end && i < p+4; i++ {
		if k, ok := v.startsAt[i]; ok && !v.mentions[k].Locative {
			return k
		}
		if !skippable(&v.toks[i]) {
			break
		}
	}
	return noMention
}

// namesGroup reports whether the capitalised word at i, no actor of its own, names the region
// or people of the role mention right after it: "accused Darfur rebels", "attacked Tamil
// rebels", "Karen guerrillas".
func (v *sentenceView) namesGroup(i int) bool {
	t := &v.toks[i]
	if !t.Cap || !t.Tag.IsProper() && !t.Tag.IsAdj() || i+1 >= v.end {
		return false
	}
	k, ok := v.startsAt[i+1]
	return ok && v.mentions[k].Head == actor.KRole
}

// approximates reports whether the word at i opens an approximate number: "over 50", "more
// than 20", "at least 12", "up to 30", "nearly 40".
func (v *sentenceView) approximates(i int) bool {
	next := func(k int) *text.Token {
		if i+k < v.end {
			return &v.toks[i+k]
		}
		return &text.Token{}
	}
	switch t := &v.toks[i]; t.Lower {
	case "over", "under", "about", "around", "nearly", "almost", "some", "roughly", "approximately":
		return next(1).Tag == "CD"
	case "more", "fewer", "less":
		return next(1).Lower == "than" && next(2).Tag == "CD"
	case "at", "up":
		return (next(1).Lower == "least" || next(1).Lower == "to") && next(2).Tag == "CD"
	case "than", "least", "to":
		return i > v.first && v.approximates(i-1)
	}
	return false
}

// hedges qualify an actor without being one: "suspected militants", "alleged members".
var hedges = map[string]bool{"suspected": true, "alleged": true, "presumed": true, "armed": true, "unidentified": true, "unknown": true, "so-called": true}

// mention returns the mention at index k (relative to this sentence's first mention; it may
// be negative or past the sentence for a resolved pronoun).
func (v *sentenceView) mention(k int) *actor.Mention { return &v.all[v.base+k] }

// noMention marks the absence of a mention index (indices may be negative: a pronoun resolved
// to an earlier sentence).
const noMention = math.MinInt32

// quantityNouns head a phrase whose "of" object is the real actor.
var quantityNouns = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true, "tens": true, "millions": true,
	"group": true, "groups": true, "number": true, "crowd": true, "crowds": true, "members": true, "member": true, "supporters": true,
	"some": true, "many": true, "most": true, "all": true, "both": true, "band": true, "gang": true, "team": true, "delegation": true, "unit": true, "units": true,
	"part": true, "portion": true, "series": true, "wave": true, "string": true, "spate": true, "round": true, "barrage": true, "volley": true, "campaign": true}

// adjectival participles describe a state of the subject, not an action done to it: "forces
// were engaged in", "he is committed to".
var adjectival = map[string]bool{"engaged": true, "involved": true, "committed": true, "prepared": true, "determined": true,
	"poised": true, "set": true, "united": true, "opposed": true, "divided": true, "concerned": true, "interested": true,
	"satisfied": true, "pleased": true, "worried": true, "disappointed": true, "convinced": true, "ready": true, "willing": true, "resolved": true}

// modifiesNoun reports whether a bare country adjective modifies the noun after it ("the
// Azerbaijani incursion", "a Senegalese peace plan") and so is no subject of its own; before
// a noun for people ("Palestinian prisoners") it stays the actor.
func (v *sentenceView) modifiesNoun(m *actor.Mention) bool {
	if m.Head != actor.KAdj || m.Role != "" || m.TokEnd >= v.end {
		return false
	}
	t := &v.toks[m.TokEnd]
	if t.Cap || t.Tag != "NN" && t.Tag != "NNS" {
		return false
	}
	if v.patterns != nil && v.patterns.nouns[t.Lemma] != nil && !peopleNoun(t.Lower) {
		return true // an event noun: "the Azerbaijani incursion"
	}
	return t.Tag == "NNS" && !peopleNoun(t.Lower) // things: "Israeli changes"
}

// peopleNoun guesses from its ending whether a plural noun names people ("prisoners",
// "landowners", "activists", "civilians"), which a country adjective turns into an actor.
func peopleNoun(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents", "ees", "men", "people", "ites", "ics", "ives", "ards", "ains"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// objectOfVerb reports whether mention m is the object of an earlier verb ("killed two
// people"), and so not the subject of a verb further right ("... and injured 16"). The
// objects of reporting verbs are not skipped: in "the ministry said rebels attacked" the
// rebels are the subject of "attacked".
func (v *sentenceView) objectOfVerb(m *actor.Mention) bool {
	for i := m.Tok - 1; i >= v.first && i >= m.Tok-4; i-- {
		t := &v.toks[i]
		if t.Tag.IsVerb() {
			// A capitalised participle opening the sentence is an adjective: "Ousted
			// President Askar Akayev".
			// The one told is whom words are addressed to, not the subject of what follows
			// ("Kenya told Uganda, calling for calm": Kenya calls), but for an infinitive:
			// "told Uganda to withdraw".
			told := t.Lemma == "tell" && !(m.TokEnd < v.end && v.toks[m.TokEnd].Lower == "to")
			return t.Tag != "VBN" && !t.Cap && (!reporting[t.Lemma] || told) && t.Lemma != "be" && t.Lemma != "have"
		}
		if !skippable(t) {
			return false
		}
	}
	return false
}

// reporting verbs take a clause as their object.
var reporting = map[string]bool{"say": true, "claim": true, "report": true, "announce": true, "confirm": true, "believe": true,
	"think": true, "allege": true, "add": true, "state": true, "insist": true, "warn": true, "deny": true, "indicate": true,
	"suggest": true, "note": true, "explain": true, "know": true, "hope": true, "fear": true, "expect": true, "tell": true,
	"show": true, "reveal": true, "declare": true, "argue": true, "acknowledge": true, "admit": true, "assert": true, "estimate": true}

// relativeStart returns the index of the comma that opens a relative clause ending at the
// comma at i (", which ... ,", ", who ... ,"), or -1. A relative clause between dashes may
// hold commas of its own: "Kenya - which fears war, and has said so - called for calm".
func (v *sentenceView) relativeStart(i int) int {
	closing := v.toks[i].Lower
	dashed := dash(closing)
	for j := i - 1; j > v.first; j-- {
		w := v.toks[j].Lower
		switch {
		case w == ";" || w == ".", w == "," && !dashed, dash(w):
			return -1
		case w == "which" || w == "who" || w == "whose" || w == "whom" || (w == "a" || w == "an") && !dashed:
			// A relative clause or an apposition: "Pakistan, a key U.S. ally, ...".
			if v.toks[j-1].Lower == closing {
				if k := v.endingAt(i - 1); k != noMention && v.mentions[k].Tok < j-1 {
					// The apposition is part of a person's mention, which is the subject:
					// "Jane Doe, a Kenyan lawmaker, said".
					return -1
				}
				return j - 1
			}
			if !dashed {
				return -1
			}
		}
	}
	return -1
}

// dash reports whether w is a dash that sets off a parenthesis.
func dash(w string) bool { return w == "-" || w == "–" || w == "—" }

// particles complete phrasal verbs: "carry out", "set up".
var particles = map[string]bool{"out": true, "up": true, "off": true, "down": true}
