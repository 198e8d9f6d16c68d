package place

import (
	"strings"

	"github.com/annals-org/annals/text"
)

// An event happens where its own clause says. A sentence often names the place of another
// act in a clause of its own: a subordinate clause ("the governor called for calm after
// police arrested the mayor in Miami") or a coordinate clause after ", but" or ";"
// ("patients were due to leave for Amman, but the army refused"); a statement also quotes
// words that name places of what was said, not of where ('"troops fired in Kisumu," the
// minister said in Nairobi'). Such a place stands back for a place of the event's own clause,
// and locates the event only where nothing better does (Locate). Relative clauses are not told apart: the head they hang on is often a
// place of the main clause's act, and where they end is not known without a parse.

// subordinators open a subordinate clause that tells of another act or state than the main
// clause's: what came before or after it, its cause, a concession. Clauses of the same moment ("as", "when", "while": "said as he arrived in Kabul")
// often set the scene of the main act, and conditions ("if", "unless": "threatened strikes
// unless Baghdad complied") name what a statement is about; they are not among them.
var subordinators = map[string]bool{"after": true, "before": true, "because": true, "whereas": true,
	"although": true, "though": true, "since": true, "until": true}

// prepositionsToo are the subordinators that are also prepositions ("after the raid", "since
// May"): they open a clause only when a subject comes before its verb.
var prepositionsToo = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// doubleQuote reports whether t is a double quotation mark. Single ones are left out: the
// same character ends a plural possessive ("the rebels' base").
func doubleQuote(t *text.Token) bool {
	switch t.Text {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// clauseBreak reports whether t ends a clause: a comma, semicolon, colon, dash or bracket.
func clauseBreak(t *text.Token) bool {
	switch t.Lower {
	case ",", ";", ":", "-", "–", "—", "(", ")":
		return true
	}
	return t.Tag == ":"
}

// clauseEnd returns where the clause that goes on at token i ends, before end: at the next
// clause break outside brackets ("after Drug Enforcement Agency (DEA) officials arrested
// him": the bracket is an aside).
func clauseEnd(doc *text.Doc, i, end int) int {
	depth := 0
	for ; i < end; i++ {
		t := &doc.Tokens[i]
		switch {
		case t.Kind == text.Open:
			depth++
		case t.Kind == text.Close && depth > 0:
			depth--
		case depth == 0 && clauseBreak(t):
			return i
		}
	}
	return end
}

// tokenSpan is a run of tokens [lo, hi).
type tokenSpan struct{ lo, hi int }

func (s tokenSpan) holds(i int) bool { return s.lo <= i && i < s.hi }

// maxClauses bounds the clauses looked at in one sentence: enough for any real sentence,
// and it keeps them on the stack.
const maxClauses = 8

// clauses holds the clauses of one sentence that may hold a place of another act than the
// event's: the subordinate clauses, and the coordinate clauses the sentence is
// split into by ", but" and ";" (parts[i] starts part i+1).
type clauses struct {
	sub    [maxClauses]tokenSpan
	nSub   int
	parts  [maxClauses]int
	nParts int
}

// clauseKinds says which clauses pickIn tells apart.
type clauseKinds uint8

const (
	noClauses         clauseKinds = iota
	coordinateClauses             // only the coordinate clauses: a physical act's
	allClauses                    // subordinate clauses too: a statement's
)

// clausesOf finds the clauses of sentence s, of the kinds which. For a statement a quotation
// is a clause of its own: the places of the words quoted are what was said, not where it was
// said ('"Troops will leave Kisumu," the minister said in Nairobi').
func clausesOf(doc *text.Doc, s *text.Sentence, which clauseKinds) clauses {
	var c clauses
	end := s.First + len(s.Tokens)
	open := -1
	for i := s.First; i < end; i++ {
		t := &doc.Tokens[i]
		switch {
		case which == allClauses && doubleQuote(t) && open < 0:
			open = i
		case which == allClauses && doubleQuote(t) && c.nSub < maxClauses:
			c.sub[c.nSub] = tokenSpan{open, i + 1}
			c.nSub++
			open = -1
		case which == allClauses && subordinators[t.Lower] && c.nSub < maxClauses:
			hi := clauseEnd(doc, i+1, end)
			if finiteClause(doc, i+1, hi, prepositionsToo[t.Lower]) {
				c.sub[c.nSub] = tokenSpan{i, hi}
				c.nSub++
			}
		case (t.Lower == ";" || t.Lower == "but" && i > s.First && doc.Tokens[i-1].Lower == ",") && c.nParts < maxClauses:
			if finiteClause(doc, i+1, end, false) && finiteClause(doc, s.First, i, false) {
				c.parts[c.nParts] = i
				c.nParts++
			}
		}
	}
	return c
}

// finiteClause reports whether the tokens [lo, hi) make a clause: a finite verb that does
// not modify a noun ("a wounded man"), after a subject when needSubject (the opener before lo
// is also a preposition: "after police arrested him", not "after the raid").
func finiteClause(doc *text.Doc, lo, hi int, needSubject bool) bool {
	subject := false
	for j := lo; j < hi; j++ {
		t := &doc.Tokens[j]
		switch {
		case t.Tag.IsNoun() || t.Tag == "PRP" || t.Tag == "CD":
			subject = true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			if (subject || !needSubject) && !modifiesNoun(doc, j, hi) {
				return true
			}
		}
	}
	return false
}

// modifiesNoun reports whether the past form at j stands before a noun after a determiner or
// an adjective: "the wounded soldiers", "two injured herders".
func modifiesNoun(doc *text.Doc, j, hi int) bool {
	return doc.Tokens[j].Tag == "VBD" && doc.BeforeNoun(j, 0, hi)
}

// part returns the coordinate clause token i belongs to.
func (c *clauses) part(i int) int {
	n := 0
	for _, p := range c.parts[:c.nParts] {
		if i >= p {
			n++
		}
	}
	return n
}

// other reports whether token tok lies in another clause than the event's head: in a
// subordinate or relative clause that does not hold the head, or in another coordinate
// clause.
func (c *clauses) other(tok, head int) bool {
	if c.part(tok) != c.part(head) {
		return true
	}
	for _, s := range c.sub[:c.nSub] {
		if s.holds(tok) && !s.holds(head) {
			return true
		}
	}
	return false
}

// standBack marks the places of in that lie in another clause than the head, when one of
// in that does not, and is not marked yet, is left.
func (c *clauses) standBack(in []*Mention, head int, back []bool) {
	own := false
	for i, m := range in {
		if !back[i] && !c.other(m.Tok, head) {
			own = true
			break
		}
	}
	if !own {
		return
	}
	for i, m := range in {
		if c.other(m.Tok, head) {
			back[i] = true
		}
	}
}

// possessor reports whether m names whose act it is rather than where: a country before a
// possessive ending ("Israel's bombardment", "Russia's offensive"). The act of a country's
// forces often happens abroad, where the story set its scene.
func possessor(doc *text.Doc, m *Mention) bool {
	return m.TokEnd < len(doc.Tokens) && m.TokEnd < doc.Sentences[m.Sentence].First+len(doc.Sentences[m.Sentence].Tokens) &&
		doc.Tokens[m.TokEnd].Tag == "POS"
}

// namedAfter reports whether region is name or name followed by a region noun: "Lima
// region" and "Lima" are named after "Lima", "Limassol" is not.
func namedAfter(region, name string) bool {
	if len(region) < len(name) || name == "" || !strings.EqualFold(region[:len(name)], name) {
		return false
	}
	return len(region) == len(name) || region[len(name)] == ' '
}

// reportVerbs are the lemmas of the verb of a report's source: "..., officials in Nairobi
// said".
var reportVerbs = map[string]bool{"say": true, "tell": true, "report": true, "add": true, "announce": true,
	"state": true, "confirm": true, "claim": true, "quote": true, "write": true}

// attribution returns the aside of sentence s that names the source of its report: from
// "according to" to the end of its clause, or the sentence's last comma-delimited stretch
// when its only finite verb is a report verb (", relief officials in Nairobi said today").
// It is empty (lo == hi) when the sentence has none.
func attribution(doc *text.Doc, s *text.Sentence) tokenSpan {
	end := s.First + len(s.Tokens)
	lastComma := -1
	for i := s.First; i < end; i++ {
		t := &doc.Tokens[i]
		switch {
		case t.Lower == "according" && i+1 < end && doc.Tokens[i+1].Lower == "to":
			return tokenSpan{i, clauseEnd(doc, i+2, end)}
		case t.Lower == ",":
			lastComma = i
		}
	}
	if lastComma < 0 {
		return tokenSpan{}
	}
	report := false
	for j := lastComma + 1; j < end; j++ {
		t := &doc.Tokens[j]
		if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" && t.Tag != "MD" {
			continue
		}
		if !reportVerbs[t.Lemma] || report {
			return tokenSpan{}
		}
		report = true
	}
	if !report {
		return tokenSpan{}
	}
	return tokenSpan{lastComma, end}
}

// sourceStandBack marks the places of in that the event's sentence names in the attribution
// of its report, when the report's verb is not the event's head ("rebels shelled Juba, relief
// officials in Nairobi said": the shelling was in Juba), if a place of in outside it, not
// marked yet, is left. (A country's possessive, "Israel's militia", is no such aside within
// a sentence: it is as often the speaker, "South Korea's military said", or the owner of a
// place, "Macedonia's border".)
func sourceStandBack(doc *text.Doc, s *text.Sentence, head int, in []*Mention, back []bool) {
	att := attribution(doc, s)
	if att.lo == att.hi || att.holds(head) {
		return
	}
	aside := func(m *Mention) bool { return att.holds(m.Tok) }
	own := false
	for i, m := range in {
		if !back[i] && !aside(m) {
			own = true
			break
		}
	}
	if !own {
		return
	}
	for i, m := range in {
		if aside(m) {
			back[i] = true
		}
	}
}
