package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/text"
)

// Words that look like an event but report none in their place: a noun after a preposition,
// an opinion verb with a complement, a noun that is the speaker of a quote.

// nounAfterPreposition reports whether the noun at h follows a preposition, directly or past a
// determiner: "by phone", "over the phone". Unlike afterPreposition (a mention as object), any
// IN word counts here, a subordinator too.
func (v *sentenceView) nounAfterPreposition(h int) bool {
	if h > v.first && v.toks[h-1].Tag == "DT" {
		h--
	}
	return h > v.first && v.toks[h-1].Tag == "IN"
}

// opinionVerbs give an opinion when their object has a complement: "considers the vote
// unfair", "regards Uganda as a partner".
var opinionVerbs = map[string]bool{"consider": true, "deem": true, "regard": true, "view": true}

// opinion reports whether the verb at h states an opinion of its object ("considers Uganda
// a reliable partner", "still considers the settlements illegal") rather than weighing a
// policy option ("is considering sanctions").
func (v *sentenceView) opinion(h int) bool {
	if !opinionVerbs[v.toks[h].Lemma] {
		return false
	}
	j, nouns := h+1, 0
	for j < v.end {
		if k, ok := v.startsAt[j]; ok {
			j, nouns = v.mentions[k].TokEnd, nouns+1
			continue
		}
		t := &v.toks[j]
		if t.Tag.IsNoun() {
			nouns++
		} else if t.Tag != "POS" && (nouns > 0 || !skippable(t)) {
			break // a possessive's "'s" goes on to its noun: "Uganda's position"
		}
		j++
	}
	if nouns == 0 || j >= v.end {
		return false
	}
	t := &v.toks[j]
	return t.Tag.IsAdj() || t.Lower == "a" || t.Lower == "an" || t.Lower == "as" ||
		t.Lower == "to" && j+1 < v.end && v.toks[j+1].Lower == "be"
}

// placeNouns name, as nouns, a place or a gathering and not the act of their verb: "his jail
// cell", "a banking retreat", "a refugee camp", "the court", "a police post". The tagger's noun is
// not tried as that verb. (A noun that names its verb's act, "an indiscriminate shell", "the
// ban", "an attempt", keeps the verb's patterns.)
var placeNouns = map[string]bool{"jail": true, "prison": true, "retreat": true, "camp": true, "court": true,
	"house": true, "shelter": true, "station": true, "post": true, "office": true, "base": true, "harbour": true,
	"harbor": true, "quarter": true, "lodge": true, "garrison": true, "host": true}

// placeNoun reports whether the token at h is a place noun after a word that opens or
// modifies a noun phrase ("his jail", "a banking retreat"); after a subject the tagger's noun
// may be the verb: "Kenyan troops retreat from the town".
func (v *sentenceView) placeNoun(h int) bool {
	if t := &v.toks[h]; t.Tag != "NN" || !placeNouns[t.Lower] || h == v.first {
		return false
	}
	if v.insideAnyMention(h - 1) {
		return false // a subject: "Kenyan police jail protesters"
	}
	if h+1 < v.end && (v.toks[h+1].Tag == "NN" || v.toks[h+1].Tag == "NNS") && !v.toks[h+1].Cap {
		return true // a modifier: "a jail suicide expert", "prison guards"
	}
	switch p := &v.toks[h-1]; p.Tag {
	case "DT", "PRP$", "POS", "CD", "NN", "VBG":
		return p.Lower != "that"
	default:
		return p.Tag.IsAdj()
	}
}

// speechVerbs are the verbs of saying whose subject is a speaker.
var speechVerbs = map[string]bool{"say": true, "tell": true, "add": true, "insist": true, "explain": true,
	"note": true, "argue": true, "state": true}

// speaker reports whether the noun at h is the one who speaks in the clause, not an act:
// "the Kenyan and Ugandan mediators said", "negotiators told reporters". "Strikes said to have
// killed ..." is a report of the strikes.
func (v *sentenceView) speaker(h int) bool {
	if h+1 >= v.end {
		return false
	}
	t := &v.toks[h+1]
	if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" || !speechVerbs[t.Lemma] {
		return false
	}
	return h+2 >= v.end || v.toks[h+2].Lower != "to"
}

// backgroundOpeners open a phrase that tells what came before an act or what surrounds it:
// "lifted the curfew after two days of clashes", "ordered patrols following the riots", or
// what it is about: "summoned the envoy over the killing of two fishermen".
var backgroundOpeners = map[string]bool{"after": true, "following": true, "amid": true, "amidst": true, "over": true}

// claimedActs qualify a background act as claimed, not shown: "over alleged assaults".
var claimedActs = map[string]bool{"alleged": true, "suspected": true, "reported": true, "purported": true, "apparent": true}

// spanNouns measure how long the background went on: "after twelve days of fighting".
var spanNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "hour": true, "night": true, "decade": true}

// background reports whether the event noun at h stands in a phrase of what came before or
// around the clause's act, or what it is about: after "after", "following", "amid", "over", "in the wake of", "in
// response to", "in retaliation for", directly or past determiners, modifiers, actors and a
// span ("after a week of unrest").
func (v *sentenceView) background(h int) bool {
	for i := h - 1; i >= v.first && i >= h-8; i-- {
		p := &v.toks[i]
		if backgroundOpeners[p.Lower] {
			return true
		}
		if i > v.first {
			switch prev := v.toks[i-1].Lemma; {
			case p.Lower == "of" && prev == "wake", p.Lower == "to" && prev == "response", p.Lower == "for" && prev == "retaliation":
				return true
			}
		}
		if p.Lower == "of" || spanNouns[p.Lemma] || claimedActs[p.Lower] || i == h-1 && p.Tag == "NN" {
			continue // "days of", a compound's modifier: "the shooting deaths"
		}
		if !skippable(p) && !v.insideAnyMention(i) {
			return false
		}
	}
	return false
}

// agentBefore reports whether an event before token h in its sentence has a source: then a
// background phrase after it tells the cause of that actor's act ("the army lifted the
// curfew after clashes"), not news of its own. Where the act before names no agent ("two
// soldiers were killed following an attack by the rebels") the phrase tells what happened,
// and so does fighting before a fight's outcome: "took the town after a week of fighting" is
// one battle (CAMEO 19 both).
func agentBefore(es []Event, h int, code cameo.Code) bool {
	for i := range es {
		if es[i].Head < h && es[i].Source != nil && !(code.Root() == "19" && es[i].Code.Root() == "19") {
			return true
		}
	}
	return false
}

// protestClaim returns the index in es of the protest earlier in the sentence whose claim a
// demand, an appeal or a disapproval told by an infinitive or a participle is ("marched to
// demand reforms", "blocked the road demanding his release", "staged a sit-in calling for new
// elections"), or -1: the claim is part of that protest (CAMEO 14 names its demand), not a
// second event.
func protestClaim(es []Event, t *text.Token, code cameo.Code, noun bool) int {
	if noun || t.Tag != "VB" && t.Tag != "VBG" {
		return -1
	}
	switch code.Root() {
	case "02", "10", "11":
	default:
		return -1
	}
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].Code.Root() == "14" {
			return i
		}
	}
	return -1
}

// included reports whether the event noun at h is an item of a list brought in by
// "including", "notably", "especially", "particularly" or "such as": "tougher measures,
// including a ban on trucks".
func (v *sentenceView) included(h int) bool {
	for i := h - 1; i >= v.first && i >= h-6; i-- {
		p := &v.toks[i]
		switch p.Lower {
		case "including", "notably", "especially", "particularly":
			return true
		case "as":
			return i > v.first && v.toks[i-1].Lower == "such"
		}
		if !skippable(p) && !v.insideAnyMention(i) {
			return false
		}
	}
	return false
}

// claimBefore reports whether an event before token h in its sentence asks for, promises or
// threatens something (CAMEO 02, 03, 10, 13): the items of a list after it are the content
// of that claim, not acts done.
func claimBefore(es []Event, h int) bool {
	for i := range es {
		switch es[i].Code.Root() {
		case "02", "03", "10", "13":
			if es[i].Head < h {
				return true
			}
		}
	}
	return false
}

// demanded returns the index in es of the nearest demand, appeal or rejection before the
// trigger at h in its clause whose content the trigger tells, or -1: "demanded that Uganda
// withdraw its troops", "urged the parties to reach an agreement", "said Kenya must ease the
// restrictions", "rejected an offer to host a summit", "refused to commit to any assistance".
// The act asked for or turned down has not been done, and a demand's code names it (see
// absorbDemanded). A
// new main verb ("demanded reforms and marched on parliament"), a new clause or a relative
// clause ("the release of activists who were detained": a real detention) ends the demand's
// reach, and a further demand or statement is coded on its own.
func (v *sentenceView) demanded(es []Event, h int, code cameo.Code) int {
	switch code.Root() {
	case "01", "02", "10", "12":
		return -1
	}
	d := -1
	for i := range es {
		if r := es[i].Code.Root(); (r == "10" || r == "02" || r == "12") && es[i].Head < h && es[i].Status == annals.Asserted &&
			(d < 0 || es[i].Head > es[d].Head) {
			d = i // the nearest claim before the trigger
		}
	}
	if d < 0 {
		return -1
	}
	for i := es[d].Head + 1; i < h; i++ {
		t := &v.toks[i]
		switch {
		case clauseBreak(t), t.Lower == "but", t.Lower == "while", t.Lower == "whereas", t.Lower == "although",
			t.Lower == "who", t.Lower == "whom", t.Lower == "which", t.Lower == "whose", t.Lower == "where", t.Lower == "that" && t.Tag == "WDT":
			return -1
		case t.Lower == "and" && (v.toks[i+1].Tag == "VBD" || v.toks[i+1].Tag == "VBN" || v.toks[i+1].Tag == "VBZ"):
			// A past or present form after "and" is a second main verb (the tagger reads
			// many a past as a participle): "demanded higher pay and blocked the road".
			return -1
		case (t.Lower == "," || dash(t.Lower)) && (v.toks[i+1].Tag == "VBD" || v.toks[i+1].Tag == "VBZ" || v.toks[i+1].Tag == "VBP"):
			// A finite verb after a comma or a dash resumes the main clause a parenthesis
			// broke: "Ghana, which has rejected the envoy, hosted the summit".
			return -1
		}
	}
	return d
}

// absorbDemanded gives an unspecified demand or appeal (100, 020) at es[d] the code of what it
// asks for: CAMEO's demand (10x) and appeal (02x) codes mirror its intent codes (03x), so the
// intent recoding of the act asked for names it. "Demanded that Uganda withdraw its troops"
// is a demand of de-escalation (1056), as "promised to withdraw" is an intent to (0356).
func (c *Coder) absorbDemanded(es []Event, d int, content cameo.Code) {
	root := es[d].Code.Root()
	if root != "10" && root != "02" || es[d].Code != cameo.Code(root)+"0" {
		return
	}
	intent, ok := c.cues.recoded("intent", content)
	if !ok || len(intent) < 3 || intent.Root() != "03" {
		return
	}
	to := cameo.Code(root) + intent[2:]
	info := c.table.Lookup(to)
	if info == nil {
		return
	}
	for i := range es {
		if es[i].Head == es[d].Head && es[i].Code == es[d].Code {
			es[i].Code, es[i].Info = to, info
		}
	}
}

// inCondition reports whether the trigger at h stands in an "if" or "unless" clause of its
// own, rather than in the main clause a fronted condition governs.
func (v *sentenceView) inCondition(h int) bool {
	for i := h - 1; i >= v.first && i >= h-20; i-- {
		t := &v.toks[i]
		if clauseBreak(t) || scopeEnd[t.Lower] {
			return false
		}
		if t.Lower == "if" || t.Lower == "unless" {
			return true
		}
	}
	return false
}

// topicPrepositions introduce what another event is about: "protested against the arrest",
// "accused of attacking", "anger over the killing".
var topicPrepositions = map[string]bool{"against": true, "over": true, "about": true, "of": true}

// nounTopicPrepositions are the ones that make a following noun a topic; "of" and "for" do
// not ("the killing of two villagers" is the event itself).
var nounTopicPrepositions = map[string]bool{"against": true, "over": true, "about": true, "before": true, "since": true, "until": true}

// topicVerbs take as object an act that is talked or thought about, not done: "questioned
// the sanctions", "opposes the ban", "discussed the strikes", "weighs sanctions"; or a
// proposal turned down or taken up: "rejected a request for talks" reports the rejection only.
var topicVerbs = map[string]bool{"question": true, "oppose": true, "discuss": true, "debate": true, "fear": true,
	"dread": true, "doubt": true, "weigh": true, "mull": true, "contemplate": true, "ponder": true,
	"reject": true, "spurn": true, "accept": true}

// topicHeads are nouns whose "of" phrase names an act that may come, not one that came:
// "the threat of sanctions", "fear of arrests", "the risk of attacks".
var topicHeads = map[string]bool{"threat": true, "fear": true, "risk": true, "prospect": true, "possibility": true,
	"danger": true, "spectre": true, "specter": true, "likelihood": true, "chance": true}

// topic reports whether the trigger at h is the topic of another event or a predicate noun
// ("his arrest is an attack on the media") rather than an event reported in its own right.
func (v *sentenceView) topic(h int, noun bool) bool {
	t := &v.toks[h]
	if (noun || t.Tag == "VB" || t.Tag == "VBP") && h+2 < v.end && v.toks[h+1].Lemma == "be" && v.toks[h+1].Tag != "VBG" && v.toks[h+1].Tag != "VB" {
		// The subject of a copula is judged, not reported: "surrender is the only option"
		// (the tagger often reads such a subject as a verb), "dialogue is the best way";
		// "talks were held" is a passive and reports them.
		if n := &v.toks[h+2]; n.Tag != "VBN" && n.Tag != "VBG" && n.Tag != "VBD" && n.Lower != "not" && n.Lower != "being" {
			return true
		}
	}
	if !noun {
		if t.Tag == "VBG" && (h > v.first && topicPrepositions[v.toks[h-1].Lower] || v.gerundSubject(h)) {
			return true
		}
		// The infinitive a topic's gerund governs is the topic too: "accused Uganda of
		// failing to release the prisoners", "talked about trying to attack the base", and
		// past the gerund's object, "boasted about getting Israel to let the trucks in",
		// "accused Kenya of forcing Uganda to withdraw".
		if t.Tag != "VB" || h-3 < v.first || v.toks[h-1].Lower != "to" {
			return false
		}
		g := h - 2
		if k := v.endingAt(g); k != noMention {
			g = v.mentions[k].Tok - 1
		}
		return g > v.first && v.toks[g].Tag == "VBG" && topicPrepositions[v.toks[g-1].Lower]
	}
	for i := h - 1; i >= v.first && i >= h-6; i-- {
		p := &v.toks[i]
		if nounTopicPrepositions[p.Lower] || p.Lemma == "be" {
			return true
		}
		if (p.Lower == "of" || p.Lower == "with") && v.charged(i) {
			// The crime a charge names is alleged, not reported: "charged with five counts of
			// attempted murder", "convicted of kidnapping".
			return true
		}
		if p.Lower == "attempted" || i == h-1 && p.Tag == "NN" {
			continue // "attempted murder", a compound's modifier: "the air strikes"
		}
		if p.Tag == "VBG" && v.gerundSubject(i) {
			return true // "removing the tariffs is a condition"
		}
		if p.Tag.IsVerb() && topicVerbs[p.Lemma] {
			// The object of a verb of attitude or discussion is what is talked about:
			// "questioned the sanctions", "opposes the ban", "discussed the strikes".
			return true
		}
		if p.Lower == "of" && i > v.first && topicHeads[v.toks[i-1].Lemma] {
			return true // "the threat of sanctions", "fear of arrests"
		}
		if !skippable(p) && !v.insideAnyMention(i) {
			return false
		}
	}
	return false
}

// finiteAfter reports whether a finite verb stands at or after i in the clause, up to a comma.
func (v *sentenceView) finiteAfter(i int) bool {
	for ; i < v.end; i++ {
		switch t := &v.toks[i]; {
		case clauseBreak(t), t.Lower == ",":
			return false
		case t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP" || t.Tag == "MD":
			return true
		}
	}
	return false
}

// judgementVerbs praise, blame, reward or punish an actor "for" what it did: the act named
// after "for" is what the judgement or the punishment is about (an alleged act in a
// punishment: "expelled diplomats for taking part in protests"), reported (if at all) by its
// own clause elsewhere. Its doer is the one judged, not the judge, whom the coder would take.
var judgementVerbs = map[string]bool{"criticize": true, "criticise": true, "condemn": true, "blame": true, "praise": true,
	"thank": true, "fault": true, "slam": true, "rebuke": true, "commend": true, "denounce": true, "applaud": true,
	"congratulate": true, "chastise": true, "scold": true, "reproach": true, "castigate": true, "lambast": true,
	"lambaste": true, "berate": true, "hail": true, "laud": true, "attack": true, "censure": true,
	"punish": true, "expel": true, "arrest": true, "detain": true, "jail": true, "sentence": true, "convict": true,
	"fine": true, "sanction": true, "sue": true, "charge": true, "prosecute": true, "imprison": true, "deport": true,
	"suspend": true, "dismiss": true, "sack": true, "execute": true, "reward": true, "honour": true, "honor": true}

// judgedReason reports whether the trigger at h is the gerund, or in the gerund's phrase,
// that follows "for" after a verb of praise, blame or punishment and its object: "criticized
// Kenya and Uganda for following up with new sanctions", "praised the army for releasing the
// hostages", "arrested ten students for protesting against the fees".
func (v *sentenceView) judgedReason(h int) bool {
	f := -1
	for i := h; i >= v.first && i >= h-8; i-- {
		t := &v.toks[i]
		if clauseBreak(t) || t.Lower == "," || i < h && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") {
			return false
		}
		if t.Tag == "VBG" && i > v.first && v.toks[i-1].Lower == "for" {
			f = i - 1
			break
		}
	}
	if f < 0 {
		return false
	}
	for i := f - 1; i >= v.first && i >= f-12; i-- {
		t := &v.toks[i]
		if judgementVerbs[t.Lemma] && t.Tag.IsVerb() {
			return true
		}
		if !skippable(t) && !v.insideAnyMention(i) && t.Tag != "CC" && t.Tag != "PRP" && t.Tag != "IN" && !t.Tag.IsNoun() && t.Lower != "(" && t.Lower != ")" {
			return false
		}
	}
	return false
}

// gerundSubject reports whether the gerund at h opens its clause and is the subject of a
// copula further on: "said that removing the tariffs is a condition of any deal", "Shelling
// the town was a mistake". The act is judged, not reported. A participle set off by a comma
// ("Removing the barricades, police cleared the road") is none, nor is one before another
// finite verb.
func (v *sentenceView) gerundSubject(h int) bool {
	if h > v.first {
		p := &v.toks[h-1]
		if p.Lower != "that" && !(p.Tag.IsVerb() && reporting[p.Lemma]) {
			return false
		}
	}
	// A relative clause on the gerund's object has a finite verb of its own before the
	// copula: "making concessions for a deal that fails to address the issues is not a good
	// deal".
	relative, relativeVerb := false, false
	for i := h + 1; i < v.end && i <= h+24; i++ {
		t := &v.toks[i]
		finite := t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP" || t.Tag == "MD"
		copula := t.Lemma == "be" && (t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP") || t.Tag == "MD" && i+1 < v.end && v.toks[i+1].Lemma == "be"
		switch {
		case (t.Lower == "that" || t.Lower == "which" || t.Lower == "who") && !relative && v.toks[i-1].Tag.IsNoun():
			relative = true
		case t.Lower == "," || clauseBreak(t) || t.Lower == "that" || t.Lower == "which" || t.Lower == "who":
			return false
		case !relative && i > h+12:
			return false
		case copula && relative && !relativeVerb && v.finiteAfter(i+1):
			// The relative clause's own copula: "a deal that is unfair angered farmers".
			// (The tagger may miss the relative's verb, "a deal that fails", so a copula
			// with no finite verb after it is the main one.)
			relativeVerb = true
		case copula:
			return true
		case finite && relative && !relativeVerb:
			relativeVerb = true
		case finite:
			return false
		}
	}
	return false
}
