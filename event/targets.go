package event

import (
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// The targets read from a clause's words rather than a pattern's target slot: the owner of
// the thing a reaction or protest is aimed at, and the victims of a violent act named by a
// noun.

// ownerOfObject finds, for a reaction to a thing ("objected strongly to the deal reached by
// Turkey", "expressed concern over the Argentine measures", "rejected Peru's plan"), the
// actor the thing belongs to, which the reaction is aimed at: a possessive or a country
// adjective before the object's noun, or the "by" phrase after it. An owner of the subject's
// own country is none ("Chile defended the steps taken by Chilean police").
//
// With aimed, the one named after "of" by a noun of aimedOf is the owner too: "in defiance of
// the authorities", "the resignation of the president".
func (v *sentenceView) ownerOfObject(p, subj int, aimed bool) int {
	owner := noMention
	// A pattern that spells its object noun ends after it: "rejected calls | by Denmark".
	// So does one that spells the noun before "of": "demanded the resignation | of Doe".
	sawNoun := p > v.first && p < v.end && v.toks[p-1].Tag.IsNoun() && !v.toks[p-1].Cap &&
		(v.toks[p].Lower == "by" || v.toks[p].Lower == "from" && claimNouns[v.toks[p-1].Lemma] || v.toks[p].Lower == "of" && aimed && aimedOf[v.toks[p-1].Lemma])
	for i := p; i < v.end && i < p+8 && owner == noMention; i++ {
		t := &v.toks[i]
		if k, ok := v.startsAt[i]; ok {
			if mn := &v.mentions[k]; mn.Possessive || v.modifiesNoun(mn) || v.namesOwner(mn) || v.adjectiveOfThing(mn) {
				owner = k
			}
			break
		}
		switch {
		case (t.Lower == "by" || t.Lower == "from" && claimNouns[v.toks[i-1].Lemma] || t.Lower == "of" && aimed && aimedOf[v.toks[i-1].Lemma]) && sawNoun:
			for j := i + 1; j < v.end && j < i+4; j++ {
				if k, ok := v.startsAt[j]; ok {
					owner = k // "demands by the Ghanaian government", "calls from the union"
					break
				}
				if !skippable(&v.toks[j]) && !v.namesGroup(j) {
					break // "demands from Shona rebels"
				}
			}
			if owner == noMention {
				return noMention
			}
		case skippable(t) || hedges[t.Lower]: // "the alleged abuses"
		case (t.Tag == "IN" || t.Tag == "TO") && !sawNoun && t.Lower != "that":
		case t.Lower == "of" && sawNoun && !aimed:
			sawNoun = false // "imports of Georgian wine": the wine's owner
		case t.Lower == "protest" && !sawNoun && i > p && v.toks[i-1].Lower == "in":
			// "a hunger strike in protest against ...", "resigned in protest over ..."
		case (t.Tag == "NN" || t.Tag == "NNS") && !t.Cap:
			sawNoun = true
		case t.Tag == "VBN" && sawNoun: // "the deal reached by"
			if n := timePhrase(v.toks[i+1 : v.end]); n > 0 {
				i += n // "the move announced on Monday by", "the plan unveiled last week by"
			}
		case t.Tag == "VBD" && sawNoun && i+1 < v.end && v.toks[i+1].Lower != "by":
			// A participle the tagger read as a past tense before a time phrase, whose "by"
			// phrase shows it a participle: "the move announced on Monday by Kenya".
			n := timePhrase(v.toks[i+1 : v.end])
			if n == 0 || i+1+n >= v.end || v.toks[i+1+n].Lower != "by" {
				return noMention
			}
			i += n
		case (t.Tag == "VBN" || t.Tag == "VBD") && !sawNoun && i+1 < v.end && (v.toks[i+1].Tag.IsAdj() || v.toks[i+1].Tag == "NN" || v.toks[i+1].Tag == "NNS"):
			// a participle before the noun, which the tagger may read as a past tense:
			// "rejected proposed Chilean changes"
		default:
			return noMention
		}
	}
	if owner == noMention || v.mentions[owner].Locative {
		return noMention
	}
	if subj >= 0 && subj < len(v.mentions) && v.mentions[subj].Country != "" && v.mentions[subj].Country == v.mentions[owner].Country {
		return noMention
	}
	return owner
}

// timePhrase returns the length of the time phrase toks open with, or 0: "on Monday", "on
// 12 May", "last week", "this month", "earlier", "yesterday". It lets a participle reach its
// "by" phrase: "the decision announced on Friday by the government".
func timePhrase(toks []text.Token) int {
	if len(toks) == 0 {
		return 0
	}
	switch toks[0].Lower {
	case "yesterday", "today", "recently":
		return 1
	case "earlier":
		return 1 + timePhrase(toks[1:]) // "earlier this week"
	case "last", "this":
		if len(toks) > 1 && (timeNouns[toks[1].Lower] || weekdays[toks[1].Lower]) {
			return 2
		}
	case "on":
		n := 1
		for n < len(toks) && n < 4 && (weekdays[toks[n].Lower] || months[toks[n].Lower] || toks[n].Kind == text.Number) {
			n++
		}
		if n > 1 {
			return n
		}
	}
	return 0
}

// Words of time phrases (see timePhrase and timeAfter; the units are timeNouns).
var (
	weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
	months   = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
		"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}
)

// protestTarget finds the target of a protest whose words end at p: the owner of what it
// protests (see ownerOfObject), else the one its purpose clause demands something of:
// "marched to demand the resignation of the president", "a rally calling for reforms by the
// government".
func (v *sentenceView) protestTarget(p int) int {
	if k := v.ownerOfObject(p, noMention, true); k != noMention {
		return k
	}
	comma := false
	for i := p; i < v.end && i < p+8; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			return noMention
		}
		comma = comma || t.Lower == ","
		// An infinitive of purpose, or a participle that follows the protest with no comma
		// ("a demonstration calling for"); one after a comma may belong to another clause
		// ("police dispersed the crowd, demanding ...").
		if !demandVerbs[t.Lemma] || !t.Tag.IsVerb() || !(t.Tag == "VBG" && !comma || i > p && v.toks[i-1].Lower == "to") {
			continue
		}
		next := i + 1
		if next < v.end && v.toks[next].Lower == "for" {
			next++ // "calling for"
		}
		return v.ownerOfObject(next, noMention, true)
	}
	return noMention
}

// demandVerbs open the purpose of a protest: "to demand", "calling for", "urging".
var demandVerbs = map[string]bool{"demand": true, "call": true, "urge": true, "press": true}

// aimedOf are nouns whose "of" phrase names the one a protest or demand is aimed at.
var aimedOf = map[string]bool{"defiance": true, "resignation": true, "removal": true, "ouster": true,
	"dismissal": true, "impeachment": true, "sacking": true, "departure": true}

// namesOwner reports whether the name of a state or an organisation stands before a noun of
// a thing it owns ("a United Nations appeal", "the Kenya Airways offer") or before a
// participle of leading ("the US-led mission", "a UN-brokered deal").
func (v *sentenceView) namesOwner(m *actor.Mention) bool {
	if m.Role != "" || m.Person || m.Head == actor.KAdj || m.TokEnd+1 >= v.end {
		return false
	}
	t := &v.toks[m.TokEnd]
	if dash(t.Lower) {
		return leadParticiples[v.toks[m.TokEnd+1].Lower]
	}
	return !t.Cap && (t.Tag == "NN" || t.Tag == "NNS") && !peopleNoun(t.Lower)
}

// claimNouns are what one actor asks of another, whose "from" phrase names the one asking:
// "accepted demands from the rebels", "rejected calls from the opposition".
var claimNouns = map[string]bool{"demand": true, "call": true, "request": true, "appeal": true, "pressure": true,
	"proposal": true, "offer": true, "plea": true, "ultimatum": true, "invitation": true}

// adjectiveOfThing reports whether a bare country adjective stands before a singular common
// noun of a thing, which the country owns in the object of a reaction or a sanction:
// "the Chilean plan", "Georgian wine" (modifiesNoun takes only plural things, since a
// singular noun after it may head an actor of its own).
func (v *sentenceView) adjectiveOfThing(m *actor.Mention) bool {
	if m.Head != actor.KAdj || m.Role != "" || m.TokEnd >= v.end {
		return false
	}
	t := &v.toks[m.TokEnd]
	return !t.Cap && t.Tag == "NN"
}

// leadParticiples join a name to the thing it leads or backs: "US-led", "UN-brokered".
var leadParticiples = map[string]bool{"led": true, "backed": true, "sponsored": true, "brokered": true,
	"drafted": true, "proposed": true, "imposed": true, "funded": true}

// victim finds the target of a violent act named by a noun at h, whose match ends at end,
// from the clause that reports its harm: the subject of a passive harm verb (or of "die")
// the noun is the occasion or means of ("three soldiers were killed in a roadside bombing",
// "two guards died in an ambush"), or the object of the harm verb the noun is the subject of
// ("a car bomb killed four police officers"). Without it the harm verb's own record, which
// has the victims, folds into the noun's record and the victims are lost.
func (v *sentenceView) victim(h, end int) int {
	i := h - 1
	for i >= v.first && i >= h-5 && (skippable(&v.toks[i]) || v.toks[i].Tag == "NN" && !v.toks[i].Cap || v.attributiveParticiple(i)) {
		i-- // "in a suicide car bombing"
	}
	if i > v.first {
		switch v.toks[i].Lower {
		case "in", "by", "during":
			if vb := i - 1; v.toks[vb].Lemma == "die" && v.toks[vb].Tag.IsVerb() || v.harms(vb) && v.passive(vb) {
				return v.subject(vb)
			}
			return noMention
		}
	}
	for j := end; j < v.end && j < end+10; j++ {
		t := &v.toks[j]
		if clauseBreak(t) || t.Lower == "," || t.Tag == "CC" {
			break
		}
		if t.Tag.IsVerb() {
			// "a roadside bomb near the town killed one soldier"; "a bombing that killed".
			if (finite(t.Tag) || t.Tag == "VBN") && v.harms(j) && !v.passive(j) { // VBN: "a mine wounded" as tagged
				if k := v.object(j + 1); k != noMention && !v.mentions[k].Possessive {
					return k // not "hit the family's car": the owner of a thing hit
				}
			}
			break
		}
	}
	return noMention
}

// harms reports whether the verb at i has a pattern of violence (CAMEO 18-20): "kill",
// "wound", "injure", "hit".
func (v *sentenceView) harms(i int) bool {
	t := &v.toks[i]
	if !t.Tag.IsVerb() {
		return false
	}
	for _, p := range v.patterns.verbs[t.Lemma] {
		if violentRoots[string(p.Code.Root())] {
			return true
		}
	}
	return false
}

// violentRoots are the CAMEO roots of violence: assault, fight, mass violence.
var violentRoots = map[string]bool{"18": true, "19": true, "20": true}

// AnaphoricTargets gives a reaction without a target (praise, concern, disapproval, rejection:
// "Tanzania objected to the deal") the party of the earlier act its definite object refers
// back to: the nearest event before it, in its sentence or the three before, whose trigger
// is that noun or its verb ("Kenya and Uganda signed a trade deal" for "the deal", "Kenya
// imposed sanctions" for "the sanctions"), or for a noun of any decision ("the decision",
// "the move") the nearest material act. It takes that act's source, or its other party when
// the source is the reacting actor itself, and leaves the target empty when the sentence of
// that act has acts of different sources that fit, or when the object names its owner ("the
// deal between ...", "the move by ...").
func AnaphoricTargets(doc *text.Doc, coded []Event) {
	for i := range coded {
		e := &coded[i]
		if e.Target != nil || e.Source == nil || !referringRoots[string(e.Code.Root())] && e.Code != "051" && e.Code != "012" {
			continue
		}
		n := definiteObject(doc, e)
		if n < 0 {
			continue
		}
		noun := doc.Tokens[n].Lemma
		j := referent(doc, coded, i, noun)
		if j < 0 {
			continue
		}
		r := &coded[j]
		switch {
		case r.Source != nil && r.Source.Code != e.Source.Code:
			e.Target = r.Source
		case r.Source != nil && r.Target != nil && r.Target.Code != e.Source.Code:
			// The reactor's own act: its other party ("Kenya signed a deal with Uganda.
			// Kenya's parliament rejected the deal" when the parliament codes as Kenya). An
			// act with no source gives nothing: its victims are not whom the reaction blames.
			e.Target = r.Target
		}
	}
}

// referringRoots are the CAMEO roots of reactions to a thing done: disapprove, reject.
var referringRoots = map[string]bool{"11": true, "12": true}

// definiteObject returns the token index of the head noun of a definite object right after
// event e's trigger ("objected to the new trade deal": "deal"), when that noun is one of
// referNouns or decisionNouns and nothing after it names its owner; else -1.
func definiteObject(doc *text.Doc, e *Event) int {
	s := &doc.Sentences[e.Sentence]
	end := s.First + len(s.Tokens)
	i := e.Head + 1
	for i < end && doc.Tokens[i].End <= e.Trigger.End && !referDeterminers[doc.Tokens[i].Lower] {
		i++ // "expressed concern over": the pattern's words before the object
	}
	for i < end && i < e.Head+6 && (doc.Tokens[i].Tag == "IN" || doc.Tokens[i].Tag == "TO" || doc.Tokens[i].Tag == "RP") {
		i++ // "objected to", "concern over"; the pattern's words may reach into the object
	}
	if i >= end || !referDeterminers[doc.Tokens[i].Lower] {
		return -1
	}
	head := -1
	for i++; i < end; i++ {
		t := &doc.Tokens[i]
		if t.Cap || !(t.Tag.IsAdj() || t.Tag == "NN" || t.Tag == "NNS") {
			break
		}
		if t.Tag == "NN" || t.Tag == "NNS" {
			head = i
		}
	}
	if head < 0 || referNouns[doc.Tokens[head].Lemma] == nil && !decisionNouns[doc.Tokens[head].Lemma] {
		return -1
	}
	if i < end && ownerWords[doc.Tokens[i].Lower] {
		return -1 // "the deal between Kenya and Uganda", "the move by the government"
	}
	return head
}

// referent returns the index of the event of coded, before event i in its sentence or in the
// three sentences before, that noun refers back to, or -1: the nearest whose trigger has a
// word of referNouns[noun], or for a decision noun the nearest material act; -1 when its
// sentence holds another fitting act by a different source.
func referent(doc *text.Doc, coded []Event, i int, noun string) int {
	e := &coded[i]
	found := -1
	for j := i - 1; j >= 0 && coded[j].Sentence >= e.Sentence-3; j-- {
		r := &coded[j]
		if found >= 0 && r.Sentence != coded[found].Sentence {
			break
		}
		if !refersTo(doc, r, noun) {
			continue
		}
		if found < 0 {
			found = j
			continue
		}
		if f := &coded[found]; r.Trigger != f.Trigger && (r.Source == nil || f.Source == nil || r.Source.Code != f.Source.Code) {
			return -1 // two acts of different sources: "the decision" is either
		}
	}
	return found
}

// refersTo reports whether noun can refer back to event r: a word of r's trigger is one of
// referNouns[noun], or noun is a decision noun and r a material act.
func refersTo(doc *text.Doc, r *Event, noun string) bool {
	if decisionNouns[noun] {
		return !verbalRoots[string(r.Code.Root())]
	}
	words := referNouns[noun]
	s := &doc.Sentences[r.Sentence]
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Start >= r.Trigger.Start && t.End <= r.Trigger.End && words[t.Lemma] {
			return true
		}
	}
	return false
}

// referDeterminers open a definite noun phrase that refers back: "the deal", "this move".
var referDeterminers = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// ownerWords after a noun name whose thing it is, so it refers to nothing before.
var ownerWords = map[string]bool{"of": true, "by": true, "between": true, "with": true, "from": true}

// decisionNouns refer back to any material act: "The government banned the party. The
// opposition condemned the decision."
var decisionNouns = map[string]bool{"decision": true, "move": true, "step": true}

// verbalRoots are the CAMEO roots of words and positions rather than material acts:
// statements, appeals, intentions, talks, demands, reactions, threats, protests.
var verbalRoots = map[string]bool{"01": true, "02": true, "03": true, "04": true, "10": true, "11": true,
	"12": true, "13": true, "14": true}

// referVerbs are the words of referNouns that are only verbs: no noun refers back with them.
var referVerbs = map[string]bool{"sign": true, "impose": true, "close": true, "agree": true, "kill": true, "shoot": true,
	"seize": true, "execute": true, "detain": true, "expel": true, "invade": true, "annex": true, "withdraw": true,
	"suspend": true, "deploy": true, "outlaw": true}

// referNouns map a noun that refers back to an act to the words of that act's trigger.
var referNouns = func() map[string]map[string]bool {
	groups := [][]string{
		{"deal", "agreement", "accord", "pact", "treaty", "agree", "sign"},
		{"sanction", "impose"},
		{"ban", "outlaw"},
		{"attack", "assault", "raid", "ambush", "bombing", "strike", "airstrike"},
		{"arrest", "detain", "detention"},
		{"killing", "kill", "murder"},
		{"shooting", "shoot"},
		{"seizure", "seize"},
		{"execution", "execute"},
		{"expulsion", "expel"},
		{"blockade"},
		{"embargo"},
		{"invasion", "invade"},
		{"annexation", "annex"},
		{"withdrawal", "withdraw"},
		{"suspension", "suspend"},
		{"deployment", "deploy"},
		{"closure", "close"},
	}
	m := map[string]map[string]bool{}
	for _, g := range groups {
		words := map[string]bool{}
		for _, w := range g {
			words[w] = true
		}
		for _, w := range g {
			if !referVerbs[w] {
				m[w] = words // a verb alone is no noun that refers back
			}
		}
	}
	return m
}()
