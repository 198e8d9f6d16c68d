package event

import (
	"strings"

	"github.com/annals-org/annals"
)

// A wish put as approval ("we would appreciate Uganda releasing the prisoners", "Kenya would
// welcome it if Uganda withdrew", "we'd appreciate you allowing our supplies to come out") is
// an appeal to the one who would act (020), not praise (051) nor an intent to praise (032):
// the act is asked for, and the coder absorbs it into the appeal as it does after "urged".

// approvalVerbs approve of an act; under "would" they ask for it.
var approvalVerbs = map[string]bool{"appreciate": true, "welcome": true, "value": true}

// politeRequest recodes the approval at h under a conditional "would" as an appeal to the
// actor named after it, and reports whether it did.
func (c *Coder) politeRequest(e *Event, v *sentenceView, h int) bool {
	if e.Pattern.Code.Root() != "05" || !approvalVerbs[v.toks[h].Lemma] || !v.toks[h].Tag.IsVerb() || !v.wouldBefore(h) {
		return false
	}
	e.Code, e.Info, e.Status, e.Target = "020", c.table.Lookup("020"), annals.Asserted, nil
	for i := h + 1; i < v.end && i <= h+6; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			break
		}
		if k, ok := v.startsAt[i]; ok && !v.mentions[k].Locative {
			if m := v.mention(k); e.Source == nil || m.Code != e.Source.Code {
				e.Target = m
			}
			break
		}
	}
	return true
}

// wouldBefore reports whether a conditional "would" ("we'd") governs the verb at h, past an
// adverb: "would really appreciate".
func (v *sentenceView) wouldBefore(h int) bool {
	for i := h - 1; i >= v.first && i >= h-3; i-- {
		t := &v.toks[i]
		if t.Lower == "would" || strings.HasSuffix(t.Lower, "'d") || strings.HasSuffix(t.Lower, "’d") {
			// The tokenizer keeps a contraction whole: "we'd", "I'd".
			return true
		}
		if !t.Tag.IsAdverb() {
			return false
		}
	}
	return false
}
