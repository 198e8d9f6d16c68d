package dating

import (
	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// frames returns, for each sentence, the index in tx of the date that opens it as a fronted
// adverbial, or -1: "On 8 May 2020, ...", "Around 9 May (as reported), ...", "As reported on
// 30 April, ...", "Early on Friday ...", also after a label ("Looting: On 3 May, ..."). Such
// a date sets the time of the whole sentence, whatever clauses follow it, and of the
// sentences after it until another date intervenes.
func frames(doc *text.Doc, tx []timex.Timex) []int {
	out := make([]int, len(doc.Sentences))
	next := 0
	for si := range doc.Sentences {
		out[si] = -1
		s := &doc.Sentences[si]
		for next < len(tx) && tx[next].Start < s.Start {
			next++
		}
		if next >= len(tx) || tx[next].End > s.End {
			continue
		}
		t := &tx[next]
		if (t.Type != "DATE" && t.Type != "TIME") || !specific(t.Value) {
			continue
		}
		if a := tokenAt(s, t.Start); a >= 0 && opensSentence(doc, s, a) {
			out[si] = next
		}
	}
	return out
}

// maxLead is how many words may stand before a fronted date: "As reported on", "Early on
// the night of".
const maxLead = 5

// opensSentence reports whether only a preposition, adverb or time-of-day word stands
// between the start of sentence s (or the label that opens it, "Arrests:") and token a.
func opensSentence(doc *text.Doc, s *text.Sentence, a int) bool {
	first := s.First
	for i := s.First; i < a && i < s.First+maxLead+1; i++ {
		if doc.Tokens[i].Lower == ":" {
			first = i + 1 // "Looting: On 3 May": the label is no part of the clause
		}
	}
	if a-first > maxLead {
		return false
	}
	for i := first; i < a; i++ {
		t := &doc.Tokens[i]
		switch {
		case t.Tag == "IN" || t.Tag == "TO" || t.Tag == "DT" || t.Tag.IsAdverb():
		case t.Lower == "as" || t.Lower == "reported" || t.Lower == "of" || timeWord(t.Lower) || t.Lower == "early" || t.Lower == "late":
		default:
			return false
		}
	}
	return true
}
