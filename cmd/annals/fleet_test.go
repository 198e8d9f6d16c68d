package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/queue"
	"github.com/annals-org/annals/queue/natstest"
	"github.com/annals-org/annals/store/postgres"
	"github.com/annals-org/annals/store/sqlite"
)

// runCmd runs one annals command and returns its exit status and output.
func runCmd(ctx context.Context, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(ctx, args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// startWorker runs `annals worker` until the test ends.
func startWorker(t *testing.T, natsURL, db string) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if code, _, stderr := runCmd(ctx, "worker", "--nats", natsURL, "--db", db, "--metrics-addr", "", "--ack-wait", "5s"); code != 0 {
			t.Errorf("worker: exit %d\n%s", code, stderr)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
}

// waitDrained waits until the workers have acknowledged every article.
func waitDrained(t *testing.T, natsURL string) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		code, out, stderr := runCmd(context.Background(), "status", "--nats", natsURL, "--json")
		if code != 0 {
			t.Fatalf("status: %s", stderr)
		}
		var st queue.Status
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		if st.Articles.Messages == 0 && st.Consumer != nil && st.Consumer.AckPending == 0 && st.Consumer.Pending == 0 {
			return
		}
	}
	t.Fatal("the workers did not drain the stream in 60s")
}

// eventIDs returns the ids of every stored event, sorted.
func eventIDs(t *testing.T, db string) []string {
	t.Helper()
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
	var cursor int64
	for {
		page, next, err := st.EventsAfter(context.Background(), annals.EventQuery{}, cursor, annals.MaxLimit)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, e := range page {
			ids = append(ids, e.ID)
		}
		cursor = next
	}
	slices.Sort(ids)
	return ids
}

// TestSubmitWorker codes the examples through JetStream, twice over, with two workers,
// into SQLite and PostgreSQL (when a test server is given), and finds the same events as
// one `annals ingest` of them.
func TestSubmitWorker(t *testing.T) {
	want := filepath.Join(t.TempDir(), "ingest.db")
	if code, _, stderr := runCmd(context.Background(), "ingest", "--db", want, "--examples"); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	wantIDs := eventIDs(t, want)
	for _, tc := range []struct {
		name string
		db   func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "fleet.db") }},
		{"postgres", func(t *testing.T) string { return postgres.TestDSN(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := tc.db(t)
			srv := natstest.Start(t)
			startWorker(t, srv.URL(), db)
			startWorker(t, srv.URL(), db)
			for range 2 {
				code, out, stderr := runCmd(context.Background(), "submit", "--nats", srv.URL(), "--examples")
				if code != 0 || !strings.HasPrefix(out, "submitted 6 articles") {
					t.Fatalf("submit: exit %d, %q %s", code, out, stderr)
				}
			}
			waitDrained(t, srv.URL())
			if got := eventIDs(t, db); !slices.Equal(got, wantIDs) {
				t.Errorf("events through the workers: %d, want the %d of ingest", len(got), len(wantIDs))
			}
			code, out, _ := runCmd(context.Background(), "dlq", "--nats", srv.URL())
			if code != 0 || out != "" {
				t.Errorf("dlq: exit %d, %q; want no dead letter", code, out)
			}
		})
	}
}

// TestRecode stores the examples as coded by older dictionaries, and recodes them through
// the workers.
func TestRecode(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "old.db")
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	_, version, err := loadCoder()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	_, err = (&inputFlags{examples: true}).read(ctx, nil, nil, ingest.Options{}, func(a annals.Article) error {
		texts = append(texts, a.Text)
		_, err := st.PutArticle(ctx, &a, nil, "old")
		return err
	})
	st.Close()
	if err != nil || len(texts) != 6 {
		t.Fatalf("storing the examples: %d, %v", len(texts), err)
	}
	srv := natstest.Start(t)
	startWorker(t, srv.URL(), db)
	code, out, stderr := runCmd(ctx, "recode", "--nats", srv.URL(), "--db", db)
	if code != 0 || !strings.HasPrefix(out, "published 6 articles") {
		t.Fatalf("recode: exit %d, %q %s", code, out, stderr)
	}
	waitDrained(t, srv.URL())
	st, err = sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, text := range texts {
		if ok, err := st.Has(ctx, text, version); !ok || err != nil {
			t.Errorf("a text not recoded under %s: %.40q (%v)", version, text, err)
		}
	}
	if n := len(eventIDs(t, db)); n == 0 {
		t.Error("no events after recoding")
	}
	if code, out, _ := runCmd(ctx, "recode", "--nats", srv.URL(), "--db", db); code != 0 || !strings.HasPrefix(out, "published 0 articles") {
		t.Errorf("recode again: exit %d, %q; want nothing to publish", code, out)
	}
}

// TestWatchNats publishes a feed's items instead of coding them; polling again publishes
// nothing new.
func TestWatchNats(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(testFeed)) }))
	defer ts.Close()
	srv := natstest.Start(t)
	for run, want := range []string{"published=1", "published=0"} {
		code, _, stderr := runCmd(context.Background(), "watch", "--once", "--nats", srv.URL(), ts.URL+"/feed.xml")
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("run %d: exit %d, log %q; want %s", run, code, stderr, want)
		}
	}
	code, out, _ := runCmd(context.Background(), "status", "--nats", srv.URL(), "--json")
	var st queue.Status
	if code != 0 || json.Unmarshal([]byte(out), &st) != nil || st.Articles.Messages != 1 {
		t.Errorf("status: exit %d, %s; want 1 message in the stream", code, out)
	}
}
