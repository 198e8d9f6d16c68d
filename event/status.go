package event

import (
	"io/fs"
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/linefile"
)

type cue struct {
	status annals.Status
	after  bool
	words  []string
	recode string // a class of recode.tsv, or ""
}

// Cues are the status cues of dict/events/status.tsv, with the recodings of recode.tsv.
type Cues struct {
	before cueList
	after  cueList
	recode map[string]map[cameo.Code]cameo.Code // class -> from prefix -> to
}

// LoadCues reads events/status.tsv.
func LoadCues(fsys fs.FS, table *cameo.Table) (*Cues, error) {
	c := &Cues{recode: map[string]map[cameo.Code]cameo.Code{}}
	err := linefile.ReadFS(fsys, "events/recode.tsv", 3, 3, func(l linefile.Line) error {
		from, to := cameo.Code(l.Fields[1]), cameo.Code(l.Fields[2])
		if table.Lookup(from) == nil && !cameo.Valid(from) {
			return l.Errorf("from", "%q is not a CAMEO code prefix", from)
		}
		if table.Lookup(to) == nil {
			return l.Errorf("to", "%q is not a CAMEO event code", to)
		}
		if c.recode[l.Fields[0]] == nil {
			c.recode[l.Fields[0]] = map[cameo.Code]cameo.Code{}
		}
		c.recode[l.Fields[0]][from] = to
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = linefile.ReadFS(fsys, "events/status.tsv", 3, 4, func(l linefile.Line) error {
		var st annals.Status
		switch l.Fields[0] {
		case "negated":
			st = annals.Negated
		case "planned":
			st = annals.Planned
		case "hypothetical":
			st = annals.Hypothetical
		default:
			return l.Errorf("status", "%q: want negated, planned or hypothetical", l.Fields[0])
		}
		q := cue{status: st, words: strings.Fields(strings.ToLower(l.Fields[2]))}
		if len(q.words) == 0 {
			return l.Errorf("words", "no words")
		}
		if len(l.Fields) == 4 {
			if c.recode[l.Fields[3]] == nil {
				return l.Errorf("recode", "%q is not a class of events/recode.tsv", l.Fields[3])
			}
			q.recode = l.Fields[3]
		}
		switch l.Fields[1] {
		case "before":
			c.before.add(q)
		case "after":
			q.after = true
			c.after.add(q)
		default:
			return l.Errorf("scope", "%q: want before or after", l.Fields[1])
		}
		return nil
	})
	return c, err
}

// status finds the nearest cue around the trigger [h, end): before it within the clause, or
// after it within a few words. It returns the cue's status, its recoding class and the token
// where it starts (h when there is none).
func (c *Cues) status(v *sentenceView, h, end int, code cameo.Code) (annals.Status, string, int) {
	for i := h - 1; i >= v.first && i >= h-6; i-- {
		t := &v.toks[i]
		if t.Lower == "that" {
			// A cue that ends in "that" governs the clause it opens: "demanded that
			// Uganda withdraw its troops".
			for j := max(i-3, v.first); j < i; j++ {
				if q, ok := c.before.first(v, j, func(q *cue) bool { return j+len(q.words) == i+1 && c.applies(*q, code) }); ok {
					return q.status, q.recode, j
				}
			}
		}
		if clauseBreak(t) || t.Lower == "," || dash(t.Lower) || t.Lower == "and" && i < h-1 || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			break
		}
		// A longer cue that takes in this word wins over the shorter one it holds: "will
		// not" and "chose not to" are refusals, not a bare "not".
		for j := max(i-3, v.first); j < i; j++ {
			if q, ok := c.before.first(v, j, func(q *cue) bool {
				return j+len(q.words) > i && c.governs(v, q, j, h, code)
			}); ok {
				return q.status, q.recode, j
			}
		}
		if q, ok := c.before.first(v, i, func(q *cue) bool { return c.governs(v, q, i, h, code) }); ok {
			return q.status, q.recode, i
		}
		if t.Tag.IsVerb() && i < h-1 && !isAux(t.Lemma) && t.Tag != "VBG" {
			if v.coordinated(i, h) {
				// Verbs joined by "and" share the cue before the first: "had no option but
				// to come out and surrender", "must withdraw and disarm".
				// The second verb takes the status only: the first is the act a refusal or
				// threat recodes.
				if st, _, at := c.status(v, i, i+1, code); st != annals.Asserted {
					return st, "", at
				}
			}
			// Another verb's cue belongs to that verb: "said it will"
			if _, ok := c.before.first(v, i, anyCue); !ok {
				break
			}
		}
	}
	for i := end; i < v.end && i < end+8; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			break
		}
		if q, ok := c.after.first(v, i, func(q *cue) bool { return c.applies(*q, code) }); ok {
			return q.status, q.recode, i
		}
	}
	return annals.Asserted, "", h
}

// narrowClasses are recoding classes whose cues mean something only for the codes they
// recode: "destroyed" makes a found bomb a seizure, but says nothing of an air strike.
var narrowClasses = map[string]bool{"disarm": true, "cease": true, "denial": true}

// chainedClasses recode an act into another act that has a status of its own: "called for an
// end to the fighting" is a call for a ceasefire, not one declared.
var chainedClasses = map[string]bool{"cease": true}

// applies reports whether cue q bears on an event coded code.
// governs reports whether the cue q at token j, which ends before the trigger at h, bears on
// the trigger's code: a cessation cue only when the trigger is its verb's object.
func (c *Cues) governs(v *sentenceView, q *cue, j, h int, code cameo.Code) bool {
	end := j + len(q.words)
	return end <= h && c.applies(*q, code) && (q.recode != "cease" || v.objectOf(end, h))
}

func anyCue(*cue) bool { return true }

func (c *Cues) applies(q cue, code cameo.Code) bool {
	if !narrowClasses[q.recode] {
		return true
	}
	_, ok := c.recoded(q.recode, code)
	return ok
}

// recoded returns the code that class turns code into (longest matching prefix), if any.
func (c *Cues) recoded(class string, code cameo.Code) (cameo.Code, bool) {
	m := c.recode[class]
	for n := len(code); n >= 2; n-- {
		if to, ok := m[code[:n]]; ok {
			return to, true
		}
	}
	return "", false
}

// objectOf reports whether the trigger at h is the object of the verb ending before p: only
// determiners, adjectives and the prepositions of "an end to", "withdrew from" between them.
// In "stopped all work and staged a protest" the protest is no object of "stopped".
func (v *sentenceView) objectOf(p, h int) bool {
	for i := p; i < h; i++ {
		if t := &v.toks[i]; !skippable(t) && t.Lower != "to" && t.Lower != "of" && t.Lower != "from" && t.Lower != "with" {
			return false
		}
	}
	return true
}

// coordinated reports whether the verb at i and the trigger at h are joined by "and" with
// nothing but the first verb's particle or adverb between them: "come out and surrender".
func (v *sentenceView) coordinated(i, h int) bool {
	if v.toks[h-1].Lower != "and" || !v.toks[h].Tag.IsVerb() || v.toks[h].Tag != v.toks[i].Tag {
		return false
	}
	for j := i + 1; j < h-1; j++ {
		if t := &v.toks[j]; t.Tag != "RP" && !t.Tag.IsAdverb() {
			return false
		}
	}
	return true
}

func isAux(lemma string) bool {
	switch lemma {
	case "be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must":
		return true
	}
	return false
}

// phraseAt reports whether words match the tokens at i (by lower-case form or lemma).
func (v *sentenceView) phraseAt(i int, words []string) bool {
	if i+len(words) > v.end {
		return false
	}
	for k, w := range words {
		t := &v.toks[i+k]
		if t.Lower != w && t.Lemma != w {
			return false
		}
	}
	return true
}
