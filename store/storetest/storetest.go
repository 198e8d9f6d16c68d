// Package storetest is the behavioural test suite of annals.Store implementations: one set
// of tests that store/sqlite and store/postgres both run, so that the two stores keep the
// same record, idempotence, merging, queries and jobs.
package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/annals-org/annals"
)

// New makes a fresh, empty store's backing (a file, a schema) and returns a function that
// opens it. Each call of the returned function opens another handle on the same data, so
// that tests can close and reopen a store and run two writers at once; the caller closes
// the handles it opens, and New's cleanup (t.Cleanup) removes the data.
type New func(t testing.TB) (open func(t testing.TB) annals.Store)

// Run runs every test of the suite against stores made by newStore.
func Run(t *testing.T, newStore New) {
	for _, tc := range []struct {
		name string
		test func(*testing.T, New)
	}{
		{"RoundTrip", testRoundTrip},
		{"PutArticleIdempotent", testPutArticleIdempotent},
		{"Has", testHas},
		{"Recode", testRecode},
		{"Events", testEvents},
		{"EventsInvalidQuery", testEventsInvalidQuery},
		{"LimitBounds", testLimitBounds},
		{"NotFound", testNotFound},
		{"Reopen", testReopen},
		{"ConcurrentWriters", testConcurrentWriters},
		{"ConcurrentSameText", testConcurrentSameText},
		{"Reports", testReports},
		{"Outlines", testOutlines},
		{"ActorsAndPlaces", testActorsAndPlaces},
		{"EventsAfterEveryRowOnce", testEventsAfterEveryRowOnce},
		{"ArticleProvenance", testArticleProvenance},
		{"JobsSurviveReopening", testJobsSurviveReopening},
		{"StaleArticles", testStaleArticles},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.test(t, newStore) })
	}
}

// open opens a new store and closes it when the test ends.
func open(t testing.TB, newStore New) annals.Store {
	t.Helper()
	s := newStore(t)(t)
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s annals.Store, a *annals.Article, events []annals.Event, version string) annals.PutResult {
	t.Helper()
	r, err := s.PutArticle(context.Background(), a, events, version)
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	return r
}

// Stored is an article with its events.
type Stored struct {
	A      annals.Article
	Events []annals.Event
}

// Fixture is four events in three articles, chosen so that each EventQuery filter selects
// a different subset. In the store's order (latest date first) they are e1..e4.
func Fixture() []Stored {
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
	return []Stored{
		{annals.Article{ID: "a1", Published: day("2022-03-02"), Title: "Kharkiv", Text: e1.Evidence, URL: "https://example.org/a1", Source: "Example"}, []annals.Event{e1}},
		{annals.Article{ID: "a2", Text: e2.Evidence + " " + e3.Evidence}, []annals.Event{e2, e3}},
		{annals.Article{ID: "a3", Published: time.Date(2023, 1, 2, 15, 4, 5, 0, time.FixedZone("", 3600)), Text: e4.Evidence}, []annals.Event{e4}},
	}
}

func openFixture(t *testing.T, newStore New) annals.Store {
	s := open(t, newStore)
	for _, f := range Fixture() {
		put(t, s, &f.A, f.Events, "v1")
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
