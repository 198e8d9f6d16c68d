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
		// The tag picks verb or noun patterns first; the other kind is tried when the first
		// gives nothing, since the tagger errs most on words that can be both ("protest").
		noun := !t.Tag.IsVerb()
		if !t.Tag.IsVerb() && !t.Tag.IsNoun() && !t.Tag.IsAdj() {
			continue
		}
		best, ok := v.best(c.patterns.lookup(noun, t), h)
		if !ok {
			noun = !noun
			best, ok = v.best(c.patterns.lookup(noun, t), h)
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
		c.unarmed(&e)
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

// lookup returns the patterns whose head is token t, as a noun or as a verb.
func (ps *Patterns) lookup(noun bool, t *text.Token) []*Pattern {
	if noun {
		// Only plurals take their lemma: "according" is not the noun "accord".
		if t.Tag == "NNS" || t.Tag == "NNPS" {
			if l := ps.nouns[t.Lemma]; l != nil {
				return l
			}
		}
		return ps.nouns[t.Lower]
	}
	if l := ps.verbs[t.Lemma]; l != nil {
		return l
	}
	return ps.verbs[t.Lower]
}

// best returns the best-scoring pattern of list matching at head h: more elements matched,
// then the more specific code.
func (v *sentenceView) best(list []*Pattern, h int) (matched, bool) {
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
	return best, ok
}

// armedRoles are the roles that fight: CAMEO's "fight" (19) is between armed actors.
var armedRoles = map[string]bool{"MIL": true, "COP": true, "REB": true, "INS": true, "SEP": true, "UAF": true, "SPY": true, "CRM": true, "IMG": true}

// unarmed recodes a fight between unarmed actors (villagers, party supporters, workers) as the
// violent protest or riot it is (145): a street clash is not a battle. Fights with an unknown
// side stay as coded.
func (c *Coder) unarmed(e *Event) {
	if e.Code.Root() != "19" || e.Source == nil || e.Target == nil || e.Code == "192" {
		return
	}
	for _, m := range []*actor.Mention{e.Source, e.Target} {
		if m == nil {
			continue
		}
		if m.Role == "" || armedRoles[m.Role] {
			return
		}
	}
	e.Code = "145"
	e.Info = c.table.Lookup(e.Code)
}
