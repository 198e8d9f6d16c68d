package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func testRoundTrip(t *testing.T, newStore New) {
	ctx := context.Background()
	s := openFixture(t, newStore)
	for _, f := range Fixture() {
		a, events, err := s.Article(ctx, f.A.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(f.A, a); diff != "" {
			t.Errorf("Article(%s) (-want +got):\n%s", f.A.ID, diff)
		}
		if diff := cmp.Diff(f.Events, events); diff != "" {
			t.Errorf("Article(%s) events (-want +got):\n%s", f.A.ID, diff)
		}
		for _, want := range f.Events {
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

func testPutArticleIdempotent(t *testing.T, newStore New) {
	ctx := context.Background()
	s := open(t, newStore)
	f := Fixture()[1]
	if got, want := put(t, s, &f.A, f.Events, "v1"), annals.PutAdded; got != want {
		t.Errorf("first PutArticle = %v, want %v", got, want)
	}
	if got, want := put(t, s, &f.A, f.Events, "v1"), annals.PutUnchanged; got != want {
		t.Errorf("second PutArticle = %v, want %v", got, want)
	}
	// The text alone identifies an article: another id changes nothing.
	other := f.A
	other.ID = "renamed"
	if got, want := put(t, s, &other, f.Events, "v1"), annals.PutUnchanged; got != want {
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

func testHas(t *testing.T, newStore New) {
	ctx := context.Background()
	s := open(t, newStore)
	f := Fixture()[1]
	check := func(text, version string, want bool) {
		t.Helper()
		got, err := s.Has(ctx, text, version)
		if err != nil || got != want {
			t.Errorf("Has(%.20q, %s) = %v, %v; want %v", text, version, got, err, want)
		}
	}
	check(f.A.Text, "v1", false)
	put(t, s, &f.A, f.Events, "v1")
	check(f.A.Text, "v1", true)
	check(f.A.Text, "v2", false) // another version recodes it
	check(f.A.Text+" ", "v1", false)
}

func testRecode(t *testing.T, newStore New) {
	ctx := context.Background()
	s := openFixture(t, newStore)
	f := Fixture()[1]
	recoded := f.Events[0]
	recoded.ID = "e2b"
	recoded.CAMEO = "111"
	recoded.Evidence = "Armenia criticised Azerbaijan."
	if got, want := put(t, s, &f.A, []annals.Event{recoded}, "v2"), annals.PutRecoded; got != want {
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
	if got, want := put(t, s, &f.A, []annals.Event{recoded}, "v2"), annals.PutUnchanged; got != want {
		t.Errorf("PutArticle again with v2 = %v, want %v", got, want)
	}
}

func testNotFound(t *testing.T, newStore New) {
	ctx := context.Background()
	s := openFixture(t, newStore)
	if _, err := s.Event(ctx, "nope"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Event(nope): got %v, want ErrNotFound", err)
	}
	if _, _, err := s.Article(ctx, "nope"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Article(nope): got %v, want ErrNotFound", err)
	}
	if _, err := s.Reports(ctx, "nope"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Reports(nope): %v, want ErrNotFound", err)
	}
}

// testReopen closes a store and opens it again: the migrations are not applied twice and
// the stored texts are still known.
func testReopen(t *testing.T, newStore New) {
	openIt := newStore(t)
	s := openIt(t)
	f := Fixture()[0]
	put(t, s, &f.A, f.Events, "v1")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openIt(t)
	defer s.Close()
	if got, want := put(t, s, &f.A, f.Events, "v1"), annals.PutUnchanged; got != want {
		t.Errorf("PutArticle after reopening = %v, want %v", got, want)
	}
}

// testConcurrentWriters checks that writers in parallel, on two handles, wait for each
// other instead of failing.
func testConcurrentWriters(t *testing.T, newStore New) {
	openIt := newStore(t)
	stores := []annals.Store{openIt(t), openIt(t)}
	for _, s := range stores {
		t.Cleanup(func() { s.Close() })
	}
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

// testConcurrentSameText stores one text from several writers at once, and reports of one
// event from several articles at once: one article is added, the rest are unchanged, and
// the reports end in one cluster, as if they had been stored one after the other.
func testConcurrentSameText(t *testing.T, newStore New) {
	openIt := newStore(t)
	stores := []annals.Store{openIt(t), openIt(t)}
	for _, s := range stores {
		t.Cleanup(func() { s.Close() })
	}
	results := make(chan annals.PutResult, 16)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			a := &annals.Article{ID: "same", Text: "one text"}
			r, err := stores[w%2].PutArticle(context.Background(), a, nil, "v1")
			if err != nil {
				t.Error(err)
			}
			results <- r
			b := &annals.Article{ID: fmt.Sprint("report", w), Text: fmt.Sprint("report ", w)}
			e := annals.Event{ID: fmt.Sprint("r", w), ArticleID: b.ID, CAMEO: "190", Date: "2021-05-12", Status: annals.Asserted,
				Source: &annals.Actor{Code: "AZEMIL", Country: "AZE"}, Target: &annals.Actor{Code: "ARM", Country: "ARM"}}
			if _, err := stores[w%2].PutArticle(context.Background(), b, []annals.Event{e}, "v1"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	close(results)
	counts := map[annals.PutResult]int{}
	for r := range results {
		counts[r]++
	}
	if counts[annals.PutAdded] != 1 || counts[annals.PutUnchanged] != 7 {
		t.Errorf("results of 8 writers of one text: %v, want 1 added and 7 unchanged", counts)
	}
	reports, err := stores[0].Reports(context.Background(), "r0")
	if err != nil || len(reports) != 8 {
		t.Errorf("Reports(r0): %d reports, %v; want 8 in one cluster", len(reports), err)
	}
}
