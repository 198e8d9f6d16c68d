package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-org/annals"
)

// TestEventsAfterEveryRowOnce pages through the store by cursor, with and without a
// filter, in pages that do not divide the number of events.
func TestEventsAfterEveryRowOnce(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
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

func TestCloseLeavesNoWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	f := fixture()[0]
	if _, err := s.PutArticle(context.Background(), &f.a, f.events, "v1"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left after Close (%v)", filepath.Base(path+suffix), err)
		}
	}
	s = open(t, path)
	if _, err := s.Event(context.Background(), f.events[0].ID); err != nil {
		t.Errorf("after reopening: %v", err)
	}
}

func TestOpenFolderNamesPath(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(context.Background(), dir)
	if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "folder") {
		t.Errorf("Open(folder): %v, want an error naming %s as a folder", err, dir)
	}
}

// TestJobsSurviveReopening keeps a job's body and progress across a restart.
func TestJobsSurviveReopening(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
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
	s.Close()

	s = open(t, path)
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
