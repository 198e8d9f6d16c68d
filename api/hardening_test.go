package api

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
)

// postJob posts body as the writer, checks the 202 answer and waits for the job to end.
func postJob(t *testing.T, base, body string) annals.Job {
	t.Helper()
	status, reply := post(t, base+"/api/articles", token, body)
	var job annals.Job
	if status != http.StatusAccepted || json.Unmarshal([]byte(reply), &job) != nil || job.ID == "" {
		t.Fatalf("POST /api/articles: %d %s, want 202 with a job", status, reply)
	}
	return waitJob(t, base, job.ID)
}

// waitJob polls the job until it is done; the test's own timeout bounds the wait.
func waitJob(t *testing.T, base, id string) annals.Job {
	t.Helper()
	for {
		req, _ := http.NewRequest(http.MethodGet, base+"/api/jobs/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var job annals.Job
		err = json.NewDecoder(resp.Body).Decode(&job)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || err != nil {
			t.Fatalf("GET /api/jobs/%s: %d %v", id, resp.StatusCode, err)
		}
		if job.Done {
			return job
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestGuardRefusesBeyondInFlight(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	blocking := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/block" {
			entered <- struct{}{}
			<-release
		}
		w.Write([]byte("ok"))
	})
	ts := httptest.NewServer(Guard(blocking, 2))
	defer ts.Close()
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { fetch(t, ts.URL+"/block") })
		<-entered
	}
	resp, err := http.Get(ts.URL + "/free")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("third request with two in flight: %d, Retry-After %q; want 503 with Retry-After",
			resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	close(release)
	wg.Wait()
	if status, _, _ := fetch(t, ts.URL+"/free"); status != http.StatusOK {
		t.Errorf("after the others ended: %d, want 200", status)
	}
}

// A request that finds every slot taken waits a moment in a short queue: a slot freed
// within queueWait serves it; a full queue refuses at once.
func TestLimiterQueue(t *testing.T) {
	ctx := context.Background()
	l := newLimiter(1)
	if !l.acquire(ctx) {
		t.Fatal("first acquire of an empty limiter refused")
	}
	go func() {
		time.Sleep(queueWait / 4)
		l.release()
	}()
	if !l.acquire(ctx) {
		t.Fatal("a slot freed within queueWait was not given to the waiting request")
	}
	// The slot is held; fill the queue (maxQueue waiters) and check the next is refused
	// without waiting for queueWait to run out.
	l.waiting.Store(l.maxQueue)
	start := time.Now()
	if l.acquire(ctx) {
		t.Fatal("acquire with a full queue succeeded")
	}
	if waited := time.Since(start); waited >= queueWait {
		t.Errorf("refusal with a full queue waited %v, want at once", waited)
	}
	l.waiting.Store(0)
	// A waiter whose slot never frees is refused after queueWait.
	if l.acquire(ctx) {
		t.Fatal("acquire with the slot held past queueWait succeeded")
	}
	l.release()
	if !l.acquire(ctx) {
		t.Error("acquire after release refused")
	}
}

func TestNosniffOnEveryResponse(t *testing.T) {
	ts, _ := newServer(t, nil)
	for _, path := range []string{"/api/events", "/api/events/nothing", "/api/openapi.json", "/nowhere", "/healthz", "/api/export?format=csv"} {
		_, h, _ := fetch(t, ts.URL+path)
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q, want nosniff", path, got)
		}
	}
}

func TestJobRejectionsCapped(t *testing.T) {
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, coder)
	var body strings.Builder
	for range 250 {
		body.WriteString("{not json\n")
	}
	body.WriteString(`{"id":"last","text":"Police arrested 40 protesters in the capital."}` + "\n")
	job := postJob(t, ts.URL, body.String())
	if job.State != annals.JobDone || job.RejectedCount != 250 || len(job.Rejected) != annals.MaxJobRejections ||
		job.Stored != 1 || job.Lines != 251 {
		t.Errorf("job: state %s, %d rejected with %d messages, %d stored, %d lines; want done, 250 with 100, 1, 251",
			job.State, job.RejectedCount, len(job.Rejected), job.Stored, job.Lines)
	}
	// Line numbers run on across the chunks a job is coded in.
	if len(job.Rejected) == annals.MaxJobRejections && !strings.HasPrefix(job.Rejected[99], "body:100:") {
		t.Errorf("100th message %q, want it to name line 100", job.Rejected[99])
	}
}

func TestJobsOfUnknownIDOrWithoutToken(t *testing.T) {
	ts, _ := newServer(t, nil)
	if status, _, _ := fetch(t, ts.URL+"/api/jobs/nothing"); status != http.StatusUnauthorized {
		t.Errorf("no token: %d, want 401", status)
	}
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/jobs/nothing", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown job: %d, want 404", resp.StatusCode)
	}
}

// TestJobResumesAfterRestart leaves a job running in the store, as a server stopped
// mid-job does, and starts a new server on the same file.
func TestJobResumesAfterRestart(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t)
	body := `{"id":"a","text":"Police arrested 40 protesters in the capital."}` + "\n" + "{bad\n"
	job, err := st.CreateJob(ctx, []byte(body), "v1")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok, err := st.ClaimJob(ctx); !ok || err != nil {
		t.Fatalf("claim: %v %v", ok, err)
	}
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	srv := &Server{Store: st, Jobs: st, Coder: coder, DictVersion: "v1", Token: token}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	startWorkers(t, srv)
	got := waitJob(t, ts.URL, job.ID)
	if got.State != annals.JobDone || got.Stored != 1 || got.RejectedCount != 1 {
		t.Errorf("resumed job: %+v, want done with 1 stored and 1 rejected", got)
	}
}

func TestSharedArticleIDGivesDistinctEventIDs(t *testing.T) {
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	ts, st := newServer(t, coder)
	text := "Police arrested 40 protesters in the capital."
	body := fmt.Sprintf(`{"id":"same","text":%q}`+"\n"+`{"id":"same","text":%q}`+"\n", text, text+" It was Monday.")
	if job := postJob(t, ts.URL, body); job.Added != 2 {
		t.Fatalf("job: %+v, want both articles added", job)
	}
	var all []annals.Event
	if status := get(t, ts.URL+"/api/events?q=arrested", &all); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	seen := map[string]bool{}
	for _, e := range all {
		if seen[e.ID] {
			t.Errorf("event id %s is given to events of two articles", e.ID)
		}
		seen[e.ID] = true
	}
	if len(all) < 2 {
		t.Errorf("%d events, want one from each article", len(all))
	}
	if _, err := st.Event(context.Background(), all[0].ID); err != nil {
		t.Error(err)
	}
}

// TestExportEveryEventOnce exports more events than one page holds: each must come out
// exactly once across the page boundaries.
func TestExportEveryEventOnce(t *testing.T) {
	ts, st := newServer(t, nil)
	ctx := context.Background()
	want := 3 // the fixtures
	for a := range 3 {
		art := annals.Article{ID: fmt.Sprintf("bulk-%d", a), Text: fmt.Sprintf("bulk article %d", a)}
		var events []annals.Event
		for i := range 900 {
			date := time.Date(2020, 1, 1+i%28, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			events = append(events, ev(art.ID, fmt.Sprintf("%s-%d", art.ID, i), "SYRMIL", "", "190", 4, date, nil, "fighting"))
		}
		if _, err := st.PutArticle(ctx, &art, events, "v1"); err != nil {
			t.Fatal(err)
		}
		want += len(events)
	}
	status, _, body := fetch(t, ts.URL+"/api/export?format=jsonl")
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	count := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e annals.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		count[e.ID]++
	}
	if len(count) != want {
		t.Errorf("%d distinct events exported, want %d", len(count), want)
	}
	for id, n := range count {
		if n != 1 {
			t.Errorf("event %s exported %d times", id, n)
		}
	}
}

func TestRepeatedOrReversedParameters(t *testing.T) {
	ts, _ := newServer(t, nil)
	for _, q := range []string{
		"/api/export?format=csv&format=jsonl",
		"/api/events?country=ARM&country=AZE",
		"/api/series?from=2021-05-10&to=2021-05-01",
		"/api/escalations?from=2021-05-10&to=2021-05-01",
	} {
		if status, _, body := fetch(t, ts.URL+q); status != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", q, status, body)
		}
	}
	if status, _, _ := fetch(t, ts.URL+"/api/series?from=2021-05-01&to=2021-05-01"); status != http.StatusOK {
		t.Errorf("series from = to: %d, want 200", status)
	}
}
