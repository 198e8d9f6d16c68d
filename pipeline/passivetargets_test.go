package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

// TestPassiveTargets: a pattern whose target slot follows its verb ("remove @T from * list",
// "give @T asylum") matches the verb's passive too, with the passive subject as the target
// and the "by" phrase as the source. A passive without a "by" phrase names no doer and
// gives no record from such a pattern.
func TestPassiveTargets(t *testing.T) {
	c := load(t)
	// code "" wants no event at all on the passive subject (Portugal).
	for _, tc := range []struct{ text, code, src, tgt string }{
		{"The Iranian charity was removed from the sanctions list by the US Treasury.", "085", "USAGOV", "IRNNGO"},
		{"The US Treasury removed the Iranian charity from its sanctions list.", "085", "USAGOV", "IRNNGO"},
		{"Portugal was dropped from the list of safe destinations by the British government.", "172", "GBRGOV", "PRT"},
		{"The Kenyan activist was given asylum by Sweden.", "075", "SWE", "KENOPP"},
		{"Portugal was dropped from the list of safe destinations on Friday.", "", "", ""},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		var got []string
		for _, e := range c.Code(&a) {
			onSubject := e.Target != nil && e.Target.Country == "PRT"
			if tc.code != "" && e.CAMEO != tc.code || tc.code == "" && !onSubject {
				continue
			}
			src, tgt := "", ""
			if e.Source != nil {
				src = e.Source.Code
			}
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, e.CAMEO+" "+src+" "+tgt)
		}
		var want []string
		if tc.code != "" {
			want = []string{tc.code + " " + tc.src + " " + tc.tgt}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
