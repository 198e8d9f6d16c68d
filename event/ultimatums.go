package event

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/cameo"
)

// An act announced on a condition the other side must meet ("will withdraw its peacekeepers
// from Chad unless the government arranges a ceasefire", "would cut aid unless the elections
// go ahead") is an ultimatum: what the target faces if it does not comply. CAMEO codes it as a
// threat (13x), whatever the act, where the intent recoding would make a cooperative act an
// intent (03x). The target is the actor of the condition (see conditionTargets).

// ultimatum recodes the intent e, coded from the act act, as a threat when an "unless" clause
// follows the act's words ending at end, and reports whether it did.
func (c *Coder) ultimatum(e *Event, v *sentenceView, act cameo.Code, end int) bool {
	if e.Code.Root() != "03" || act.Root() == "03" || e.Status != annals.Asserted || !v.unlessAfter(end) {
		return false
	}
	to := cameo.Code("130")
	if t, ok := c.cues.recoded("threat", act); ok && t.Root() == "13" {
		to = t
	}
	e.Code, e.Info = to, c.table.Lookup(to)
	if e.Target != nil && e.Source != nil && e.Target.Code == e.Source.Code {
		e.Target = nil
	}
	return true
}

// unlessAfter reports whether "unless" opens a clause after the act's words ending at end,
// in the same sentence and before any clause break or other finite verb.
func (v *sentenceView) unlessAfter(end int) bool {
	for i := end; i < v.end && i < end+12; i++ {
		t := &v.toks[i]
		switch {
		case t.Lower == "unless":
			return true
		case clauseBreak(t), t.Lower == "if", t.Lower == "and", t.Lower == "but", t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return false
		}
	}
	return false
}
