package dating

import (
	"strings"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// Event is what the dater needs to know of an event.
type Event struct {
	Sentence int
	Head     int // token index of the trigger's head
	Status   annals.Status
}

// Date is the dating of one event.
type Date struct {
	Value      string // "" when unknown
	Text       string // the expression used, or ""
	Start, End int    // its byte offsets; 0, 0 when Text is ""
	Source     string // "text", "published" or ""
	Historical bool   // the event happened well before the publication date
}

// historicalAfter is how far before publication an event counts as background.
const historicalAfter = 45 * 24 * time.Hour

// Dates dates every event of doc.
func Dates(doc *text.Doc, events []Event, tx []timex.Timex, published time.Time) []Date {
	out := make([]Date, len(events))
	tx = offsets(doc.Text, ranges(doc.Text, tx))
	paragraph := paragraphs(doc)
	frame := frames(doc, tx)
	narrative := map[int]told{} // paragraph -> last date taken from the text
	for i, e := range events {
		d, ok := fromSentence(doc, events, i, tx, published)
		if ok {
			d = reanchor(doc, e, d, tx, frame[e.Sentence], published)
		} else {
			d, ok = governing(doc, e, tx, frame, paragraph, narrative, published)
		}
		if !ok && !published.IsZero() {
			d = Date{Value: published.Format("2006-01-02"), Source: "published"}
		}
		if d.Source == "text" && e.Status == annals.Asserted {
			// Only what happened sets the time of the narrative, not what is planned, nor
			// what the narrative is placed against ("the day after they attacked").
			narrative[paragraph[e.Sentence]] = told{d, e.Sentence}
			d = related(doc, e, d, tx)
			if !published.IsZero() {
				if last, known := LastDay(d.Value); known && published.Sub(last) > historicalAfter {
					d.Historical = true
				}
			}
		}
		out[i] = d
	}
	return out
}

// told is a date an event took from the text, and the sentence of that event.
type told struct {
	Date
	sentence int
}

// governing returns the date that governs event e from outside its clause: the fronted date
// of its sentence or of an earlier sentence of its paragraph ("On 8 May, ... . A man was
// arrested."), unless an event after that sentence took a date of its own from the text,
// which then holds. A planned event takes no fronted date (the date of the planning).
func governing(doc *text.Doc, e Event, tx []timex.Timex, frame, paragraph []int, narrative map[int]told, published time.Time) (Date, bool) {
	n, hasNarrative := narrative[paragraph[e.Sentence]]
	if e.Status != annals.Planned {
		for s := e.Sentence; s >= 0 && paragraph[s] == paragraph[e.Sentence]; s-- {
			if hasNarrative && n.sentence > s {
				break
			}
			if frame[s] >= 0 {
				return dateOf(doc, e, tx[frame[s]], published), true
			}
		}
	}
	return n.Date, hasNarrative
}

// fromSentence picks the time expression of event k's own sentence that governs it: the
// nearest one, where each clause boundary between them (a finite verb with a subject of its
// own) counts as a long way off. An expression belongs to the events of the clause nearest to
// it; an event in another clause does not take it ("after troops breached the border,
// Pashinyan on Friday asked ...": Friday is the asking's).
func fromSentence(doc *text.Doc, events []Event, k int, tx []timex.Timex, published time.Time) (Date, bool) {
	e := events[k]
	s := &doc.Sentences[e.Sentence]
	score := func(h int, t *timex.Timex) int {
		return distance(doc, s, h, t) + 100*clausesBetween(doc, s, h, t)
	}
	best, bestScore := -1, 1<<30
	filed := filingDate(doc, s)
	for i := range tx {
		t := &tx[i]
		if t.Start < s.Start || t.End > s.End || (t.Type != "DATE" && t.Type != "TIME") || !specific(t.Value) || premodifier(doc, s, t, e.Head) || gloss(doc.Text, tx, i, s.Start) || beyond(doc, e, t, published) || isRelation(doc.Text, t) || t.Start >= filed[0] && t.End <= filed[1] {
			continue
		}
		sc := score(e.Head, t)
		owner := sc
		for j := range events {
			if events[j].Sentence == e.Sentence && j != k {
				owner = min(owner, score(events[j].Head, t))
			}
		}
		if sc >= 200 || sc/100 > owner/100 {
			continue // two clauses away, or the expression is another clause's
		}
		if sc < bestScore {
			best, bestScore = i, sc
		}
	}
	if best < 0 {
		return Date{}, false
	}
	return dateOf(doc, e, tx[best], published), true
}

// filingDate returns the byte span of the date in the dateline sentence s opens with
// ("SRINAGAR, April 17 —"), or an empty span: the day the report was filed, which dates none
// of its events; their own date expressions, or the publication date, do.
func filingDate(doc *text.Doc, s *text.Sentence) [2]int {
	d, ok := text.DatelineOf(s)
	if !ok || d.Date[0] == d.Date[1] {
		return [2]int{-1, -1}
	}
	return [2]int{doc.Tokens[d.Date[0]].Start, doc.Tokens[d.Date[1]-1].End}
}

// dateOf is the date expression t gives event e: a weekday resolved by the tense of e's
// verb, the day of a time.
func dateOf(doc *text.Doc, e Event, t timex.Timex, published time.Time) Date {
	value := t.Value
	if weekdayExpression(t.Text) && !published.IsZero() {
		value = timex.Resolve(t, published, tenseOf(doc, e, &doc.Tokens[e.Head]))
	}
	if t.Type == "TIME" {
		if i := strings.IndexByte(value, 'T'); i > 0 {
			value = value[:i] // the day of "Thursday night"
		}
	}
	return Date{Value: value, Text: t.Text, Start: t.Start, End: t.End, Source: "text"}
}

// specific reports whether a value names a point or period of the calendar (not PAST_REF,
// not a bare duration).
func specific(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9'
}

func weekdayExpression(s string) bool {
	l := strings.ToLower(s)
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(l, d) {
			return true
		}
	}
	return false
}

// tenseOf reads the tense of an event from its status and its verb.
func tenseOf(doc *text.Doc, e Event, head *text.Token) timex.Tense {
	if e.Status == annals.Planned {
		return timex.Future
	}
	switch head.Tag {
	case "VBD", "VBN":
		return timex.Past
	case "VBZ", "VBP":
		return timex.Present
	}
	// A noun or infinitive: the nearest finite verb before it decides.
	s := &doc.Sentences[e.Sentence]
	for i := e.Head - 1; i >= s.First; i-- {
		switch t := &doc.Tokens[i]; {
		case t.Tag == "MD" && (t.Lower == "will" || t.Lower == "would" || t.Lower == "'ll"):
			return timex.Future
		case t.Tag == "VBD":
			return timex.Past
		case t.Tag == "VBZ" || t.Tag == "VBP":
			return timex.Present
		}
	}
	return timex.Unknown
}

// tokenAt returns the index of the token containing byte offset off, or -1.
func tokenAt(s *text.Sentence, off int) int {
	for i := range s.Tokens {
		if s.Tokens[i].Start <= off && off < s.Tokens[i].End {
			return s.First + i
		}
	}
	return -1
}

func distance(doc *text.Doc, s *text.Sentence, head int, t *timex.Timex) int {
	a, b := tokenAt(s, t.Start), tokenAt(s, t.End-1)
	if a < 0 || b < 0 {
		return 1 << 20
	}
	switch {
	case head < a:
		return a - head
	case head > b:
		return head - b
	}
	return 0
}

// premodifier reports whether expression t modifies a noun right after it ("the 1997 treaty",
// "the November 9 agreement"): it then dates that noun only, not the clause around it.
func premodifier(doc *text.Doc, s *text.Sentence, t *timex.Timex, head int) bool {
	b := tokenAt(s, t.End-1)
	if b < 0 || b+1 >= s.First+len(s.Tokens) || b+1 == head {
		return false
	}
	n := &doc.Tokens[b+1]
	return n.Tag.IsNoun() && !timeWord(n.Lower)
}

func timeWord(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night", "time", "local", "gmt", "utc":
		return true
	}
	return false
}

// paragraphs maps each sentence to its paragraph: a line break between sentences starts a
// new one.
func paragraphs(doc *text.Doc) []int {
	out := make([]int, len(doc.Sentences))
	p := 0
	for i := 1; i < len(doc.Sentences); i++ {
		if strings.Contains(doc.Text[doc.Sentences[i-1].End:doc.Sentences[i].Start], "\n") {
			p++
		}
		out[i] = p
	}
	return out
}

// gloss reports whether expression i stands in brackets right after another date, which it
// qualifies: "Around 2 May 2021 (from 2 - 4 May)", "On 5 May (or 6 May)". It is no date of
// its own: the date before the bracket governs.
func gloss(src string, tx []timex.Timex, i, from int) bool {
	open := -1
	for j := tx[i].Start - 1; j >= from; j-- {
		if src[j] == ')' {
			return false
		}
		if src[j] == '(' {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := i - 1; k >= 0 && tx[k].End > from; k-- {
		if tx[k].End <= open {
			return strings.TrimSpace(src[tx[k].End:open]) == ""
		}
	}
	return false
}

// beyond reports whether t starts after the publication date while e is told as past: what
// has happened did not happen then, the date is another phrase's ("protested against cuts
// for next year", "extended the curfew until 12 May").
func beyond(doc *text.Doc, e Event, t *timex.Timex, published time.Time) bool {
	if published.IsZero() || e.Status != annals.Asserted || tenseOf(doc, e, &doc.Tokens[e.Head]) != timex.Past {
		return false
	}
	_, start, _ := annals.DateInterval(t.Value)
	return start > published.Format("2006-01-02")
}

// isRelation reports whether t places its clause against another event ("the day after
// they attacked"): it dates no event itself.
func isRelation(src string, t *timex.Timex) bool {
	_, ok := relation(src, t)
	return ok
}
