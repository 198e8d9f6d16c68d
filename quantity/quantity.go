// Package quantity finds the numbers that measure events (250 troops, 3.5 kilometers, 12
// killed, 66 arrested, thousands of protesters, $5 million) and attaches each to the event it
// measures.
//
// Input: a text.Doc. Output: annals.Quantity values with byte offsets. It does not resolve
// ranges ("10 to 12") beyond their first number, nor sum casualties across sentences.
package quantity

import (
	"strconv"
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/event"
	"github.com/annals-org/annals/text"
)

// Quantity is a quantity found in a sentence, before attachment.
type Quantity struct {
	annals.Quantity
	Sentence int
	Tok      int // token index of the number
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
	"hundreds": 200, "thousands": 2000, "scores": 40, "tens": 20,
}

var multipliers = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "mln": 1e6, "bn": 1e9, "m": 1e6}

// unitNouns: the noun after a number that names what is counted.
var unitNouns = map[string]string{
	"km": "km", "kilometer": "km", "kilometre": "km", "mile": "km", "meter": "m", "metre": "m",
	"troop": "troops", "soldier": "troops", "serviceman": "troops", "fighter": "fighters", "militant": "fighters",
	"protester": "protesters", "demonstrator": "protesters", "marcher": "protesters", "rioter": "protesters",
	"refugee": "refugees", "migrant": "refugees",
	"dollar": "usd", "euro": "eur", "pound": "gbp",
	"fatality": "killed", "death": "killed", "casualty": "casualties",
	"arrest": "arrested", "detention": "arrested",
}

var verbUnits = map[string]string{
	"kill": "killed", "die": "killed", "dead": "killed", "behead": "killed", "execute": "killed", "massacre": "killed",
	"injure": "injured", "wound": "injured", "hurt": "injured", "injured": "injured", "wounded": "injured",
	"arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
	"abduct": "abducted", "kidnap": "abducted",
	"displace": "displaced",
}

// victimUnits are the units that count people hurt.
var victimUnits = map[string]bool{"killed": true, "injured": true, "abducted": true}

// personNouns are the nouns of a single victim counted from "a" or "an" before them ("a
// civilian was killed"); a thing ("a bomb killed 5") is not counted.
var personNouns = map[string]bool{
	"man": true, "woman": true, "person": true, "civilian": true, "child": true, "boy": true, "girl": true,
	"soldier": true, "policeman": true, "policewoman": true, "officer": true, "guard": true, "fighter": true,
	"militant": true, "rebel": true, "member": true, "farmer": true, "herder": true, "student": true,
	"teacher": true, "journalist": true, "protester": true, "demonstrator": true, "resident": true,
	"villager": true, "worker": true, "trader": true, "driver": true, "passenger": true, "youth": true,
	"leader": true, "commander": true, "official": true, "doctor": true, "nurse": true, "pastor": true,
	"priest": true, "imam": true, "businessman": true, "shopkeeper": true, "activist": true, "suspect": true,
	"attacker": true, "gunman": true, "bodyguard": true, "brother": true, "son": true, "wife": true, "husband": true,
}

// Find returns the quantities of doc in text order.
func Find(doc *text.Doc) []Quantity {
	var out []Quantity
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			v, last, ok := number(doc.Tokens, i, end)
			single := false
			if !ok {
				// "killing a civilian", "an officer was wounded": one victim.
				if l := doc.Tokens[i].Lower; l != "a" && l != "an" {
					continue
				}
				v, last, single = 1, i, true
			}
			unit, uend := unitOf(doc.Tokens, s.First, i, last, end)
			if single && (!victimUnits[unit] || uend-1 <= i || !personNouns[doc.Tokens[uend-1].Lemma]) {
				continue
			}
			if unit == "" {
				i = last
				continue
			}
			if unit == "km" && strings.HasPrefix(doc.Tokens[last+1].Lower, "mile") {
				v *= 1.609344
			}
			start := doc.Tokens[i].Start
			if i > s.First && doc.Tokens[i-1].Text == "$" {
				start = doc.Tokens[i-1].Start
			}
			q := Quantity{Sentence: s.Index, Tok: i}
			q.Text = doc.Text[start:doc.Tokens[uend-1].End]
			q.Value, q.Unit, q.Start, q.End = v, unit, start, doc.Tokens[uend-1].End
			out = append(out, q)
			i = uend - 1
		}
	}
	return out
}

// number reads a number at i: digits ("3.5", "1,000", "5km"), number words, and a following
// multiplier ("5 million"). It returns the value and the index of its last token.
func number(toks []text.Token, i, end int) (float64, int, bool) {
	t := &toks[i]
	var v float64
	switch {
	case t.Kind == text.Number:
		s := strings.ReplaceAll(t.Text, ",", "")
		n := len(s)
		for n > 0 && (s[n-1] < '0' || s[n-1] > '9') {
			n--
		}
		if strings.ContainsAny(s[:n], ":/") {
			return 0, i, false
		}
		f, err := strconv.ParseFloat(s[:n], 64)
		if err != nil {
			return 0, i, false
		}
		if n < len(s) && s[n:] != "km" {
			return 0, i, false // 102nd, 1990s
		}
		v = f
	case numberWords[t.Lower] > 0:
		v = numberWords[t.Lower]
	default:
		return 0, i, false
	}
	last := i
	if i+1 < end {
		if m, ok := multipliers[toks[i+1].Lower]; ok {
			v *= m
			last = i + 1
		}
	}
	return v, last, true
}

// unitOf decides what the number at [i, last] counts, and where the quantity's text ends.
func unitOf(toks []text.Token, first, i, last, end int) (string, int) {
	if toks[i].Kind == text.Number && strings.HasSuffix(toks[i].Lower, "km") {
		return "km", last + 1
	}
	if i > first && toks[i-1].Text == "$" {
		return "usd", last + 1
	}
	// The noun after the number, past adjectives: "250 Azerbaijani troops".
	noun := -1
	for j := last + 1; j < end && j <= last+3; j++ {
		t := &toks[j]
		if t.Lower == "of" && j == last+1 {
			continue // "thousands of protesters"
		}
		if t.Tag.IsNoun() && !(t.Tag.IsProper() && j+1 < end && toks[j+1].Tag.IsNoun()) {
			noun = j // "250 Azerbaijani soldiers": past the country word to the noun counted
			// A compound's head is its last noun: "two drug suspects".
			for noun+1 < end && noun+1 <= last+4 && toks[noun+1].Tag.IsNoun() && !toks[noun+1].Tag.IsProper() {
				noun++
			}
			break
		}
		if !t.Tag.IsAdj() && !t.Tag.IsProper() {
			break
		}
	}
	// A casualty verb nearby decides for people: "killing 12 civilians", "12 people were killed";
	// not across a coordination, where the number opens a clause of its own ("2 were killed
	// and 1 was wounded").
	for j := i - 1; j >= first && j >= i-3; j-- {
		if l := toks[j].Lower; l == "and" || l == "or" || l == "," || l == ";" || l == "while" {
			break
		}
		if isNumber(toks[j]) {
			break
		}
		if u, ok := verbUnits[toks[j].Lemma]; ok && (toks[j].Tag.IsVerb() || toks[j].Lower == "dead") {
			if j > first && isNumber(toks[j-1]) {
				break // the verb counts the number before it: "1 killed 3 injured"
			}
			if noun >= 0 {
				return u, noun + 1
			}
			return u, last + 1
		}
	}
	after := last + 1
	if noun >= 0 {
		after = noun + 1
		if u, ok := unitNouns[toks[noun].Lemma]; ok && u != "troops" && u != "fighters" && u != "protesters" && u != "refugees" {
			return u, noun + 1
		}
	}
	from := after
	if noun >= 0 && from < end && toks[from].Lower == "and" {
		// Victims joined by "and" share the verb: "three guards and a driver were killed".
		for j := from + 1; j < end && j <= from+5; j++ {
			if toks[j].Lemma == "be" {
				from = j
				break
			}
		}
	}
	for j := from; j < end && j <= from+3; j++ {
		if u, ok := verbUnits[toks[j].Lemma]; ok {
			return u, after
		}
		if killedBy(toks, j, end) {
			return "killed", after
		}
		if toks[j].Lower == "missing" {
			return "missing", after // "4 fishermen are still missing"
		}
		if l := toks[j].Lemma; l != "be" && l != "have" && l != "reportedly" && l != "also" && l != "still" {
			break
		}
	}
	if noun >= 0 {
		if u, ok := unitNouns[toks[noun].Lemma]; ok {
			return u, noun + 1
		}
	}
	return "", 0
}

// isNumber reports whether a token is a number in digits or words.
func isNumber(t text.Token) bool { return t.Kind == text.Number || numberWords[t.Lower] > 0 }

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

// Attach returns the quantities of sentence si that belong to event k of events: those that
// count one of its actors ("250 Azerbaijani soldiers" before the source "Azerbaijani
// soldiers"), else those nearer to its trigger than to any other event's trigger.
func Attach(qs []Quantity, doc *text.Doc, si, head int, events []event.Event, k int) []annals.Quantity {
	var out []annals.Quantity
	for _, q := range qs {
		if q.Sentence != si {
			continue
		}
		if owner := countsActor(q, doc, si, events); owner >= 0 {
			if owner == k {
				out = append(out, q.Quantity)
			}
			continue
		}
		best, dist := -1, 1<<30
		for j := range events {
			if events[j].Sentence != si {
				continue
			}
			d := events[j].Head - q.Tok
			if d < 0 {
				d = -d
			}
			if d < dist {
				best, dist = j, d
			}
		}
		if best == k {
			out = append(out, q.Quantity)
		}
	}
	return out
}

// countsActor returns the event of sentence si one of whose actors the quantity counts: the
// actor's text starts within the quantity or right after its number. -1 if none.
func countsActor(q Quantity, doc *text.Doc, si int, events []event.Event) int {
	for j := range events {
		e := &events[j]
		if e.Sentence != si {
			continue
		}
		for _, m := range []*actor.Mention{e.Source, e.Target} {
			if m != nil && m.Start >= q.Start && m.Start <= q.End && m.Tok <= q.Tok+3 {
				return j
			}
		}
	}
	return -1
}
