package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// testEventsAfterEveryRowOnce pages through the store by cursor, with and without a
// filter, in pages that do not divide the number of events.
func testEventsAfterEveryRowOnce(t *testing.T, newStore New) {
	s := open(t, newStore)
	ctx := context.Background()
	for a := range 5 {
		art := &annals.Article{ID: fmt.Sprintf("a%d", a), Text: fmt.Sprintf("text %d", a)}
		var events []annals.Event
		for i := range 10 {
			country := "ARM"
			if i%3 == 0 {
				country = "AZE"
			}
			events = append(events, annals.Event{ID: fmt.Sprintf("a%d-e%d", a, i), ArticleID: art.ID, CAMEO: "190",
				Date: fmt.Sprintf("2021-05-%02d", 1+(a*7+i)%28), Status: annals.Asserted,
				Source: &annals.Actor{Code: country, Country: country}})
		}
		put(t, s, art, events, "v1")
	}
	for _, tc := range []struct {
		q    annals.EventQuery
		want int
	}{{annals.EventQuery{}, 50}, {annals.EventQuery{Country: "AZE"}, 20}} {
		seen := map[string]int{}
		var cursor int64
		for pages := 0; ; pages++ {
			page, next, err := s.EventsAfter(ctx, tc.q, cursor, 7)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			if next <= cursor || pages > 50 {
				t.Fatalf("cursor went from %d to %d", cursor, next)
			}
			cursor = next
			for _, e := range page {
				seen[e.ID]++
			}
		}
		if len(seen) != tc.want {
			t.Errorf("%+v: %d distinct events, want %d", tc.q, len(seen), tc.want)
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("%+v: %s returned %d times", tc.q, id, n)
			}
		}
	}
}

// testArticleProvenance checks that an article's date source and language are stored, read
// back, and replaced when the article is recoded; and that an article in a language not
// coded is stored with no events.
func testArticleProvenance(t *testing.T, newStore New) {
	ctx := context.Background()
	s := open(t, newStore)
	a := annals.Article{
		ID: "fr-1", Published: time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC), Title: "Talks",
		Text:            "Les pourparlers reprendront samedi dans la capitale, a annoncé le ministère.",
		PublishedSource: annals.PublishedPage, Language: "fr",
	}
	put(t, s, &a, nil, "v1")
	got, events, err := s.Article(ctx, "fr-1")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([2]string{"page", "fr"}, [2]string{got.PublishedSource, got.Language}); d != "" {
		t.Errorf("published_source, language (-want +got):\n%s", d)
	}
	if len(events) != 0 {
		t.Errorf("events = %v, want none", events)
	}
	a.PublishedSource = annals.PublishedInput
	put(t, s, &a, nil, "v2")
	if got, _, _ = s.Article(ctx, "fr-1"); got.PublishedSource != annals.PublishedInput {
		t.Errorf("after recoding, published_source = %q, want %q", got.PublishedSource, annals.PublishedInput)
	}
}

// testJobsSurviveReopening keeps a job's body and progress across a restart.
func testJobsSurviveReopening(t *testing.T, newStore New) {
	ctx := context.Background()
	openIt := newStore(t)
	first := openIt(t)
	s, ok := first.(annals.JobStore)
	if !ok {
		first.Close()
		t.Skip("not a JobStore")
	}
	job, err := s.CreateJob(ctx, []byte("line 1\nline 2\n"), "v1")
	if err != nil {
		t.Fatal(err)
	}
	claimed, body, ok, err := s.ClaimJob(ctx)
	if err != nil || !ok || claimed.ID != job.ID || string(body) != "line 1\nline 2\n" || claimed.State != annals.JobRunning {
		t.Fatalf("ClaimJob: %+v %q %v %v", claimed, body, ok, err)
	}
	claimed.Lines, claimed.Added = 1, 1
	claimed.Reject("body:1: bad")
	if err := s.SaveJob(ctx, &claimed); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, _ := s.ClaimJob(ctx); ok {
		t.Error("a running job was claimed twice")
	}
	first.Close()

	second := openIt(t)
	defer second.Close()
	s = second.(annals.JobStore)
	if n, err := s.RequeueJobs(ctx); n != 1 || err != nil {
		t.Fatalf("RequeueJobs: %d %v, want 1", n, err)
	}
	resumed, body, ok, err := s.ClaimJob(ctx)
	if err != nil || !ok || resumed.Lines != 1 || resumed.Stored != 1 || resumed.RejectedCount != 1 || len(body) == 0 {
		t.Fatalf("resumed: %+v %q %v %v", resumed, body, ok, err)
	}
	resumed.State = annals.JobDone
	if err := s.SaveJob(ctx, &resumed); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Job(ctx, job.ID); err != nil || !got.Done {
		t.Errorf("Job: %+v %v, want done", got, err)
	}
	if _, err := s.Job(ctx, "nothing"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("unknown job: %v, want ErrNotFound", err)
	}
}

// testStaleArticles lists the articles not coded by a version, page by page.
func testStaleArticles(t *testing.T, newStore New) {
	ctx := context.Background()
	s := openFixture(t, newStore)
	ar, ok := s.(annals.Archive)
	if !ok {
		t.Skip("not an Archive")
	}
	f := Fixture()[1]
	put(t, s, &f.A, f.Events, "v2")
	var got []string
	var cursor int64
	for range 10 {
		page, next, err := ar.StaleArticles(ctx, "v2", cursor, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		cursor = next
		for _, a := range page {
			got = append(got, a.ID)
		}
	}
	if diff := cmp.Diff([]string{"a1", "a3"}, got); diff != "" {
		t.Errorf("StaleArticles(v2) (-want +got):\n%s", diff)
	}
	page, _, err := ar.StaleArticles(ctx, "v1", 0, 10)
	if err != nil || len(page) != 1 || page[0].Text != f.A.Text {
		t.Errorf("StaleArticles(v1) = %+v, %v; want the recoded a2", page, err)
	}
	want := Fixture()[2].A
	page, _, _ = ar.StaleArticles(ctx, "v9", 0, 10)
	if len(page) != 3 || !page[2].Published.Equal(want.Published) || page[2].Text != want.Text {
		t.Errorf("StaleArticles(v9) = %+v; want 3 with a3's date and text", page)
	}
}
