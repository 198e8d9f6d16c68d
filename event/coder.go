package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/text"
)

// Event is one coded event before dating and location.
type Event struct {
	Sentence int
	Trigger  annals.Span // the head and the pattern's words
	Head     int         // token index of the head
	Code     cameo.Code
	Info     *cameo.Info
	Source   *actor.Mention
	Target   *actor.Mention
	Status   annals.Status
	Pattern  *Pattern
	Passive  bool
}

// Coder codes events. It is read-only after construction and safe for concurrent use.
type Coder struct {
	patterns *Patterns
	table    *cameo.Table
	cues     *Cues
}

// NewCoder returns a Coder.
func NewCoder(ps *Patterns, table *cameo.Table, cues *Cues) *Coder {
	return &Coder{patterns: ps, table: table, cues: cues}
}

// Code returns the events of doc, in text order.
func (c *Coder) Code(doc *text.Doc, mentions []actor.Mention) []Event {
	var out []Event
	mi := 0
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		// The mentions of this sentence.
		lo := mi
		for mi < len(mentions) && mentions[mi].Tok < end {
			mi++
		}
		v := sentenceView{toks: doc.Tokens, first: s.First, end: end, mentions: mentions[lo:mi], all: mentions, base: lo, startsAt: map[int]int{}}
		for k := range v.mentions {
			v.startsAt[v.mentions[k].Tok] = k
		}
		out = c.codeSentence(doc, s, &v, out)
	}
	return out
}

func (c *Coder) codeSentence(doc *text.Doc, s *text.Sentence, v *sentenceView, out []Event) []Event {
	toks := doc.Tokens
	covered := -1 // tokens up to here belong to an earlier match
	for h := v.first; h < v.end; h++ {
		if h < covered {
			continue
		}
		t := &toks[h]
		if v.insideMention(h) {
			continue
		}
		var list []*Pattern
		noun := false
		switch {
		case t.Tag.IsVerb():
			list = c.patterns.verbs[t.Lemma]
		case t.Tag.IsNoun() || t.Tag == "VBG":
			list = c.patterns.nouns[t.Lemma]
			noun = true
		}
		if len(list) == 0 {
			continue
		}
		best, ok := matched{}, false
		for _, p := range list {
			m, hit := v.try(p, h)
			if !hit {
				continue
			}
			if !ok || m.score > best.score || m.score == best.score && len(m.p.Code) > len(best.p.Code) {
				best, ok = m, true
			}
		}
		if !ok {
			continue
		}
		e := Event{Sentence: s.Index, Head: h, Code: best.p.Code, Info: c.table.Lookup(best.p.Code), Pattern: best.p}
		e.Trigger = annals.Span{Start: t.Start, End: toks[best.end-1].End}
		var src, tgt int
		if noun {
			src, tgt = v.nounActors(h, best)
		} else {
			e.Passive = v.passive(h)
			src, tgt = v.verbActors(h, best, e.Passive)
		}
		if src != noMention {
			e.Source = v.mention(src)
		}
		if tgt != noMention && tgt != src {
			e.Target = v.mention(tgt)
		}
		if e.Source != nil && e.Target != nil && e.Source.Code == e.Target.Code && e.Source.Start == e.Target.Start {
			e.Target = nil
		}
		if !c.keep(&e) {
			continue
		}
		e.Status = c.cues.status(v, h, best.end)
		out = append(out, e)
		covered = best.end
	}
	return out
}

// keep decides whether a match is an event worth a record: one with an actor, or a violent or
// protest event, whose actors news often leaves unnamed ("an explosion killed ...").
func (c *Coder) keep(e *Event) bool {
	if e.Source != nil || e.Target != nil {
		return true
	}
	switch e.Code.Root() {
	case "14", "17", "18", "19", "20":
		return true
	}
	return false
}

func (v *sentenceView) insideMention(h int) bool {
	for k := range v.mentions {
		m := &v.mentions[k]
		if h >= m.Tok && h < m.TokEnd {
			return true
		}
	}
	return false
}
