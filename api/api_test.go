package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
	"github.com/google/go-cmp/cmp"
)

const token = "test-token"

// newServer opens a real SQLite file holding the fixture articles and serves it.
func newServer(t *testing.T, coder Coder) (*httptest.Server, annals.Store) {
	t.Helper()
	ctx := context.Background()
	st := openTestStore(t)
	for _, f := range fixtures() {
		if _, err := st.PutArticle(ctx, &f.article, f.events, "v1"); err != nil {
			t.Fatal(err)
		}
	}
	srv := &Server{Store: st, Jobs: st, Coder: coder, DictVersion: "v1", Token: token, MaxBody: 1 << 20}
	ts := httptest.NewServer(srv.Handler())
	startWorkers(t, srv)
	t.Cleanup(ts.Close)
	return ts, st
}

// startWorkers runs srv's job workers until the test ends.
func startWorkers(t *testing.T, srv *Server) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

type fixture struct {
	article annals.Article
	events  []annals.Event
}

func ev(article, id, src, tgt, cameo string, quad int, date string, loc *annals.Location, evidence string) annals.Event {
	e := annals.Event{
		ID: id, ArticleID: article, Evidence: evidence, CAMEO: cameo, QuadClass: quad,
		Goldstein: -5, Status: annals.Asserted, Date: date, Location: loc,
		Source: &annals.Actor{Code: src, Country: src[:3]}, Quantities: []annals.Quantity{},
	}
	if tgt != "" {
		e.Target = &annals.Actor{Code: tgt, Country: tgt[:3]}
	}
	return e
}

var (
	goris = &annals.Location{Name: "Goris", Lat: 39.5111, Lon: 46.3417, Country: "ARM"}
	baku  = &annals.Location{Name: "Baku", Lat: 40.3777, Lon: 49.892, Country: "AZE"}
)

func fixtures() []fixture {
	published := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	a := fixture{
		article: annals.Article{ID: "wire-1", Published: published, Text: "Azerbaijani troops crossed into Syunik near Goris. Lavrov met Bayramov in Baku."},
		events: []annals.Event{
			ev("wire-1", "wire-1-e1", "AZEMIL", "ARM", "192", 4, "2021-05-12", goris, "Azerbaijani troops crossed into Syunik near Goris."),
			ev("wire-1", "wire-1-e2", "RUSGOV", "AZEGOV", "042", 1, "2021-05-13", baku, "Lavrov met Bayramov in Baku."),
		},
	}
	b := fixture{
		article: annals.Article{ID: "paper-1", Published: published, Text: "Soldiers of Azerbaijan entered Armenian land on Wednesday."},
		events: []annals.Event{
			ev("paper-1", "paper-1-e1", "AZEMIL", "ARM", "190", 4, "2021-05-12", nil, "Soldiers of Azerbaijan entered Armenian land on Wednesday."),
		},
	}
	return []fixture{a, b}
}

func get(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if v != nil && resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v in %s", url, err, body)
		}
	}
	if v != nil && resp.StatusCode != http.StatusOK {
		t.Logf("GET %s: %d %s", url, resp.StatusCode, body)
	}
	return resp.StatusCode
}

func ids(events []annals.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.ID)
	}
	slices.Sort(out)
	return out
}

func TestEventFilters(t *testing.T) {
	ts, _ := newServer(t, nil)
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"paper-1-e1", "wire-1-e1", "wire-1-e2"}},
		{"?country=arm", []string{"paper-1-e1", "wire-1-e1"}},
		{"?actor=RUS", []string{"wire-1-e2"}},
		{"?dyad=aze-rus", []string{"wire-1-e2"}},
		{"?dyad=ARM-AZE", []string{"paper-1-e1", "wire-1-e1"}},
		{"?cameo=19", []string{"paper-1-e1", "wire-1-e1"}},
		{"?from=2021-05-13&to=2021-05-13", []string{"wire-1-e2"}},
		{"?bbox=45,39,47,40", []string{"wire-1-e1"}},
		{"?q=Goris+troops", []string{"wire-1-e1"}},
		{"?status=planned", nil},
		{"?limit=1&offset=2", []string{"paper-1-e1"}}, // date descending, then storage order
	}
	for _, tt := range tests {
		var got []annals.Event
		if status := get(t, ts.URL+"/api/events"+tt.query, &got); status != http.StatusOK {
			t.Errorf("GET /api/events%s: status %d, want 200", tt.query, status)
			continue
		}
		if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
			t.Errorf("GET /api/events%s (-want +got):\n%s", tt.query, diff)
		}
	}
}

func TestEventsMerged(t *testing.T) {
	ts, _ := newServer(t, nil)
	var got []struct {
		ID       string `json:"id"`
		Mentions int    `json:"mentions"`
	}
	// With limit=1 the page holds one report; the merged event still counts both.
	for _, q := range []string{"?merged=true&cameo=19", "?merged=true&cameo=19&limit=1"} {
		if status := get(t, ts.URL+"/api/events"+q, &got); status != http.StatusOK {
			t.Fatalf("status %d", status)
		}
		if len(got) != 1 || got[0].Mentions != 2 || got[0].ID != "wire-1-e1" {
			t.Errorf("%s: got %+v, want one event wire-1-e1 with 2 mentions", q, got)
		}
	}
	var one struct {
		ID      string `json:"id"`
		Sources []struct {
			EventID string `json:"event_id"`
		} `json:"sources"`
	}
	if status := get(t, ts.URL+"/api/events/paper-1-e1", &one); status != http.StatusOK || one.ID != "paper-1-e1" || len(one.Sources) != 2 {
		t.Errorf("GET /api/events/paper-1-e1: %d %+v, want the event itself with 2 sources", status, one)
	}
}

func TestBadRequests(t *testing.T) {
	ts, _ := newServer(t, nil)
	for _, q := range []string{
		"?countri=ARM", "?from=2021-13-01", "?from=2021-05-14&to=2021-05-01", "?limit=0",
		"?limit=5000", "?offset=-1", "?bbox=1,2,3", "?bbox=0,95,1,96", "?status=rumoured",
		"?cameo=19x", "?country=AR", "?country=ARM&country=AZE", "?dyad=ARM", "?merged=perhaps",
		"?q=" + strings.Repeat("x", 201),
	} {
		var reply map[string]string
		resp, err := http.Get(ts.URL + "/api/events" + q)
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&reply)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(reply["error"], "parameter") && !strings.Contains(reply["error"], "before") {
			t.Errorf("GET /api/events%s: %d %q, want 400 naming the parameter", q, resp.StatusCode, reply["error"])
		}
	}
	if status := get(t, ts.URL+"/api/series?kind=planet", nil); status != http.StatusBadRequest {
		t.Errorf("GET /api/series?kind=planet: %d, want 400", status)
	}
}

func TestOneEventAndArticle(t *testing.T) {
	ts, _ := newServer(t, nil)
	var e annals.Event
	if status := get(t, ts.URL+"/api/events/wire-1-e1", &e); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	want := fixtures()[0].events[0]
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("GET /api/events/wire-1-e1 (-want +got):\n%s", diff)
	}
	if status := get(t, ts.URL+"/api/events/nothing", nil); status != http.StatusNotFound {
		t.Errorf("unknown event: %d, want 404", status)
	}
	var a articleReply
	if status := get(t, ts.URL+"/api/articles/wire-1", &a); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	if a.Article.Text != fixtures()[0].article.Text || len(a.Events) != 2 {
		t.Errorf("article wire-1: text %q and %d events, want the fixture and 2", a.Article.Text, len(a.Events))
	}
	if status := get(t, ts.URL+"/api/articles/nothing", nil); status != http.StatusNotFound {
		t.Errorf("unknown article: %d, want 404", status)
	}
	if status := get(t, ts.URL+"/healthz", nil); status != http.StatusOK {
		t.Errorf("/healthz: %d, want 200", status)
	}
}

func post(t *testing.T, url, auth, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestPostArticles(t *testing.T) {
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	ts, st := newServer(t, coder)
	article := `{"id":"own-1","published":"2021-05-14","text":"Armenian Prime Minister Nikol Pashinyan asked Russia for military aid on Thursday."}`

	if status, _ := post(t, ts.URL+"/api/articles", "", article); status != http.StatusUnauthorized {
		t.Errorf("no token: %d, want 401", status)
	}
	if status, _ := post(t, ts.URL+"/api/articles", "wrong", article); status != http.StatusUnauthorized {
		t.Errorf("wrong token: %d, want 401", status)
	}
	job := postJob(t, ts.URL, article+"\n{\"id\": 3}\n")
	if job.Added != 1 || job.RejectedCount != 1 || len(job.Rejected) != 1 || !strings.Contains(job.Rejected[0], "body:2") {
		t.Errorf("first post: %+v, want own-1 added and line 2 rejected", job)
	}
	if job := postJob(t, ts.URL, article); job.Unchanged != 1 || job.Stored != 1 {
		t.Errorf("second post: %+v, want own-1 unchanged", job)
	}
	_, events, err := st.Article(context.Background(), "own-1")
	if err != nil || !slices.ContainsFunc(events, func(e annals.Event) bool { return strings.HasPrefix(e.CAMEO, "02") }) {
		t.Errorf("stored own-1: %v, events %v; want an appeal (02x)", err, events)
	}
	if status, _ := post(t, ts.URL+"/api/articles", token, `{"id":"x","text":"`+strings.Repeat("a", 2<<20)+`"}`); status != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MiB body: %d, want 413", status)
	}
	if job := postJob(t, ts.URL, "not json\n"); job.Stored != 0 || job.RejectedCount != 1 {
		t.Errorf("only bad lines: %+v, want one line rejected", job)
	}
	if status, _ := post(t, ts.URL+"/api/articles", token, "\n  \n"); status != http.StatusBadRequest {
		t.Errorf("empty body: %d, want 400", status)
	}
}

func TestEscalations(t *testing.T) {
	ts, st := newServer(t, nil)
	ctx := context.Background()
	start := time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC)
	// A quiet month of one clash a day, then a day of twelve separate clashes.
	for n := range 40 {
		count := 1
		if n == 35 {
			count = 12
		}
		date := start.AddDate(0, 0, n).Format(time.DateOnly)
		a := annals.Article{ID: "day-" + date, Text: "clashes on " + date}
		var events []annals.Event
		for i := range count {
			loc := &annals.Location{Lat: 39 + float64(i), Lon: 46} // over 100 km apart: not one event
			events = append(events, ev(a.ID, fmt.Sprintf("%s-%d", a.ID, i), "AZEMIL", "ARMMIL", "190", 4, date, loc, fmt.Sprintf("clash %d", i)))
		}
		if _, err := st.PutArticle(ctx, &a, events, "v1"); err != nil {
			t.Fatal(err)
		}
	}
	var got escalationsReply
	if status := get(t, ts.URL+"/api/escalations?kind=dyad&key=ARM-AZE", &got); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	want := start.AddDate(0, 0, 35).Format(time.DateOnly)
	if len(got.Signals) != 1 || got.Signals[0].Date != want || len(got.Signals[0].EventIDs) != 12 {
		t.Errorf("got %+v, want one signal on %s with 12 events", got.Signals, want)
	}
	var series seriesReply
	if status := get(t, ts.URL+"/api/series?kind=country&key=ARM&to=2021-05-10", &series); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	if len(series.Series) != 1 || len(series.Series[0].Days) != 40 {
		t.Errorf("got %+v, want one ARM series of 40 days", series.Series)
	}
}

func TestActorsAndPlaces(t *testing.T) {
	ts, _ := newServer(t, nil)
	var actors []annals.ActorCount
	if status := get(t, ts.URL+"/api/actors", &actors); status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	var got []string
	for _, a := range actors {
		got = append(got, fmt.Sprintf("%s %d", a.Code, a.Events))
	}
	want := []string{"ARM 2", "AZEMIL 2", "AZEGOV 1", "RUSGOV 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("/api/actors (-want +got):\n%s", diff)
	}
	if status := get(t, ts.URL+"/api/actors?prefix=aze&limit=1", &actors); status != http.StatusOK || len(actors) != 1 || actors[0].Code != "AZEMIL" {
		t.Errorf("/api/actors?prefix=aze&limit=1: %d %+v, want AZEMIL alone", status, actors)
	}
	var places []annals.PlaceCount
	if status := get(t, ts.URL+"/api/places?country=ARM", &places); status != http.StatusOK || len(places) != 1 || places[0].Name != "Goris" || places[0].Events != 1 {
		t.Errorf("/api/places?country=ARM: %d %+v, want Goris with 1 event", status, places)
	}
	for _, q := range []string{"/api/actors?limit=0", "/api/actors?prefix=a%25", "/api/places?country=ARMENIA", "/api/places?near=1"} {
		if status := get(t, ts.URL+q, nil); status != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", q, status)
		}
	}
}
