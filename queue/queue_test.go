package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/queue/natstest"
	"github.com/annals-org/annals/store/sqlite"
)

var quiet = slog.New(slog.DiscardHandler)

func connect(t *testing.T, url string) *Queue {
	t.Helper()
	q, err := Connect(context.Background(), url, "test", quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// storing is a Handler that stores articles with one event each in a SQLite store, and
// fails the articles whose id fail names while fail returns true.
func storing(t *testing.T, fail func(id string) bool) (Handler, *sqlite.Store) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return func(ctx context.Context, a *annals.Article) (annals.PutResult, error) {
		if fail != nil && fail(a.ID) {
			return 0, errors.New("refused by the test")
		}
		e := annals.Event{ID: a.ID + "-e", ArticleID: a.ID, Evidence: a.Text, CAMEO: "010"}
		return st.PutArticle(ctx, a, []annals.Event{e}, "v1")
	}, st
}

// runWorker runs w until stop is called.
func runWorker(t *testing.T, w *Worker) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("worker: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitFor polls cond until it holds or 20 seconds pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

func count(t *testing.T, st annals.Store) int {
	events, err := st.Events(context.Background(), annals.EventQuery{Limit: annals.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	return len(events)
}

func publish(t *testing.T, q *Queue, n int) {
	for i := range n {
		a := &annals.Article{ID: fmt.Sprint("a", i), Text: fmt.Sprint("text ", i), Source: "Wire Service"}
		if _, err := q.Publish(context.Background(), a, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEachArticleOnce publishes articles (one of them twice, one text under two ids),
// codes them with two workers of three loops each and a restart of the server between
// publications, and finds each text stored once and the stream empty.
func TestEachArticleOnce(t *testing.T) {
	srv := natstest.Start(t)
	q := connect(t, srv.URL())
	handle, st := storing(t, nil)
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	for range 2 {
		runWorker(t, &Worker{Queue: connect(t, srv.URL()), Handle: handle, Concurrency: 3, AckWait: 2 * time.Second, Metrics: m, Log: quiet})
	}
	publish(t, q, 20)
	if kept, err := q.Publish(context.Background(), &annals.Article{ID: "again", Text: "text 3"}, ""); err != nil || kept {
		t.Errorf("publishing a text again: kept %v, %v; want a duplicate", kept, err)
	}
	srv.Restart()
	publish(t, q, 30)
	waitFor(t, "30 stored", func() bool { return count(t, st) == 30 })
	waitFor(t, "an empty stream", func() bool {
		s, err := q.State(context.Background())
		return err == nil && s.Articles.Messages == 0 && s.Consumer != nil && s.Consumer.AckPending == 0
	})
	added := testutil.ToFloat64(m.Processed.WithLabelValues("added"))
	unchanged := testutil.ToFloat64(m.Processed.WithLabelValues("unchanged"))
	// The second publication of the first 20 texts is dropped by the stream (same message
	// ids within the window); an ack lost in the restart brings its message again, as
	// unchanged.
	if added != 30 {
		t.Errorf("processed: %v added, %v unchanged; want 30 added", added, unchanged)
	}
}

// TestDeadLetterAndReplay fails one article until it is dead-lettered with its reason,
// then replays it once the failure is gone.
func TestDeadLetterAndReplay(t *testing.T) {
	srv := natstest.Start(t)
	q := connect(t, srv.URL())
	var mu sync.Mutex
	broken := true
	handle, st := storing(t, func(id string) bool { mu.Lock(); defer mu.Unlock(); return broken && id == "a1" })
	m := NewMetrics(nil)
	runWorker(t, &Worker{Queue: connect(t, srv.URL()), Handle: handle, MaxDeliver: 2, Metrics: m, Log: quiet})
	publish(t, q, 3)
	var dead []DeadLetter
	waitFor(t, "a dead letter", func() bool {
		var err error
		dead, err = q.DeadLetters(context.Background(), 0)
		return err == nil && len(dead) == 1
	})
	d := dead[0]
	if d.ArticleID != "a1" || d.Reason != "refused by the test" || d.Deliveries != 2 || d.Subject != "annals.articles.wire_service" {
		t.Errorf("dead letter: %+v", d)
	}
	if got := testutil.ToFloat64(m.Failed); got != 2 {
		t.Errorf("failed = %v, want 2", got)
	}
	mu.Lock()
	broken = false
	mu.Unlock()
	if err := q.Replay(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "3 stored", func() bool { return count(t, st) == 3 })
	if dead, err := q.DeadLetters(context.Background(), 0); err != nil || len(dead) != 0 {
		t.Errorf("after the replay: %v, %v; want no dead letter", dead, err)
	}
}

// TestRedeliveryAfterCrash takes a message and dies without acking it: a worker gets it
// again after the ack wait.
func TestRedeliveryAfterCrash(t *testing.T) {
	srv := natstest.Start(t)
	q := connect(t, srv.URL())
	publish(t, q, 1)
	crashing := connect(t, srv.URL())
	cons, err := crashing.Consumer(context.Background(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for range batch.Messages() {
	}
	crashing.NC.Close() // no ack, no nak
	handle, st := storing(t, nil)
	m := NewMetrics(nil)
	runWorker(t, &Worker{Queue: q, Handle: handle, AckWait: time.Second, Metrics: m, Log: quiet})
	waitFor(t, "the article stored", func() bool { return count(t, st) == 1 })
	if got := testutil.ToFloat64(m.Redelivered); got != 1 {
		t.Errorf("redelivered = %v, want 1", got)
	}
}

func TestToken(t *testing.T) {
	for in, want := range map[string]string{"": "unknown", "Reuters": "reuters", "a.b c>*": "a_b_c__", "news-24_x": "news-24_x"} {
		if got := Token(in); got != want {
			t.Errorf("Token(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConnectWaitsForServer connects while the server is down, and gets through once it is
// back.
func TestConnectWaitsForServer(t *testing.T) {
	srv := natstest.Start(t)
	url := srv.URL()
	srv.Stop()
	go func() { time.Sleep(1500 * time.Millisecond); srv.Start() }()
	q := connect(t, url)
	if _, err := q.Publish(context.Background(), &annals.Article{ID: "a", Text: "a"}, ""); err != nil {
		t.Fatal(err)
	}
}

// TestSkip acknowledges an article its handler leaves out, and counts it skipped.
func TestSkip(t *testing.T) {
	srv := natstest.Start(t)
	q := connect(t, srv.URL())
	m := NewMetrics(nil)
	skip := func(context.Context, *annals.Article) (annals.PutResult, error) { return 0, ErrSkip }
	runWorker(t, &Worker{Queue: q, Handle: skip, Metrics: m, Log: quiet})
	publish(t, q, 2)
	waitFor(t, "2 skipped", func() bool { return testutil.ToFloat64(m.Processed.WithLabelValues("skipped")) == 2 })
	waitFor(t, "an empty stream", func() bool {
		s, err := q.State(context.Background())
		return err == nil && s.Articles.Messages == 0
	})
	if n := testutil.ToFloat64(m.Failed); n != 0 {
		t.Errorf("failed = %v, want 0", n)
	}
}
