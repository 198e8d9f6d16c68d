package dating

import (
	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// clausesBetween counts the clause boundaries between the head and the expression: finite
// verbs that open a clause of their own, not those coordinated with the one before ("troops
// breached the border and advanced"), a participle clause after a comma (", adding that"),
// and the expression standing in a comma-delimited clause of its own.
func clausesBetween(doc *text.Doc, s *text.Sentence, head int, t *timex.Timex) int {
	a, b := tokenAt(s, t.Start), tokenAt(s, t.End-1)
	if a < 0 || b < 0 {
		return 0
	}
	lo, hi := head+1, a
	if head > b {
		lo, hi = b+1, head
	}
	n := 0
	if ownClause(doc, s, a, head) {
		n++ // "..., Pashinyan on Friday asked": Friday is the asking's
	}
	// A noun event's own predicate ("talks ... were scheduled for Saturday") is no boundary.
	ownPredicate := doc.Tokens[head].Tag.IsNoun() && lo == head+1
	for i := lo; i < hi; i++ {
		if doc.Tokens[i].Lower == "," && i+1 < s.First+len(s.Tokens) && doc.Tokens[i+1].Tag == "VBG" {
			n++
			continue
		}
		switch doc.Tokens[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if parenthetical(doc, s, i) {
				continue // "On 3 May (as reported), ...": an aside opens no clause
			}
			if attributive(doc, s, i) || auxiliaryOf(doc, i, head) {
				continue // "a suspected thief was beaten": one clause, the beating's
			}
			if ownPredicate {
				ownPredicate = false
				continue
			}
			if !coordinated(doc, s, i) {
				n++
			}
		}
	}
	return n
}

// coordinated reports whether the verb at i continues the clause before it: "and advanced".
func coordinated(doc *text.Doc, s *text.Sentence, i int) bool {
	for j := i - 1; j >= s.First && j >= i-3; j-- {
		t := &doc.Tokens[j]
		if t.Tag.IsAdverb() || t.Tag == "MD" {
			continue
		}
		return t.Lower == "and" || t.Lower == "or" || t.Lower == "but"
	}
	return false
}

// ownClause reports whether the comma-delimited stretch holding token at is a clause of its
// own (a subject, then a finite verb not coordinated with an earlier one) without the head.
// A fronted adverbial ("On 9 May 2020, interns protested") has no verb and is no clause.
func ownClause(doc *text.Doc, s *text.Sentence, at, head int) bool {
	lo, hi := at, at
	end := s.First + len(s.Tokens)
	for lo > s.First && doc.Tokens[lo-1].Lower != "," && doc.Tokens[lo-1].Lower != ";" {
		lo--
	}
	for hi < end && doc.Tokens[hi].Lower != "," && doc.Tokens[hi].Lower != ";" {
		hi++
	}
	if head >= lo && head < hi {
		return false
	}
	subject := false
	for j := lo; j < hi; j++ {
		t := &doc.Tokens[j]
		switch {
		case t.Tag.IsNoun() || t.Tag == "PRP":
			subject = true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			if subject && !coordinated(doc, s, j) && !parenthetical(doc, s, j) && !attributive(doc, s, j) {
				return true
			}
		}
	}
	return false
}

// parenthetical reports whether token i stands inside brackets in its sentence: "(as
// reported)", "(local time)".
func parenthetical(doc *text.Doc, s *text.Sentence, i int) bool {
	for j := i - 1; j >= s.First; j-- {
		switch doc.Tokens[j].Lower {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// attributive reports whether the past form at i modifies the noun after it rather than
// heading a clause: "a suspected thief", "the wounded soldiers", "two injured herders".
func attributive(doc *text.Doc, s *text.Sentence, i int) bool {
	t := doc.Tokens[i].Tag
	return (t == "VBD" || t == "VBN") && doc.BeforeNoun(i, s.First, s.First+len(s.Tokens))
}

// auxiliaryOf reports whether the verb at i is an auxiliary of the verb group the head ends:
// "was beaten", "had been killed", "were reportedly shot", "will not attend". It opens no
// clause between the head and a date before it.
func auxiliaryOf(doc *text.Doc, i, head int) bool {
	if i >= head || !doc.Tokens[head].Tag.IsVerb() || !auxiliary(&doc.Tokens[i]) {
		return false
	}
	for j := i + 1; j < head; j++ {
		if t := &doc.Tokens[j]; !auxiliary(t) && !t.Tag.IsAdverb() {
			return false
		}
	}
	return true
}

// auxiliary reports whether t is a modal or a form of be, have or do, or the "not" of one.
func auxiliary(t *text.Token) bool {
	if t.Tag == "MD" {
		return true
	}
	switch t.Lower {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
		"have", "has", "had", "do", "does", "did", "not", "n't":
		return true
	}
	return false
}
