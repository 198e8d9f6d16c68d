package quantity

import (
	"github.com/annals-org/annals/text"
)

// tallyNoun reports whether a token is a noun of deaths that states a report's toll:
// "fatalities", "deaths", "toll" (of "death toll").
func tallyNoun(t *text.Token) bool {
	switch t.Lemma {
	case "fatality", "death", "toll":
		return true
	}
	switch t.Lower {
	case "fatalities", "deaths":
		return true
	}
	return false
}

// tallyLinks are the words between a noun of deaths and its number: "the death toll rose
// to 12", "deaths stand at 5", "total fatalities: 4", "fatalities were put at 7",
// "fatalities coded as 10" (a dataset's convention for a vague count).
var tallyLinks = map[string]bool{
	":": true, "-": true, "as": true, "at": true, "to": true, "of": true, "be": true, "is": true, "was": true,
	"stand": true, "stood": true, "rise": true, "rose": true, "risen": true, "reach": true, "reached": true,
	"climb": true, "climbed": true, "put": true, "estimate": true, "estimated": true, "code": true,
	"coded": true, "record": true, "recorded": true, "count": true, "counted": true, "total": true,
	"now": true, "has": true, "have": true, "had": true, "reportedly": true, "report": true, "reported": true,
}

// tallyNumber reads the number that a noun of deaths ending before from is given through
// link words ("coded as 10", "rose to 12", ": 4", "2"), and returns it and its last token.
func tallyNumber(toks []text.Token, from, end int) (float64, int, bool) {
	for j := from; j < end && j <= from+3; j++ {
		if v, last, ok := number(toks, j, end); ok {
			if last+1 < end && (toks[last+1].Tag.IsNoun() && toks[last+1].Lower != "fatalities") {
				return 0, 0, false // "deaths in 3 villages": the number counts something else
			}
			return v, last, true
		}
		if !tallyLinks[toks[j].Lower] && !tallyLinks[toks[j].Lemma] {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// tallyFirst reads a toll told noun first at token i: "Total fatalities 2", "the death
// toll rose to 12", "Fatalities coded as 4". A noun counted by a number before it ("3
// fatalities") is read by find instead.
func tallyFirst(doc *text.Doc, s *text.Sentence, i, end int) (Quantity, int, bool) {
	toks := doc.Tokens
	if !tallyNoun(&toks[i]) || i > s.First && isNumber(toks[i-1]) {
		return Quantity{}, i, false
	}
	if toks[i].Lemma == "death" && i+1 < end && toks[i+1].Lower == "toll" {
		i++ // "death toll"
	}
	v, last, ok := tallyNumber(toks, i+1, end)
	if !ok {
		return Quantity{}, i, false
	}
	start := i
	for start > s.First && (toks[start-1].Lower == "total" || toks[start-1].Lower == "death") {
		start-- // "total fatalities", "death toll"
	}
	q := Quantity{Sentence: s.Index, Tok: last, Tally: true}
	q.Start, q.End = toks[start].Start, toks[last].End
	q.Text, q.Value, q.Unit = doc.Text[q.Start:q.End], v, "killed"
	return q, last, true
}
