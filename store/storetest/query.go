package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func testEvents(t *testing.T, newStore New) {
	s := openFixture(t, newStore)
	tests := []struct {
		name string
		q    annals.EventQuery
		want []string
	}{
		{"all, latest date first", annals.EventQuery{}, []string{"e1", "e2", "e3", "e4"}},
		{"actor prefix, source or target", annals.EventQuery{Actor: "RUS"}, []string{"e1", "e3"}},
		{"actor prefix in lower case", annals.EventQuery{Actor: "rus"}, []string{"e1", "e3"}},
		{"whole actor code", annals.EventQuery{Actor: "ARMGOV"}, []string{"e2", "e3"}},
		{"LIKE wildcard is literal", annals.EventQuery{Actor: "%"}, []string{}},
		{"country of target", annals.EventQuery{Country: "AZE"}, []string{"e2"}},
		{"country in lower case", annals.EventQuery{Country: "ukr"}, []string{"e1"}},
		{"country of source or target", annals.EventQuery{Country: "RUS"}, []string{"e1", "e3"}},
		{"dyad either way", annals.EventQuery{Dyad: "aze-arm"}, []string{"e2"}},
		{"cameo prefix 19", annals.EventQuery{CAMEO: "19"}, []string{"e1"}},
		{"cameo prefix 0", annals.EventQuery{CAMEO: "0"}, []string{"e3"}},
		{"cameo prefix 1", annals.EventQuery{CAMEO: "1"}, []string{"e1", "e2", "e4"}},
		{"plover", annals.EventQuery{PLOVER: "PROTEST"}, []string{"e4"}},
		{"status", annals.EventQuery{Status: annals.Planned}, []string{"e3"}},
		{"from: a month overlapping the range matches", annals.EventQuery{From: "2021-05-10"}, []string{"e1", "e2", "e3"}},
		{"from after the month", annals.EventQuery{From: "2021-06-01"}, []string{"e1"}},
		{"to", annals.EventQuery{To: "2021-05-11"}, []string{"e3"}},
		{"from and to", annals.EventQuery{From: "2021-05-01", To: "2021-05-31"}, []string{"e2", "e3"}},
		{"one day", annals.EventQuery{From: "2022-03-01", To: "2022-03-01"}, []string{"e1"}},
		{"box", annals.EventQuery{Box: &annals.Box{MinLat: 44, MinLon: 22, MaxLat: 53, MaxLon: 41}}, []string{"e1"}},
		{"box across the 180th meridian", annals.EventQuery{Box: &annals.Box{MinLat: -20, MinLon: 170, MaxLat: -10, MaxLon: -170}}, []string{"e4"}},
		{"text", annals.EventQuery{Text: "attacked"}, []string{"e1"}},
		{"text is stemmed", annals.EventQuery{Text: "attack"}, []string{"e1"}},
		{"text in two events", annals.EventQuery{Text: "troops"}, []string{"e1", "e2"}},
		{"all words in any order", annals.EventQuery{Text: "putin appeal"}, []string{"e3"}},
		{"words that are not all there", annals.EventQuery{Text: "putin troops"}, []string{}},
		{"FTS operators are words", annals.EventQuery{Text: `AND OR "NEAR"`}, []string{"e3"}},
		{"unbalanced quote", annals.EventQuery{Text: `"putin`}, []string{"e3"}},
		{"FTS syntax", annals.EventQuery{Text: `NEAR( * ^col: -x`}, []string{}},
		{"blank text does not filter", annals.EventQuery{Text: "  "}, []string{"e1", "e2", "e3", "e4"}},
		{"filters combine", annals.EventQuery{Actor: "ARMGOV", Status: annals.Asserted}, []string{"e2"}},
		{"limit", annals.EventQuery{Limit: 2}, []string{"e1", "e2"}},
		{"offset", annals.EventQuery{Offset: 3}, []string{"e4"}},
		{"limit and offset", annals.EventQuery{Limit: 1, Offset: 1}, []string{"e2"}},
		{"negative offset", annals.EventQuery{Limit: 1, Offset: -5}, []string{"e1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Events(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
				t.Errorf("Events(%+v) (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func testEventsInvalidQuery(t *testing.T, newStore New) {
	s := openFixture(t, newStore)
	for _, q := range []annals.EventQuery{
		{From: "2021/05/01"},
		{To: "2021-05"},
		{Box: &annals.Box{MinLat: 10, MaxLat: 100}},
		{Box: &annals.Box{MinLat: 20, MaxLat: 10}},
		{Box: &annals.Box{MinLon: -200}},
	} {
		if _, err := s.Events(context.Background(), q); err == nil {
			t.Errorf("Events(%+v): got no error, want one", q)
		}
	}
}

func testLimitBounds(t *testing.T, newStore New) {
	s := open(t, newStore)
	var events []annals.Event
	for i := range annals.MaxLimit + 50 {
		events = append(events, annals.Event{ID: fmt.Sprint(i), ArticleID: "big", CAMEO: "010"})
	}
	put(t, s, &annals.Article{ID: "big", Text: "big"}, events, "v1")
	for _, tt := range []struct{ limit, want int }{
		{0, annals.DefaultLimit},
		{-1, annals.DefaultLimit},
		{7, 7},
		{annals.MaxLimit + 1, annals.MaxLimit},
		{1 << 40, annals.MaxLimit},
	} {
		got, err := s.Events(context.Background(), annals.EventQuery{Limit: tt.limit})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("Events(Limit %d): got %d events, want %d", tt.limit, len(got), tt.want)
		}
	}
}

// reportsFixture stores reports of one border incident from several articles, and of
// others that are not the same event.
func reportsFixture(t *testing.T, newStore New) annals.Store {
	s := open(t, newStore)
	loc := func(lat, lon float64) *annals.Location { return &annals.Location{Lat: lat, Lon: lon} }
	report := func(article, id, cameo string, l *annals.Location) annals.Event {
		return annals.Event{
			ID: id, ArticleID: article, CAMEO: cameo, Date: "2021-05-12", Status: annals.Asserted, Location: l,
			Source: &annals.Actor{Code: "AZEMIL", Country: "AZE"}, Target: &annals.Actor{Code: "ARM", Country: "ARM"},
		}
	}
	for _, a := range []struct {
		id     string
		events []annals.Event
	}{
		{"wire", []annals.Event{report("wire", "w1", "192", loc(39.51, 46.34))}},                     // Goris
		{"paper", []annals.Event{report("paper", "p1", "190", loc(39.21, 46.41))}},                   // Kapan, 34 km away
		{"site", []annals.Event{report("site", "s1", "192", nil)}},                                   // unlocated
		{"far", []annals.Event{report("far", "f1", "192", loc(40.18, 44.51))}},                       // Yerevan, 170 km away
		{"other", []annals.Event{report("other", "o1", "112", loc(39.51, 46.34))}},                   // another root
		{"same", []annals.Event{report("same", "x1", "192", nil), report("same", "x2", "192", nil)}}, // one article
	} {
		put(t, s, &annals.Article{ID: a.id, Text: "text of " + a.id}, a.events, "v1")
	}
	return s
}

func testReports(t *testing.T, newStore New) {
	s := reportsFixture(t, newStore)
	for _, tt := range []struct {
		id   string
		want []string
	}{
		{"w1", []string{"w1", "p1", "s1", "x1", "x2"}},
		{"p1", []string{"w1", "p1", "s1", "x1", "x2"}},
		{"f1", []string{"f1"}},
		{"o1", []string{"o1"}},
	} {
		got, err := s.Reports(context.Background(), tt.id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
			t.Errorf("Reports(%s) (-want +got):\n%s", tt.id, diff)
		}
	}
}

// testOutlines checks that outlines read the columns that merging and series need.
func testOutlines(t *testing.T, newStore New) {
	s := reportsFixture(t, newStore)
	for _, q := range []struct {
		country, from, to string
		limit             int
		want              []string
	}{
		{"", "", "", 100, []string{"w1", "p1", "s1", "f1", "o1", "x1", "x2"}},
		{"arm", "2021-05-12", "2021-05-12", 100, []string{"w1", "p1", "s1", "f1", "o1", "x1", "x2"}},
		{"RUS", "", "", 100, []string{}},
		{"", "2021-05-13", "", 100, []string{}},
		{"", "", "", 2, []string{"w1", "p1"}},
	} {
		outlines, err := s.Outlines(context.Background(), q.country, q.from, q.to, q.limit)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range outlines {
			if e.Source == nil || e.Source.Code != "AZEMIL" || e.Target == nil || e.Target.Country != "ARM" || e.Status != annals.Asserted || e.CAMEO == "" {
				t.Errorf("outline %s: %+v", e.ID, e)
			}
		}
		if diff := cmp.Diff(q.want, ids(outlines)); diff != "" {
			t.Errorf("Outlines(%q, %q, %q, %d) (-want +got):\n%s", q.country, q.from, q.to, q.limit, diff)
		}
	}
	if o, err := s.Outlines(context.Background(), "", "", "", 1); err != nil || len(o) != 1 || o[0].Location == nil || o[0].Location.Lat != 39.51 {
		t.Errorf("the first outline's location: %+v, %v", o, err)
	}
}

func testActorsAndPlaces(t *testing.T, newStore New) {
	ctx := context.Background()
	s := openFixture(t, newStore)
	actors, err := s.Actors(ctx, "arm", 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []annals.ActorCount{{Code: "ARMGOV", Country: "ARM", Role: "GOV", Events: 2, FirstDate: "2021-05", LastDate: "2021-05-12"}}
	if diff := cmp.Diff(want, actors); diff != "" {
		t.Errorf("Actors(arm) (-want +got):\n%s", diff)
	}
	if all, err := s.Actors(ctx, "", 2); err != nil || len(all) != 2 || all[0].Code != "ARMGOV" {
		t.Errorf("Actors(\"\", 2) = %+v, %v; want 2, ARMGOV first", all, err)
	}
	places, err := s.Places(ctx, "fji", 10)
	if err != nil {
		t.Fatal(err)
	}
	wantPlaces := []annals.PlaceCount{{Name: "Suva", Country: "FJI", Lat: -18.14, Lon: 178.44, Events: 1}}
	if diff := cmp.Diff(wantPlaces, places); diff != "" {
		t.Errorf("Places(fji) (-want +got):\n%s", diff)
	}
	if all, err := s.Places(ctx, "", 10); err != nil || len(all) != 3 {
		t.Errorf("Places(\"\") = %+v, %v; want 3", all, err)
	}
}
