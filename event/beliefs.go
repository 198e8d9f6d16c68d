package event

// A belief, suspicion or fear about an act ("analysts think Russia will attack Ukraine",
// "police believe the gang robbed the bank", "the gunman is thought to have shot two guards",
// "residents fear the rebels will attack") does not report the act as done by the reporter:
// it is an assessment, and the act in it is hypothetical. Nor is a future act in it the
// actor's threat or intent: Russia threatened nothing when analysts think it will attack.

// beliefs are the forms of the verbs of belief. Forms, not lemmas, and only when tagged as
// verbs: "the thought of war" and "the suspect fled" hold none.
var beliefs = map[string]bool{
	"believe": true, "believes": true, "believed": true, "believing": true,
	"think": true, "thinks": true, "thought": true, "thinking": true,
	"suspect": true, "suspects": true, "suspected": true, "suspecting": true,
	"fear": true, "fears": true, "feared": true, "fearing": true,
	"assume": true, "assumes": true, "assumed": true, "predict": true, "predicts": true, "predicted": true,
	"speculate": true, "speculates": true, "speculated": true,
}

// believes reports whether the word at i is a verb of belief that holds the act at h in its
// complement. An attributive participle names people by what they are suspected of ("two
// suspected militants attacked a base", "Suspected rebels killed ..."), which the act's
// sentence reports as done; so the verb must follow its subject, an adverb or a form of
// "be" ("it is believed that", "is thought to have").
func (v *sentenceView) believes(i, h int) bool {
	t := &v.toks[i]
	if !beliefs[t.Lower] || !t.Tag.IsVerb() || i == v.first || !v.toks[h].Tag.IsVerb() {
		// A noun for the act names one that happened: in "police believe a car was
		// the target of the attack" the attack is not in doubt, its target is.
		return false
	}
	if i+1 >= h {
		return false
	}
	if n := &v.toks[i+1]; n.Lemma == "be" || n.Tag == "MD" || n.Tag == "VBD" || n.Tag == "VBZ" || n.Lower == "in" {
		// A noun the tagger read as a verb ("a drug suspect was killed"), or a belief
		// in something ("Kenya believes in dialogue").
		return false
	}
	p := &v.toks[i-1]
	participle := t.Tag == "VBG" && p.Lower == "," // "fled, fearing the rebels would attack"
	if !(p.Tag.IsNoun() || p.Tag == "PRP" || p.Tag.IsAdverb() || p.Lemma == "be" || p.Lower == "who" || participle) {
		return false
	}
	for j := i + 1; j < h; j++ {
		if l := v.toks[j].Lower; l == "and" || l == "but" {
			// A second verb of the belief's subject may be its act: "Kenya thinks
			// talks are useful and signed the accord".
			return false
		}
	}
	return v.governsComplement(i, h)
}

// governsComplement reports whether the verb of wish or belief at i governs the act at h. In
// a relative clause ("protesters who want reform marched", "rebels who think the government
// is corrupt attacked the town") the verb describes the subject, and the finite verb after
// it is the sentence's own act; only an infinitive or a modal's verb completes it there
// ("officials who hope to sign a deal").
func (v *sentenceView) governsComplement(i, h int) bool {
	j := i - 1
	for j >= v.first && v.toks[j].Tag.IsAdverb() {
		j--
	}
	if j < v.first || (v.toks[j].Lower != "who" && v.toks[j].Lower != "which") {
		return true
	}
	if h-1 <= i {
		return true
	}
	return wishAuxiliaries[v.toks[h-1].Lower] // "to" or a modal
}

// allegationNouns take a clause with "that" whose act is claimed, not reported as done: "dismissed
// reports that its troops had attacked", "allegations that it bombed villages were
// baseless", "rumours that Uganda arrested the envoy".
var allegationNouns = map[string]bool{"report": true, "reports": true, "claim": true, "claims": true, "allegation": true,
	"allegations": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true, "accusation": true,
	"accusations": true, "suggestion": true, "suggestions": true, "speculation": true, "assertion": true, "assertions": true}
