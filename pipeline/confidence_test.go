package pipeline

import (
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
		{"both sides, source governs", annals.Event{Source: kenya, Target: uganda, Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confBothGoverned},
		{"an organisation counts as identified", annals.Event{Source: kenya, Target: un, Trigger: at(6), QuadClass: 1, Status: annals.Asserted}, confBothGoverned},
		{"both sides, source far from the act", annals.Event{Source: kenya, Target: uganda, Trigger: at(80), QuadClass: 4, Status: annals.Asserted}, confBoth},
		{"source after the act (a passive)", annals.Event{Source: uganda, Target: kenya, Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confBoth},
		{"a speaker alone", annals.Event{Source: kenya, Trigger: at(6), QuadClass: 3, Status: annals.Asserted}, confSourceVerbal},
		{"an attacker without a target", annals.Event{Source: kenya, Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confSourceAct},
		{"a bare role identifies no one", annals.Event{Source: police, Target: uganda, Trigger: at(7), QuadClass: 4, Status: annals.Asserted}, confTargetOnly},
		{"no actor", annals.Event{Trigger: at(6), QuadClass: 4, Status: annals.Asserted}, confNoActor},
		{"hypothetical", annals.Event{Source: kenya, Target: uganda, Trigger: at(6), QuadClass: 4, Status: annals.Hypothetical}, 0.28},
		{"historical", annals.Event{Source: kenya, Trigger: at(6), QuadClass: 1, Status: annals.Historical}, 0.22},
		{"planned keeps its class", annals.Event{Source: kenya, Target: uganda, Trigger: at(6), QuadClass: 1, Status: annals.Planned}, confBothGoverned},
	}
	for _, tt := range tests {
		if got := confidence(&tt.rec); got != tt.want {
			t.Errorf("%s: confidence = %v, want %v", tt.name, got, tt.want)
		}
	}
}
