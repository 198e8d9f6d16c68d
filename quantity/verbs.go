package quantity

import (
	"github.com/annals-org/annals/text"
)

// The words around a count that say what happened to the people it counts.

// stopBefore are the prepositions that open a phrase of their own between a casualty verb
// and a number: the number then counts no victims ("killed across two days", "killed by
// an unknown gunman", "killed in 3 attacks").
var stopBefore = map[string]bool{
	"by": true, "in": true, "across": true, "during": true, "after": true, "before": true, "for": true,
	"from": true, "with": true, "on": true, "within": true, "into": true, "near": true, "since": true,
}

// deathNouns say a killing or a wounding as a noun whose "of" names the victims: "the
// death of a local man", "the killing of 3 militants", "the bodies of 2 men".
var deathNouns = map[string]string{
	"death": "killed", "killing": "killed", "murder": "killed", "assassination": "killed", "execution": "killed",
	"deaths": "killed", "killings": "killed", "body": "killed", "bodies": "killed", "corpse": "killed", "remains": "killed",
	"injury": "injured", "injuring": "injured", "wounding": "injured", "abduction": "abducted", "kidnapping": "abducted",
}

// groupStart returns where the phrase that holds the number at i opens when the number
// counts a group's members: "killed a family of three" counts three people killed.
func groupStart(toks []text.Token, first, i int) int {
	if i-2 < first || toks[i-1].Lower != "of" {
		return i
	}
	switch toks[i-2].Lemma {
	case "family", "group", "total", "couple":
		if i-3 >= first && (toks[i-3].Tag == "DT" || toks[i-3].Tag == "PRP$") {
			return i - 3
		}
		return i - 2
	}
	return i
}

// deathNoun returns the unit of a noun of deathNouns, singular or plural.
func deathNoun(t *text.Token) (string, bool) {
	if u, ok := deathNouns[t.Lemma]; ok {
		return u, true
	}
	u, ok := deathNouns[t.Lower]
	return u, ok
}

// verbBefore looks for a casualty verb just before the number at i that counts it:
// "killing 12 civilians", "shot dead 2 guards", "resulting in the death of a man". Not
// across a coordination, where the number opens a clause of its own ("2 were killed and 1
// was wounded"), nor across a preposition.
func verbBefore(toks []text.Token, first, i int) (string, bool) {
	for j := i - 1; j >= first && j >= i-3; j-- {
		t := &toks[j]
		if l := t.Lower; l == "and" || l == "or" || l == "," || l == ";" || l == "while" {
			return "", false
		}
		if isNumber(*t) {
			return "", false
		}
		if u, ok := deathNoun(t); ok && j+1 < i && toks[j+1].Lower == "of" {
			if j > first && (toks[j-1].Lower == "attempted" || toks[j-1].Lower == "attempt") {
				return "", false // "attempted murder of an officer" killed no one
			}
			return u, true
		}
		if stopBefore[t.Lower] || t.Lower == "at" && toks[j+1].Lower != "least" {
			return "", false
		}
		if u, ok := verbUnits[t.Lemma]; ok && (t.Tag.IsVerb() || t.Lower == "dead") {
			if j > first && isNumber(toks[j-1]) {
				return "", false // the verb counts the number before it: "1 killed 3 injured"
			}
			return u, true
		}
	}
	return "", false
}

// skipAfter are the words between a counted noun and its casualty verb: "were reportedly
// killed", "were found dead", "have also been wounded".
var skipAfter = map[string]bool{
	"be": true, "have": true, "reportedly": true, "also": true, "still": true, "reported": true, "report": true,
	"confirm": true, "confirmed": true, "believe": true, "believed": true, "allegedly": true, "find": true,
	"found": true, "later": true, "all": true, "both": true, "subsequently": true, "eventually": true,
	"then": true, "each": true, "fear": true, "feared": true, "either": true,
}

// verbAfter looks for the casualty verb after the counted noun phrase that ends before
// from: "12 people were killed", "a man was shot dead", "4 fishermen are still missing".
// Victims joined by "and" or "as well as" share the verb ("three guards and a driver were
// killed"); a parenthesis and a phrase that qualifies the noun are read past ("3 fighters
// (including a commander) died", "a leader of the party was stabbed to death"), and so is
// a first verb joined to the casualty verb ("was shot and killed"). The noun of an active
// verb with an object is its agent, not its victim ("two gunmen killed a farmer"), when
// subject says the phrase could be one.
func verbAfter(toks []text.Token, from, end int, subject bool) (string, bool) {
	from = pastQualifiers(toks, from, end)
	if subject && from < end && (toks[from].Lower == "and" || asWellAs(toks, from, end)) {
		for j := from + 1; j < end && j <= from+6; j++ {
			if toks[j].Tag == "PRP" {
				break // "and he was killed" opens a clause of its own
			}
			if toks[j].Lemma == "be" || casualtyWord(toks, j, end) {
				from = j
				break
			}
		}
	}
	passive := false
	for j, n := from, 0; j < end && n <= 3; j, n = j+1, n+1 {
		t := &toks[j]
		if t.Text == "(" {
			for j < end && toks[j].Text != ")" {
				j++
			}
			n--
			continue
		}
		if t.Lower == "of" && j+1 < end && (toks[j+1].Lower == "them" || toks[j+1].Lower == "whom") {
			j++ // "23 of them drowned"
			continue
		}
		if (t.Tag == "POS" || t.Lower == "'s") && j+1 < end && bodyNoun(&toks[j+1]) {
			return "killed", true // "a man's body was found"
		}
		if j+1 < end && t.Lower == "to" && toks[j+1].Lower == "death" && n == 0 {
			return "killed", true // the object of "stabbed a man to death"
		}
		if killedBy(toks, j, end) {
			if subject && !passive && startsObject(toks, j+2+boolInt(toks[j+1].Lower == "to"), end) {
				return "", false // "gunmen shot dead 2 guards"
			}
			return "killed", true
		}
		if u, ok := verbUnits[t.Lemma]; ok {
			if subject && !passive && t.Lower != "dead" && t.Lemma != "die" && startsObject(toks, j+1, end) {
				return "", false // "an unidentified gunman killed a member"
			}
			if u != "killed" && thenKilled(toks, j+1, end) {
				return "killed", true // "were kidnapped and killed"
			}
			return u, true
		}
		if t.Lower == "missing" {
			return "missing", true // "4 fishermen are still missing"
		}
		if passive && t.Tag.IsVerb() && thenKilled(toks, j+1, end) {
			j++ // "was shot and killed", "was stoned and stabbed to death"
			continue
		}
		if !skipAfter[t.Lemma] && !skipAfter[t.Lower] {
			return "", false
		}
		if t.Lemma == "be" || t.Lemma == "find" {
			passive = true
		}
	}
	return "", false
}

// thenKilled reports whether the words at j join a killing to a verb before them: "and
// killed", "and later killed", "and died", "and stabbed to death".
func thenKilled(toks []text.Token, j, end int) bool {
	if j >= end || toks[j].Lower != "and" {
		return false
	}
	for k := j + 1; k < end && k <= j+2; k++ {
		if u, ok := verbUnits[toks[k].Lemma]; ok && u == "killed" || killedBy(toks, k, end) {
			return true
		}
	}
	return false
}

// beCasualty reports whether the words at j, after a form of "be", say a casualty:
// "(also) killed", "shot dead", "reportedly wounded".
func beCasualty(toks []text.Token, j, end int) bool {
	for k := j; k < end && k <= j+1; k++ {
		if casualtyWord(toks, k, end) {
			return true
		}
		if !toks[k].Tag.IsAdverb() && !skipAfter[toks[k].Lower] {
			return false
		}
	}
	return false
}

// asWellAs reports whether "as well as" opens at j.
func asWellAs(toks []text.Token, j, end int) bool {
	return j+2 < end && toks[j].Lower == "as" && toks[j+1].Lower == "well" && toks[j+2].Lower == "as"
}

// qualifierWords open a phrase that qualifies a counted noun before its verb: "a leader
// of the party", "a man from the village", "3 civilians including a commander".
var qualifierWords = map[string]bool{"of": true, "from": true, "including": true}

// pastQualifiers returns the first token after the parentheses and qualifying phrases
// that open at from: "(off duty)", "of the Guardians of the Republic's 5th Brigade". A
// qualifying phrase is a noun phrase: determiners, numbers, adjectives, nouns, names.
func pastQualifiers(toks []text.Token, from, end int) int {
	for from < end {
		switch t := &toks[from]; {
		case t.Text == "(":
			for from < end && toks[from].Text != ")" {
				from++
			}
			from++
		case t.Lower == "who" || t.Lower == "that" && from+1 < end && toks[from+1].Tag.IsVerb():
			// A relative clause with no comma in it: on to its end, the "be" of the
			// casualty verb ("a guard who had worked for the mayor was shot dead").
			j := from + 1
			for j < end && j <= from+20 && toks[j].Text != "," && !(toks[j].Lemma == "be" && j+1 < end && beCasualty(toks, j+1, end)) {
				j++
			}
			if j >= end || j > from+20 || toks[j].Text == "," {
				return from // a clause set off by commas is read no further
			}
			from = j
		case qualifierWords[t.Lower] && !(from+1 < end && (toks[from+1].Lower == "them" || toks[from+1].Lower == "whom")):
			j := from + 1
			for j < end && j <= from+8 && (nounPhraseWord(&toks[j]) || j > from+1 && toks[j].Lower == "in") {
				j++
			}
			if j == from+1 {
				return from
			}
			from = j
		default:
			return from
		}
	}
	return from
}

// nounPhraseWord reports whether a token can stand inside a noun phrase after its head's
// preposition: "the Guardians of the Republic's 5th Brigade".
func nounPhraseWord(t *text.Token) bool {
	switch {
	case t.Tag.IsNoun(), t.Tag.IsAdj(), t.Tag == "DT", t.Tag == "CD", t.Tag == "POS", t.Tag == "PRP$", t.Lower == "of", t.Text == "-", t.Text == "'":
		return true
	}
	return properish(t)
}

// bodyNoun reports whether a token names a dead body.
func bodyNoun(t *text.Token) bool {
	return t.Lemma == "body" || t.Lower == "bodies" || t.Lemma == "corpse"
}

// casualtyWord reports whether the word at j says a casualty: a casualty verb, "dead",
// "shot dead".
func casualtyWord(toks []text.Token, j, end int) bool {
	_, ok := verbUnits[toks[j].Lemma]
	return ok || killedBy(toks, j, end)
}

// startsObject reports whether the word at j opens a noun phrase, the object of a verb
// before it ("killed a member", "killed 3", "killed him").
func startsObject(toks []text.Token, j, end int) bool {
	if j >= end {
		return false
	}
	t := &toks[j]
	switch t.Tag {
	case "DT", "CD", "PRP$", "PRP", "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return isNumber(*t)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mannerVerbs kill when "dead" or "to death" follows them: "shot dead", "beaten to death".
var mannerVerbs = map[string]bool{"shoot": true, "beat": true, "stab": true, "hack": true, "stone": true, "burn": true, "club": true, "gun": true}

// killedBy reports whether the words at j say a killing by its manner: "shot dead", "was
// beaten to death".
func killedBy(toks []text.Token, j, end int) bool {
	if !mannerVerbs[toks[j].Lemma] || j+1 >= end {
		return false
	}
	return toks[j+1].Lower == "dead" || j+2 < end && toks[j+1].Lower == "to" && toks[j+2].Lower == "death"
}
