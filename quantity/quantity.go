// Package quantity finds the numbers that measure events (250 troops, 3.5 kilometers, 12
// killed, 66 arrested, thousands of protesters, $5 million) and attaches each to the event it
// measures.
//
// Input: a text.Doc. Output: annals.Quantity values with byte offsets. Victims are counted
// from numbers and from noun phrases without one ("a farmer", "the couple", "both": the
// person nouns of dict/quantity/victims.tsv); a range ("10 to 12") counts its lower bound;
// a toll ("3 fatalities", "the death toll rose to 12") is marked as a tally. It does not
// sum casualties across sentences (package pipeline does).
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
	// Tally is true for a count of deaths told by a noun of deaths ("3 fatalities", "the
	// death toll rose to 12", "total fatalities: 4"): a report's total, which restates the
	// counts of its clauses rather than adding to them.
	Tally bool

	definite bool   // told as known: "the three victims", "the man", "he"
	head     string // the lemma of the noun counted, "" for a bare number
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

// DistanceUnit reports whether lemma names a unit of distance ("km", "mile", "metre").
func DistanceUnit(lemma string) bool {
	u := unitNouns[lemma]
	return u == "km" || u == "m"
}

var verbUnits = map[string]string{
	"kill": "killed", "die": "killed", "dead": "killed", "behead": "killed", "execute": "killed", "massacre": "killed",
	"assassinate": "killed", "murder": "killed", "lynch": "killed", "slay": "killed", "slaughter": "killed",
	"injure": "injured", "wound": "injured", "hurt": "injured", "injured": "injured", "wounded": "injured",
	"arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
	"abduct": "abducted", "kidnap": "abducted", "drown": "killed",
	"displace": "displaced",
}

// victimUnits are the units that count people hurt.
var victimUnits = map[string]bool{"killed": true, "injured": true, "abducted": true}

// Find returns the quantities of doc in text order.
func Find(doc *text.Doc) []Quantity {
	var out []Quantity
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			if q, next, ok := tallyFirst(doc, s, i, end); ok {
				out = append(out, q)
				i = next
				continue
			}
			q, next, ok := find(doc, s, i, end)
			if ok {
				out = append(out, q)
			}
			i = next
		}
	}
	return dropRestated(out)
}

// dropRestated leaves out the victim counts that restate others: a definite count ("the
// three victims", "the man", "he") when the report counts the same casualty without one,
// and a count repeated in a later sentence with the same number and noun ("two officers
// were killed ... two officers died"). A report's clauses then add up to its victims.
func dropRestated(qs []Quantity) []Quantity {
	kept := qs[:0]
	for k := range qs {
		q := &qs[k]
		if !victimUnits[q.Unit] || q.Tally || !restated(qs, k) {
			kept = append(kept, *q)
		}
	}
	return kept
}

// restated reports whether victim count k of qs restates another (dropRestated).
func restated(qs []Quantity, k int) bool {
	q := &qs[k]
	for j := range qs {
		o := &qs[j]
		if j == k || o.Unit != q.Unit || o.Tally || o.definite {
			continue
		}
		if q.definite || j < k && o.Sentence != q.Sentence && o.Value == q.Value && q.head != "" && o.head == q.head {
			return true
		}
	}
	return false
}

// vagueVictims are the vague counts read only as a count of victims, with the value they
// are given by convention (the smallest number the word is used for); the record's
// casualties then say they are approximate: "several soldiers were killed" is 3.
var vagueVictims = map[string]float64{"several": 3}

// find reads the quantity that opens at token i of sentence s, if any, and returns the
// token to go on after.
func find(doc *text.Doc, s *text.Sentence, i, end int) (Quantity, int, bool) {
	toks := doc.Tokens
	v, last, ok := number(toks, i, end)
	definite, counted := false, searchNoun
	if ok {
		last = rangeEnd(toks, s.First, i, last, end)
		if i > s.First {
			switch toks[i-1].Lower {
			case "the", "these", "those":
				definite = true
			}
		}
	} else if n, vague := vagueVictims[toks[i].Lower]; vague {
		v, last, ok = n, i, true
		if u, _ := unitOf(toks, s.First, i, last, end, searchNoun); !victimUnits[u] {
			return Quantity{}, i, false // "several protesters marched" is counted by no one
		}
	} else {
		// "killing a civilian", "an officer was wounded", "the couple died": victims
		// counted from a noun phrase without a number.
		n, noun, def, found := countWithoutNumber(toks, i, end)
		if !found {
			return Quantity{}, i, false
		}
		v, last, definite, counted = float64(n), i, def, noun
	}
	unit, uend := unitOf(toks, s.First, i, last, end, counted)
	if unit == "" {
		return Quantity{}, last, false
	}
	if !ok && !victimUnits[unit] {
		return Quantity{}, i, false // "a man was arrested" is no victim count
	}
	if victimUnits[unit] && (alternativeSource(toks, s.First, i) || subset(toks, s.First, i)) {
		return Quantity{}, uend - 1, false
	}
	if unit == "km" && strings.HasPrefix(toks[last+1].Lower, "mile") {
		v *= 1.609344
	}
	start := toks[i].Start
	if i > s.First && toks[i-1].Text == "$" {
		start = toks[i-1].Start
	}
	q := Quantity{Sentence: s.Index, Tok: i, definite: definite}
	if uend-1 > last {
		q.head = toks[uend-1].Lemma
	}
	qend := toks[uend-1].End
	if unit == "killed" && (tallyNoun(&toks[uend-1]) || countLine(toks, s)) {
		q.Tally = true
		// "dozens of fatalities coded as 12": the number after states the count.
		if n, nlast, ok := tallyNumber(toks, uend, end); ok {
			v, qend, uend = n, toks[nlast].End, nlast+1
		}
	}
	q.Text = doc.Text[start:qend]
	q.Value, q.Unit, q.Start, q.End = v, unit, start, qend
	return q, uend - 1, true
}

// subset reports whether the count at i names some of the victims counted just before:
// "killing 5 people, including 2 children", "among them a nurse".
func subset(toks []text.Token, first, i int) bool {
	return i > first && (toks[i-1].Lower == "including" || toks[i-1].Lower == "them" && i-1 > first && toks[i-2].Lower == "among")
}

// countLine reports whether a sentence holds nothing but counts, a report's closing tally:
// "2 killed.", "3 dead, 5 injured."
func countLine(toks []text.Token, s *text.Sentence) bool {
	for j := s.First; j < s.First+len(s.Tokens); j++ {
		t := &toks[j]
		if _, ok := verbUnits[t.Lemma]; !ok && !isNumber(*t) && t.Tag != "." && t.Tag != "," && t.Lower != "and" && t.Lemma != "be" {
			return false
		}
	}
	return true
}

// rangeEnd returns the last token of a range that opens with the number at [i, last]:
// "10-15", "10 to 15", "between 8 and 12". A range counts its lower bound, the figure a
// conservative count keeps; the rest of the range is read past.
func rangeEnd(toks []text.Token, first, i, last, end int) int {
	if last+2 >= end {
		return last
	}
	link := toks[last+1].Lower
	if link == "-" || link == "–" || link == "to" || link == "and" && i > first && toks[i-1].Lower == "between" {
		if _, l, ok := number(toks, last+2, end); ok {
			return l
		}
	}
	return last
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

// searchNoun, as unitOf's noun, asks it to find the noun a number counts.
const searchNoun = -2

// unitOf decides what the number at [i, last] counts, and where the quantity's text ends.
// noun is the noun counted when the caller knows it (a victim counted without a number),
// -1 for none ("he", "both"), searchNoun to find it after the number.
func unitOf(toks []text.Token, first, i, last, end, noun int) (string, int) {
	if toks[i].Kind == text.Number && strings.HasSuffix(toks[i].Lower, "km") {
		return "km", last + 1
	}
	if i > first && toks[i-1].Text == "$" {
		return "usd", last + 1
	}
	bare := noun == searchNoun // a number, which alone can be a subject ("2 killed 5 injured")
	if noun == searchNoun {
		noun = countedNoun(toks, last, end)
	}
	for j := i + 1; j < noun; j++ {
		if toks[j].Lower == "dead" {
			return "killed", noun + 1 // "three dead women were found", "a dead man"
		}
	}
	if u, ok := verbBefore(toks, first, groupStart(toks, first, i)); ok {
		if noun >= 0 {
			return u, noun + 1
		}
		return u, last + 1
	}
	after := last + 1
	if noun >= 0 {
		after = noun + 1
		if u, ok := unitNouns[toks[noun].Lemma]; ok && u != "troops" && u != "fighters" && u != "protesters" && u != "refugees" {
			return u, noun + 1
		}
	}
	if u, ok := verbAfter(toks, after, end, noun >= 0 || !bare); ok {
		return u, after
	}
	if noun >= 0 {
		if u, ok := unitNouns[toks[noun].Lemma]; ok {
			return u, noun + 1
		}
	}
	return "", 0
}

// countedNoun returns the noun a number ending at last counts, past adjectives and "of"
// ("250 Azerbaijani troops", "thousands of protesters"), the head of a compound ("two drug
// suspects"); -1 if none.
func countedNoun(toks []text.Token, last, end int) int {
	for j := last + 1; j < end && j <= last+5; j++ {
		t := &toks[j]
		if t.Lower == "of" && j == last+1 {
			continue // "thousands of protesters"
		}
		name := properish(t)
		if !name && (t.Lemma == "be" || t.Lemma == "have") {
			break // "1,200 have died": a verb the tagger read as a noun
		}
		person, _ := victimNoun(t)
		if person > 0 || (t.Tag.IsNoun() || name) && !(name && j+1 < end && toks[j+1].Tag.IsNoun()) {
			noun := j // "250 Azerbaijani soldiers": past the country word to the noun counted
			// A compound's head is its last noun: "two drug suspects".
			for noun+1 < end && noun+1 <= last+6 {
				n := &toks[noun+1]
				if p, _ := victimNoun(n); p == 0 && !(n.Tag.IsNoun() && !n.Tag.IsProper()) {
					break
				}
				noun++
			}
			return noun
		}
		if _, casualty := verbUnits[t.Lemma]; !t.Tag.IsAdj() && !name && !((t.Tag == "VBN" || t.Tag == "VBD") && !casualty) {
			break // past "two suspected militants", "3 armed men"; not "2 killed"
		}
	}
	return -1
}

// isNumber reports whether a token is a number in digits or words.
func isNumber(t text.Token) bool { return t.Kind == text.Number || numberWords[t.Lower] > 0 }

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
