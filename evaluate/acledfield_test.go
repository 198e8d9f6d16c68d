package evaluate

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func TestWeightedF1(t *testing.T) {
	c := NewConfusion("A", "B")
	c.Add("A", "A")
	c.Add("A", "A")
	c.Add("A", "B")
	c.Add("B", "B")
	// A: P 1, R 2/3, F1 0.8 (3 items); B: P 1/2, R 1, F1 2/3 (1 item).
	want := (0.8*3 + 2.0/3) / 4
	if got := c.WeightedF1(); math.Abs(got-want) > 1e-9 {
		t.Errorf("WeightedF1 = %v, want %v", got, want)
	}
}

func TestCaseFine(t *testing.T) {
	n := func(v int) *int { return &v }
	ev := func(g float64, a *annals.ACLED, killed *int) annals.Event {
		return annals.Event{Goldstein: g, ACLED: a, Casualties: &annals.Casualties{Killed: killed}}
	}
	clash := &annals.ACLED{EventType: "Battles", SubEventType: "Armed clash"}
	protest := &annals.ACLED{EventType: "Protests", SubEventType: "Peaceful protest"}
	tests := []struct {
		name       string
		events     []annals.Event
		pred       string
		killed     int
		gold, want string
	}{
		{"none", []annals.Event{ev(1, nil, nil)}, nonACLEDClass, -1, "DIPLO", nonACLEDClass},
		{"lowest Goldstein", []annals.Event{ev(-6.5, protest, nil), ev(-10, clash, n(3))}, "ARMED_CLASH", 3, "ARMED_CLASH", "ARMED_CLASH"},
		{"killed elsewhere", []annals.Event{ev(-6.5, protest, nil), ev(0, nil, n(2))}, "PEACE_PROTEST", 2, "PEACE_PROTEST", "PEACE_PROTEST"},
	}
	for _, tt := range tests {
		got := []any{caseFinePred(tt.events), killedOf(tt.events), caseFineGold(tt.gold)}
		if d := cmp.Diff([]any{tt.pred, tt.killed, tt.want}, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
}

// A note is typed by its main event (the best rank) among the events the mapping types; its
// killed count is its gravest typed event's; without ranks the gravest event types it.
func TestNoteTypeByRank(t *testing.T) {
	killed := func(n int) *annals.Casualties { return &annals.Casualties{Killed: &n} }
	protest := annals.Event{CAMEO: "141", Goldstein: -6.5, Rank: 1, ACLED: &annals.ACLED{EventType: "Protests"}}
	killing := annals.Event{CAMEO: "180", Goldstein: -9, Rank: 2, ACLED: &annals.ACLED{EventType: "Violence against civilians"}, Casualties: killed(2)}
	statement := annals.Event{CAMEO: "010", Goldstein: 0, Rank: 3}
	events := []annals.Event{statement, killing, protest}
	if got := NoteType(events); got != "Protests" {
		t.Errorf("NoteType with ranks = %q, want Protests (rank 1)", got)
	}
	if got := killedOf(events); got != 2 {
		t.Errorf("killedOf = %d, want 2 (the gravest typed event's)", got)
	}
	for i := range events {
		events[i].Rank = 0
	}
	if got := NoteType(events); got != "Violence against civilians" {
		t.Errorf("NoteType without ranks = %q, want the gravest event's type", got)
	}
	if got := NoteType([]annals.Event{statement}); got != "none" {
		t.Errorf("NoteType of a statement = %q, want none", got)
	}
}
