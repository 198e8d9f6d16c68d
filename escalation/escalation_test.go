package escalation

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

var start = time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC)

// fight is a material-conflict event of AZE against ARM on day n after start.
func fight(n, i int) annals.Event {
	return annals.Event{
		ID:     fmt.Sprintf("d%d-%d", n, i),
		Source: &annals.Actor{Code: "AZEMIL", Country: "AZE"}, Target: &annals.Actor{Code: "ARM", Country: "ARM"},
		CAMEO: "190", QuadClass: 4, Goldstein: -10, Status: annals.Asserted, Territory: "ARM",
		Date: start.AddDate(0, 0, n).Format(time.DateOnly),
	}
}

// series builds counts[n] fights on day n.
func series(counts []int) []annals.Event {
	var out []annals.Event
	for n, c := range counts {
		for i := range c {
			out = append(out, fight(n, i))
		}
	}
	return out
}

func dyadSeries(t *testing.T, events []annals.Event) *Series {
	t.Helper()
	for _, s := range Build(events) {
		if s.Kind == "dyad" && s.Key == "ARM-AZE" {
			return &s
		}
	}
	t.Fatal("no ARM-AZE dyad series")
	return nil
}

func TestSignalsFireOnSpike(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	counts := make([]int, 60)
	for n := range counts {
		counts[n] = rng.IntN(3) // 0 to 2 a day
	}
	counts[45] = 14
	s := dyadSeries(t, series(counts))
	got := Signals(s, Options{})
	if len(got) != 1 {
		t.Fatalf("got %d signals, want 1: %+v", len(got), got)
	}
	want := start.AddDate(0, 0, 45).Format(time.DateOnly)
	if got[0].Date != want || got[0].Conflict != 14 || len(got[0].EventIDs) != 14 {
		t.Errorf("got signal on %s with %d conflict events and %d ids, want %s with 14 and 14",
			got[0].Date, got[0].Conflict, len(got[0].EventIDs), want)
	}
}

func TestSignalsQuietOnSteadySeries(t *testing.T) {
	constant := make([]int, 90)
	for n := range constant {
		constant[n] = 5
	}
	constant[60] = 8 // a blip in a steady series is not an escalation
	rng := rand.New(rand.NewPCG(3, 4))
	noisy := make([]int, 365)
	for n := range noisy {
		noisy[n] = 4 + rng.IntN(5) // 4 to 8 a day
	}
	for name, counts := range map[string][]int{"constant": constant, "noisy": noisy} {
		s := dyadSeries(t, series(counts))
		if got := Signals(s, Options{}); len(got) != 0 {
			t.Errorf("%s series: got %d signals, want none: %+v", name, len(got), got)
		}
	}
}

func TestSignalsNeedHistory(t *testing.T) {
	s := dyadSeries(t, series([]int{0, 0, 12}))
	if got := Signals(s, Options{}); len(got) != 0 {
		t.Errorf("got %d signals on a three-day series, want none", len(got))
	}
}

func TestBuild(t *testing.T) {
	talk := annals.Event{
		ID: "talk", Source: &annals.Actor{Country: "RUS"}, Target: &annals.Actor{Country: "AZE"},
		CAMEO: "040", QuadClass: 1, Goldstein: 1, Status: annals.Asserted, Date: "2021-04-03",
	}
	planned := talk
	planned.ID, planned.Status = "planned", annals.Planned
	undated := fight(0, 9)
	undated.Date = "2021-04"
	events := []annals.Event{fight(0, 0), fight(0, 1), talk, planned, undated}

	var got []string
	for _, s := range Build(events) {
		line := s.Kind + " " + s.Key + ":"
		for _, d := range s.Days {
			line += fmt.Sprintf(" %s %v %.1f;", d.Date, d.Quad, d.Goldstein)
		}
		got = append(got, line)
	}
	want := []string{
		"country ARM: 2021-04-01 [0 0 0 2] -10.0;",
		"country AZE: 2021-04-01 [0 0 0 2] -10.0; 2021-04-02 [0 0 0 0] 0.0; 2021-04-03 [1 0 0 0] 1.0;",
		"country RUS: 2021-04-03 [1 0 0 0] 1.0;",
		"dyad ARM-AZE: 2021-04-01 [0 0 0 2] -10.0;",
		"dyad AZE-RUS: 2021-04-03 [1 0 0 0] 1.0;",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build (-want +got):\n%s", diff)
	}
}
