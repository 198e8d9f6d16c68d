package pipeline

import (
	"strings"
	"testing"

	"github.com/annals-org/annals"
)

func TestConfidence(t *testing.T) {
	// "Kenya expelled Uganda's envoy": Kenya's words end one space before the trigger.
	kenya := &annals.Actor{Code: "KEN", Country: "KEN", Start: 0, End: 5}
	uganda := &annals.Actor{Code: "UGA", Country: "UGA", Start: 15, End: 21}
	un := &annals.Actor{Code: "IGOUNO", Start: 15, End: 17}
	police := &annals.Actor{Code: "COP", Role: "COP", Start: 0, End: 6}
	at := func(start int) annals.Span { return annals.Span{Start: start, End: start + 8} }
	tests := []struct {
		name string
		rec  annals.Event
		want float64
	}{
		{"both sides, no evidence to read the verb from", annals.Event{Source: kenya, Target: uganda, Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confBoth},
		{"an organisation counts as identified", annals.Event{Source: kenya, Target: un, Trigger: at(6), QuadClass: 1, Status: annals.Asserted}, confBoth},
		{"both sides, source far from the act", annals.Event{Source: kenya, Target: uganda, Trigger: at(80), QuadClass: 4, Status: annals.Asserted}, confBoth},
		{"source after the act (a passive)", annals.Event{Source: uganda, Target: kenya, Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confBoth},
		{"a speaker alone", annals.Event{Source: kenya, Trigger: at(6), QuadClass: 3, Status: annals.Asserted}, confSourceVerbal},
		{"an attacker without a target", annals.Event{Source: kenya, Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confSourceAct},
		{"a bare role identifies no one", annals.Event{Source: police, Target: uganda, Trigger: at(7), QuadClass: 4, Status: annals.Asserted}, confTargetOnly},
		{"no actor", annals.Event{Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confNoActor},
		{"hypothetical", annals.Event{Source: kenya, Target: uganda, Trigger: at(6), QuadClass: 4, Status: annals.Hypothetical}, 0.15},
		{"historical", annals.Event{Source: kenya, Trigger: at(6), QuadClass: 1, Status: annals.Historical}, 0.13},
		{"planned keeps its class", annals.Event{Source: kenya, Target: uganda, Trigger: at(6), QuadClass: 1, Status: annals.Planned}, confBoth},
	}
	// The same with the sentence: the source's words govern the trigger directly or not.
	for _, tc := range []struct {
		evidence string
		quad     int
		want     float64
	}{
		{"Kenya expelled Uganda's envoy.", 4, confDirectDeed},
		{"Kenya condemned Uganda's envoy.", 3, confDirect},
		{"Kenya sharply criticised Uganda.", 3, confDirect},
		{"Kenya also expelled Uganda's envoy.", 4, confDirectDeed},
		{"Kenya also condemned Uganda's envoy.", 3, confDirect},
		{"Kenya had condemned Uganda's envoy.", 3, confBoth},
		{"Kenya had expelled Uganda's envoy.", 4, confBoth},
		{"Kenya is expelling Uganda's envoy.", 4, confBoth},
		{"Kenya wants to expel Uganda's envoy.", 4, confBoth},
	} {
		// The trigger is the word before "Uganda".
		verb := strings.LastIndex(tc.evidence[:strings.Index(tc.evidence, " Uganda")], " ") + 1
		src := &annals.Actor{Code: "KEN", Country: "KEN", Start: 0, End: 5}
		tgt := &annals.Actor{Code: "UGA", Country: "UGA", Start: strings.Index(tc.evidence, "Uganda"), End: strings.Index(tc.evidence, "Uganda") + 6}
		rec := annals.Event{Source: src, Target: tgt, Evidence: tc.evidence, End: len(tc.evidence), QuadClass: tc.quad, Status: annals.Asserted,
			Trigger: annals.Span{Start: verb, End: verb + strings.IndexByte(tc.evidence[verb:], ' ')}}
		tests = append(tests, struct {
			name string
			rec  annals.Event
			want float64
		}{tc.evidence, rec, tc.want})
	}
	for _, tt := range tests {
		if got := confidence(&tt.rec); got != tt.want {
			t.Errorf("%s: confidence = %v, want %v", tt.name, got, tt.want)
		}
	}
}
