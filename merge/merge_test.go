package merge

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

func actor(code string) *annals.Actor { return &annals.Actor{Code: code, Country: code[:3]} }

func place(name string, lat, lon float64) *annals.Location {
	return &annals.Location{Name: name, Lat: lat, Lon: lon}
}

// report builds one coded record of an article.
func report(article, cameo, date, evidence string, loc *annals.Location) annals.Event {
	return annals.Event{
		ID: article + "-" + cameo, ArticleID: article, Evidence: evidence,
		Source: actor("AZEMIL"), Target: actor("ARM"), CAMEO: cameo, Date: date,
		Status: annals.Asserted, Location: loc,
	}
}

var (
	goris   = place("Goris", 39.5111, 46.3417)
	kapan   = place("Kapan", 39.2076, 46.4059) // 34 km from Goris
	yerevan = place("Yerevan", 40.1811, 44.5136)
)

func TestEvents(t *testing.T) {
	tests := []struct {
		name     string
		in       []annals.Event
		mentions []int // per merged event, in output order
		ids      [][]string
	}{
		{
			name: "several reports of one incursion",
			in: []annals.Event{
				report("a1", "192", "2021-05-12", "Azerbaijani troops crossed into Syunik near Goris.", goris),
				report("a2", "190", "2021-05-12", "Troops from Azerbaijan advanced near Kapan on Wednesday.", kapan),
				report("a3", "192", "2021-05-12", "Soldiers of Azerbaijan entered Armenian territory.", nil),
			},
			mentions: []int{3},
			ids:      [][]string{{"a1-192", "a2-190", "a3-192"}},
		},
		{
			name: "syndicated copies count once",
			in: []annals.Event{
				report("wire", "192", "2021-05-12", "Azerbaijani troops crossed into Syunik.", goris),
				report("paper", "192", "2021-05-12", "Azerbaijani  troops crossed into Syunik", goris),
				report("site", "192", "2021-05-12", "AZERBAIJANI TROOPS CROSSED INTO SYUNIK.", goris),
			},
			mentions: []int{1},
			ids:      [][]string{{"wire-192", "paper-192", "site-192"}},
		},
		{
			name: "different day, place, root, dyad or negation stay apart",
			in: []annals.Event{
				report("a1", "192", "2021-05-12", "one", goris),
				report("a2", "192", "2021-05-13", "two", goris),
				report("a3", "192", "2021-05-12", "three", yerevan),
				report("a4", "112", "2021-05-12", "four", goris),
				func() annals.Event {
					e := report("a5", "192", "2021-05-12", "five", goris)
					e.Target = actor("ARMGOV")
					return e
				}(),
				func() annals.Event {
					e := report("a6", "192", "2021-05-12", "six", goris)
					e.Status = annals.Negated
					return e
				}(),
			},
			mentions: []int{1, 1, 1, 1, 1, 1},
			ids:      [][]string{{"a1-192"}, {"a3-192"}, {"a4-112"}, {"a5-192"}, {"a6-192"}, {"a2-192"}},
		},
		{
			name: "an unlocated report does not chain distant places",
			in: []annals.Event{
				report("a1", "192", "2021-05-12", "one", goris),
				report("a2", "192", "2021-05-12", "two", nil),
				report("a3", "192", "2021-05-12", "three", yerevan),
			},
			mentions: []int{2, 1},
			ids:      [][]string{{"a1-192", "a2-192"}, {"a3-192"}},
		},
		{
			name: "a month is too coarse to merge",
			in: []annals.Event{
				report("a1", "192", "2021-05", "one", nil),
				report("a2", "192", "2021-05", "two", nil),
			},
			mentions: []int{1, 1},
			ids:      [][]string{{"a1-192"}, {"a2-192"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Events(tt.in, Options{})
			var mentions []int
			var ids [][]string
			for _, m := range got {
				mentions = append(mentions, m.Mentions)
				var s []string
				for _, src := range m.Sources {
					s = append(s, src.EventID)
				}
				ids = append(ids, s)
			}
			if diff := cmp.Diff(tt.mentions, mentions); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("sources (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEventsKeepsMostInformativeRecord(t *testing.T) {
	bare := report("a1", "192", "2021-05-12", "Troops crossed the border.", nil)
	counted := report("a2", "192", "2021-05-12", "About 250 troops crossed into Syunik.", goris)
	counted.Quantities = []annals.Quantity{{Text: "250", Value: 250, Unit: "troops"}}
	located := report("a3", "192", "2021-05-12", "Troops crossed near Goris.", goris)

	got := Events([]annals.Event{bare, located, counted}, Options{})
	if len(got) != 1 {
		t.Fatalf("got %d merged events, want 1", len(got))
	}
	if got[0].ID != counted.ID {
		t.Errorf("representative record = %s, want %s", got[0].ID, counted.ID)
	}
}

func TestEventsMaxKm(t *testing.T) {
	in := []annals.Event{
		report("a1", "192", "2021-05-12", "one", goris),
		report("a2", "192", "2021-05-12", "two", kapan),
	}
	if got := len(Events(in, Options{MaxKm: 10})); got != 2 {
		t.Errorf("with MaxKm 10: got %d events, want 2", got)
	}
	if got := len(Events(in, Options{})); got != 1 {
		t.Errorf("with the default 50 km: got %d events, want 1", got)
	}
}

func BenchmarkEvents(b *testing.B) {
	var in []annals.Event
	days := []string{"2021-05-10", "2021-05-11", "2021-05-12", "2021-05-13"}
	for i := range 10000 {
		in = append(in, report("a", []string{"190", "192", "042", "112"}[i%4], days[i/4%4], "text", goris))
	}
	b.ReportAllocs()
	for b.Loop() {
		Events(in, Options{})
	}
}

func TestSame(t *testing.T) {
	a := report("a1", "192", "2021-05-12", "one", goris)
	tests := []struct {
		name string
		b    annals.Event
		want bool
	}{
		{"near, same root", report("a2", "190", "2021-05-12", "two", kapan), true},
		{"unlocated", report("a2", "192", "2021-05-12", "two", nil), true},
		{"far", report("a2", "192", "2021-05-12", "two", yerevan), false},
		{"other day", report("a2", "192", "2021-05-13", "two", goris), false},
		{"other root", report("a2", "112", "2021-05-12", "two", goris), false},
	}
	for _, tt := range tests {
		if got := Same(&a, &tt.b, 0); got != tt.want {
			t.Errorf("%s: Same = %v, want %v", tt.name, got, tt.want)
		}
	}
	month := report("a1", "192", "2021-05", "one", nil)
	if Same(&month, &month, 0) {
		t.Error("Same on a month-only date = true, want false")
	}
}

func TestGroup(t *testing.T) {
	bare := report("a1", "192", "2021-05-12", "Troops crossed the border.", nil)
	located := report("a2", "192", "2021-05-12", "Troops crossed near Goris.", goris)
	copied := report("a3", "192", "2021-05-12", "Troops crossed near Goris!", goris)
	got := Group([]annals.Event{bare, located, copied})
	if got.ID != located.ID || got.Mentions != 2 || len(got.Sources) != 3 {
		t.Errorf("Group: representative %s, %d mentions, %d sources; want a2, 2, 3", got.ID, got.Mentions, len(got.Sources))
	}
}
