package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

func open(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s *Store, a *annals.Article, events []annals.Event, version string) annals.PutResult {
	t.Helper()
	r, err := s.PutArticle(context.Background(), a, events, version)
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	return r
}

// fixture is four events in three articles, chosen so that each EventQuery filter
// selects a different subset. In the store's order (latest date first) they are e1..e4.
func fixture() []struct {
	a      annals.Article
	events []annals.Event
} {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	e1 := annals.Event{
		ID: "e1", ArticleID: "a1", Sentence: 0, Start: 0, End: 69,
		Evidence:  "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday.",
		Source:    &annals.Actor{Text: "Russian troops", Code: "RUSMIL", Country: "RUS", Role: "MIL", Start: 0, End: 14},
		Target:    &annals.Actor{Text: "Ukrainian positions", Code: "UKRMIL", Country: "UKR", Role: "MIL", Start: 24, End: 43},
		CAMEO:     "190",
		CAMEOName: "Use conventional military force",
		Goldstein: -10, QuadClass: 4, PLOVER: "ASSAULT", Status: annals.Asserted,
		Date: "2022-03-01", DateText: "Tuesday", DateSource: "text",
		Location:   &annals.Location{Text: "Kharkiv", Name: "Kharkiv", Lat: 49.99, Lon: 36.23, Country: "UKR", Admin1: "Kharkivska", Feature: "city", GeonamesID: 706483},
		Territory:  "UKR",
		Quantities: []annals.Quantity{{Text: "Russian troops", Value: 1, Unit: "troops", Start: 0, End: 14}},
		Trigger:    annals.Span{Start: 15, End: 23},
	}
	e2 := annals.Event{
		ID: "e2", ArticleID: "a2", Evidence: "Armenia accused Azerbaijan of sending troops across the border.",
		Source: &annals.Actor{Text: "Armenia", Code: "ARMGOV", Country: "ARM", Role: "GOV"},
		Target: &annals.Actor{Text: "Azerbaijan", Code: "AZE", Country: "AZE"},
		CAMEO:  "112", PLOVER: "ACCUSE", Status: annals.Asserted, Date: "2021-05-12", CrossBorder: true,
	}
	e3 := annals.Event{
		ID: "e3", ArticleID: "a2", Sentence: 1, Evidence: `Pashinyan will appeal to Putin for help (AND OR "NEAR").`,
		Source: &annals.Actor{Text: "Pashinyan", Code: "ARMGOV", Country: "ARM", Role: "GOV"},
		Target: &annals.Actor{Text: "Putin", Code: "RUSGOV", Country: "RUS", Role: "GOV"},
		CAMEO:  "0232", PLOVER: "REQUEST", Status: annals.Planned, Date: "2021-05",
		Location: &annals.Location{Name: "Yerevan", Lat: 40.18, Lon: 44.51, Country: "ARM"},
	}
	e4 := annals.Event{
		ID: "e4", ArticleID: "a3", Evidence: "No protest took place in Suva.",
		CAMEO: "141", PLOVER: "PROTEST", Status: annals.Negated,
		Location: &annals.Location{Name: "Suva", Lat: -18.14, Lon: 178.44, Country: "FJI"},
	}
	return []struct {
		a      annals.Article
		events []annals.Event
	}{
		{annals.Article{ID: "a1", Published: day("2022-03-02"), Title: "Kharkiv", Text: e1.Evidence, URL: "https://example.org/a1", Source: "Example"}, []annals.Event{e1}},
		{annals.Article{ID: "a2", Text: e2.Evidence + " " + e3.Evidence}, []annals.Event{e2, e3}},
		{annals.Article{ID: "a3", Published: time.Date(2023, 1, 2, 15, 4, 5, 0, time.FixedZone("", 3600)), Text: e4.Evidence}, []annals.Event{e4}},
	}
}

func openFixture(t *testing.T) *Store {
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
	for _, f := range fixture() {
		put(t, s, &f.a, f.events, "v1")
	}
	return s
}

func ids(events []annals.Event) []string {
	out := []string{}
	for _, e := range events {
		out = append(out, e.ID)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openFixture(t)
	for _, f := range fixture() {
		a, events, err := s.Article(ctx, f.a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(f.a, a); diff != "" {
			t.Errorf("Article(%s) (-want +got):\n%s", f.a.ID, diff)
		}
		if diff := cmp.Diff(f.events, events); diff != "" {
			t.Errorf("Article(%s) events (-want +got):\n%s", f.a.ID, diff)
		}
		for _, want := range f.events {
			got, err := s.Event(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Event(%s) (-want +got):\n%s", want.ID, diff)
			}
		}
	}
}

func TestPutArticleIdempotent(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
	f := fixture()[1]
	if got, want := put(t, s, &f.a, f.events, "v1"), annals.PutAdded; got != want {
		t.Errorf("first PutArticle = %v, want %v", got, want)
	}
	if got, want := put(t, s, &f.a, f.events, "v1"), annals.PutUnchanged; got != want {
		t.Errorf("second PutArticle = %v, want %v", got, want)
	}
	// The text alone identifies an article: another id changes nothing.
	other := f.a
	other.ID = "renamed"
	if got, want := put(t, s, &other, f.events, "v1"), annals.PutUnchanged; got != want {
		t.Errorf("PutArticle of the same text under another id = %v, want %v", got, want)
	}
	events, err := s.Events(ctx, annals.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"e2", "e3"}, ids(events)); diff != "" {
		t.Errorf("stored events (-want +got):\n%s", diff)
	}
	if _, _, err := s.Article(ctx, "renamed"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Article(renamed): got %v, want ErrNotFound", err)
	}
}

func TestHas(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
	f := fixture()[1]
	check := func(text, version string, want bool) {
		t.Helper()
		got, err := s.Has(ctx, text, version)
		if err != nil || got != want {
			t.Errorf("Has(%.20q, %s) = %v, %v; want %v", text, version, got, err, want)
		}
	}
	check(f.a.Text, "v1", false)
	put(t, s, &f.a, f.events, "v1")
	check(f.a.Text, "v1", true)
	check(f.a.Text, "v2", false) // another version recodes it
	check(f.a.Text+" ", "v1", false)
}

func TestRecode(t *testing.T) {
	ctx := context.Background()
	s := openFixture(t)
	f := fixture()[1]
	recoded := f.events[0]
	recoded.ID = "e2b"
	recoded.CAMEO = "111"
	recoded.Evidence = "Armenia criticised Azerbaijan."
	if got, want := put(t, s, &f.a, []annals.Event{recoded}, "v2"), annals.PutRecoded; got != want {
		t.Errorf("PutArticle with a new dictionary version = %v, want %v", got, want)
	}
	_, events, err := s.Article(ctx, "a2")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]annals.Event{recoded}, events); diff != "" {
		t.Errorf("recoded events (-want +got):\n%s", diff)
	}
	for _, id := range []string{"e2", "e3"} {
		if _, err := s.Event(ctx, id); !errors.Is(err, annals.ErrNotFound) {
			t.Errorf("Event(%s) after recoding: got %v, want ErrNotFound", id, err)
		}
	}
	// The full-text index follows the replaced rows.
	for _, tc := range []struct {
		text string
		want []string
	}{{"accused", []string{}}, {"Putin", []string{}}, {"criticised", []string{"e2b"}}} {
		got, err := s.Events(ctx, annals.EventQuery{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, ids(got)); diff != "" {
			t.Errorf("Events(Text %q) after recoding (-want +got):\n%s", tc.text, diff)
		}
	}
	if got, want := put(t, s, &f.a, []annals.Event{recoded}, "v2"), annals.PutUnchanged; got != want {
		t.Errorf("PutArticle again with v2 = %v, want %v", got, want)
	}
}

func TestEvents(t *testing.T) {
	s := openFixture(t)
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

func TestEventsInvalidQuery(t *testing.T) {
	s := openFixture(t)
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

func TestLimitBounds(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
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

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	s := openFixture(t)
	if _, err := s.Event(ctx, "nope"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Event(nope): got %v, want ErrNotFound", err)
	}
	if _, _, err := s.Article(ctx, "nope"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Article(nope): got %v, want ErrNotFound", err)
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	f := fixture()[0]
	put(t, s, &f.a, f.events, "v1")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// The migrations create tables without IF NOT EXISTS: applying one again would fail.
	s = open(t, path)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.schemaVersion(ctx); err != nil || v != len(ms) {
		t.Errorf("schema version after reopening: got %d, %v, want %d", v, err, len(ms))
	}
	if got, want := put(t, s, &f.a, f.events, "v1"), annals.PutUnchanged; got != want {
		t.Errorf("PutArticle after reopening = %v, want %v", got, want)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode: got %q, %v, want wal", mode, err)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys: got %d, %v, want 1", fk, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "annals.db")
	s := open(t, path)
	if _, err := s.db.ExecContext(ctx, "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Error("Open of a database with a newer schema: got no error, want one")
	}
}

func TestFTS5(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
	var on bool
	if err := s.db.QueryRow("SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&on); err != nil || !on {
		t.Errorf("ENABLE_FTS5: got %v, %v, want true", on, err)
	}
}

func TestPathWithQueryCharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a?b%20c#d.db")
	s := open(t, path)
	put(t, s, &annals.Article{ID: "x", Text: "x"}, nil, "v1")
	s.Close()
	if _, _, err := open(t, path).Article(context.Background(), "x"); err != nil {
		t.Errorf("Article(x) after reopening %s: %v", path, err)
	}
}

// TestConcurrentWriters checks that writers in parallel wait for each other instead of
// failing with SQLITE_BUSY.
func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	stores := []*Store{open(t, path), open(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 4 {
		wg.Go(func() {
			for i := range 20 {
				a := &annals.Article{ID: fmt.Sprint(w, i), Text: fmt.Sprintf("text %d %d", w, i)}
				e := annals.Event{ID: a.ID, ArticleID: a.ID, Evidence: a.Text}
				if _, err := stores[w%2].PutArticle(context.Background(), a, []annals.Event{e}, "v1"); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got, err := stores[0].Events(context.Background(), annals.EventQuery{Limit: annals.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 80 {
		t.Errorf("got %d events, want 80", len(got))
	}
}

// BenchmarkPutArticle stores articles of 8 events spread over a year and 20 dyads, as a
// news stream is.
func BenchmarkPutArticle(b *testing.B) {
	benchmarkPut(b, func(i, j int) (string, string) {
		return time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*8+j)%365).Format(time.DateOnly),
			[]string{"ARM", "AZE", "RUS", "UKR", "USA"}[(i+j)%5] + []string{"MIL", "GOV", "COP", "REB"}[j%4]
	})
}

// BenchmarkPutArticleOneEvent stores reports that all share one day and dyad: the worst
// case of finding earlier reports of the same event.
func BenchmarkPutArticleOneEvent(b *testing.B) {
	benchmarkPut(b, func(i, j int) (string, string) { return "2021-05-12", "AZEMIL" })
}

func benchmarkPut(b *testing.B, vary func(i, j int) (date, source string)) {
	s := open(b, filepath.Join(b.TempDir(), "annals.db"))
	base := fixture()[0].events[0]
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		text := fmt.Sprintf("%s %d", strings.Repeat(base.Evidence+" ", 8), i)
		a := &annals.Article{ID: fmt.Sprint("b", i), Text: text}
		events := make([]annals.Event, 8)
		for j := range events {
			events[j] = base
			events[j].ID = fmt.Sprint(i, "-", j)
			events[j].ArticleID = a.ID
			date, source := vary(i, j)
			events[j].Date = date
			events[j].Source = &annals.Actor{Code: source, Country: source[:3]}
		}
		if _, err := s.PutArticle(ctx, a, events, "v1"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestReports(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "r.db"))
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
	tests := []struct {
		id   string
		want []string
	}{
		{"w1", []string{"w1", "p1", "s1", "x1", "x2"}},
		{"p1", []string{"w1", "p1", "s1", "x1", "x2"}},
		{"f1", []string{"f1"}},
		{"o1", []string{"o1"}},
	}
	for _, tt := range tests {
		got, err := s.Reports(context.Background(), tt.id)
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs []string
		for _, e := range got {
			gotIDs = append(gotIDs, e.ID)
		}
		if diff := cmp.Diff(tt.want, gotIDs); diff != "" {
			t.Errorf("Reports(%s) (-want +got):\n%s", tt.id, diff)
		}
	}
	// Outlines read the columns that merging and series need.
	for _, q := range []struct {
		country, from, to string
		limit             int
		want              []string
	}{
		{"", "", "", 100, []string{"w1", "p1", "s1", "f1", "o1", "x1", "x2"}},
		{"arm", "2021-05-12", "2021-05-12", 100, []string{"w1", "p1", "s1", "f1", "o1", "x1", "x2"}},
		{"RUS", "", "", 100, nil},
		{"", "2021-05-13", "", 100, nil},
		{"", "", "", 2, []string{"w1", "p1"}},
	} {
		outlines, err := s.Outlines(context.Background(), q.country, q.from, q.to, q.limit)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range outlines {
			got = append(got, e.ID)
			if e.Source == nil || e.Source.Code != "AZEMIL" || e.Target == nil || e.Target.Country != "ARM" || e.Status != annals.Asserted || e.CAMEO == "" {
				t.Errorf("outline %s: %+v", e.ID, e)
			}
		}
		if diff := cmp.Diff(q.want, got); diff != "" {
			t.Errorf("Outlines(%q, %q, %q, %d) (-want +got):\n%s", q.country, q.from, q.to, q.limit, diff)
		}
	}
	if o, err := s.Outlines(context.Background(), "", "", "", 1); err != nil || len(o) != 1 || o[0].Location == nil || o[0].Location.Lat != 39.51 {
		t.Errorf("the first outline's location: %+v, %v", o, err)
	}
	if _, err := s.Reports(context.Background(), "nothing"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Reports(nothing): %v, want ErrNotFound", err)
	}
}
