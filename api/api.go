package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/escalation"
	"github.com/annals-org/annals/merge"
)

// Coder codes one article; pipeline.Coder's Code method is one.
type Coder interface {
	Code(a *annals.Article) []annals.Event
}

// Server answers the API. Set its fields before calling Handler.
type Server struct {
	Store annals.Store
	// Coder and DictVersion serve POST /api/articles; without a Coder writes are refused.
	Coder       Coder
	DictVersion string
	// Token must be presented as "Authorization: Bearer <token>" for writes; an empty
	// Token refuses every write.
	Token string
	// MaxBody bounds a request body in bytes; default 16 MiB.
	MaxBody int64
	// MaxSeriesEvents bounds the events read for series and escalations; default 100,000.
	MaxSeriesEvents int
	// Jobs keeps posted articles as jobs for Run's workers; without it writes are refused.
	Jobs annals.JobStore
	// Workers is how many jobs Run codes at once; default half the processors, at least 1.
	Workers int
	// MaxInFlight bounds the requests served at once, beyond which a request is answered
	// 503 at once; default one per processor: with SQLite in process a request is CPU work
	// from start to end, so a second one on the same processor only doubles the wait of
	// both (tools/drill/overload.sh: at 1,000 requests/s on 2 processors, p99 of the
	// answered 31 ms with 2 at once, 56 ms with 4, 121 ms with 16, for the same throughput).
	// A store across the network (PostgreSQL) leaves the processor idle while it waits and
	// wants more: `annals serve` gives it 4 per processor. MaxCostly bounds the costly ones
	// among them (series, escalations, exports, and reading posted bodies), which hold
	// megabytes each; default half the processors, at least 1, so that cheap requests keep
	// a slot while an export streams.
	MaxInFlight, MaxCostly int
	Log                    *slog.Logger

	setup sync.Once
	wake  chan struct{} // a job was queued
}

// init sets the defaults; Handler and Run both call it.
func (s *Server) init() {
	s.setup.Do(func() {
		if s.MaxBody <= 0 {
			s.MaxBody = 16 << 20
		}
		if s.MaxSeriesEvents <= 0 {
			s.MaxSeriesEvents = 100_000
		}
		if s.Workers <= 0 {
			s.Workers = max(runtime.GOMAXPROCS(0)/2, 1)
		}
		if s.MaxInFlight <= 0 {
			s.MaxInFlight = runtime.GOMAXPROCS(0)
		}
		if s.MaxCostly <= 0 {
			s.MaxCostly = max(s.MaxInFlight/2, 1)
		}
		if s.Log == nil {
			s.Log = slog.New(slog.DiscardHandler)
		}
		s.wake = make(chan struct{}, 1)
	})
}

// Handler returns the routes of the API, guarded (see Guard) by MaxInFlight and MaxCostly.
func (s *Server) Handler() http.Handler {
	s.init()
	costly := newGate(s.MaxCostly)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /api/events", s.events)
	mux.HandleFunc("GET /api/events/{id}", s.event)
	mux.HandleFunc("GET /api/articles/{id}", s.article)
	mux.HandleFunc("POST /api/articles", costly.wrap(s.postArticle))
	mux.HandleFunc("GET /api/jobs/{id}", s.job)
	mux.HandleFunc("GET /api/series", costly.wrap(s.series))
	mux.HandleFunc("GET /api/escalations", costly.wrap(s.escalations))
	mux.HandleFunc("GET /api/actors", s.actors)
	mux.HandleFunc("GET /api/places", s.places)
	mux.HandleFunc("GET /api/alliances", s.alliances)
	mux.HandleFunc("GET /api/export", costly.wrap(s.export))
	mux.HandleFunc("GET /api/openapi.json", serveOpenAPI)
	m := newMetrics()
	mux.Handle("GET /metrics", m.handler())
	return m.instrument(mux, Guard(mux, s.MaxInFlight))
}

// httpError is an error with the status it answers.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// reply writes v as JSON, or err as {"error": ...} with its status.
func (s *Server) reply(w http.ResponseWriter, r *http.Request, v any, err error) {
	status := http.StatusOK
	if err != nil {
		var he *httpError
		switch {
		case errors.As(err, &he):
			status = he.status
		case errors.Is(err, annals.ErrNotFound):
			status = http.StatusNotFound
		case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
			status = http.StatusServiceUnavailable
		default:
			status = http.StatusInternalServerError
			s.Log.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
			err = errors.New("internal error")
		}
		v = map[string]string{"error": err.Error()}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	s.encode(w, v)
}

func (s *Server) encode(w http.ResponseWriter, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client went away; nothing to tell it
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	_, err := s.Store.Events(ctx, annals.EventQuery{Limit: 1})
	if err != nil {
		http.Error(w, "store unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok\n"))
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q, merged, err := parseEventQuery(r.URL.Query())
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	events, err := s.Store.Events(r.Context(), q)
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	if merged {
		out, err := s.mergedEvents(r.Context(), events)
		s.reply(w, r, nonNil(out), err)
		return
	}
	s.reply(w, r, nonNil(events), nil)
}

// mergedEvents turns a page of events into one merged event per real event, each with all
// its stored reports, whether or not they are on the page; the page's order is kept.
func (s *Server) mergedEvents(ctx context.Context, page []annals.Event) ([]merge.Event, error) {
	covered := make(map[string]bool, len(page))
	var out []merge.Event
	for i := range page {
		if covered[page[i].ID] {
			continue
		}
		reports, err := s.Store.Reports(ctx, page[i].ID)
		if err != nil {
			return nil, err
		}
		for _, r := range reports {
			covered[r.ID] = true
		}
		out = append(out, merge.Group(reports))
	}
	return out, nil
}

// event answers one event with its evidence, and the mentions and sources of every stored
// report of it; the fields are the event's own, not the most informative report's.
func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	e, err := s.Store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	reports, err := s.Store.Reports(r.Context(), e.ID)
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	m := merge.Group(reports)
	m.Event = e
	s.reply(w, r, m, nil)
}

// articleReply is an article with everything found in it.
type articleReply struct {
	Article annals.Article `json:"article"`
	Events  []annals.Event `json:"events"`
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	a, events, err := s.Store.Article(r.Context(), r.PathValue("id"))
	s.reply(w, r, articleReply{a, nonNil(events)}, err)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// actors answers the actors of the stored events, most events first.
func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	prefix := p.match("prefix", actorPattern, true)
	limit := p.int("limit", 1, annals.MaxLimit)
	p.unknown("prefix", "limit")
	if p.err != nil {
		s.reply(w, r, nil, p.err)
		return
	}
	out, err := s.Store.Actors(r.Context(), prefix, limit)
	s.reply(w, r, nonNil(out), err)
}

// places answers the places of the stored events, most events first.
func (s *Server) places(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	country := p.match("country", countryPattern, true)
	limit := p.int("limit", 1, annals.MaxLimit)
	p.unknown("country", "limit")
	if p.err != nil {
		s.reply(w, r, nil, p.err)
		return
	}
	out, err := s.Store.Places(r.Context(), country, limit)
	s.reply(w, r, nonNil(out), err)
}

// seriesReply holds the series of a query, and says whether the events were cut short.
type seriesReply struct {
	Series    []escalation.Series `json:"series"`
	Truncated bool                `json:"truncated"`
}

func (s *Server) series(w http.ResponseWriter, r *http.Request) {
	sel, err := parseSeriesQuery(r.URL.Query())
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	all, truncated, err := s.allSeries(r.Context(), sel)
	s.reply(w, r, seriesReply{nonNil(all), truncated}, err)
}

// escalationsReply holds the signals of a query.
type escalationsReply struct {
	Signals   []escalation.Signal `json:"signals"`
	Truncated bool                `json:"truncated"`
}

func (s *Server) escalations(w http.ResponseWriter, r *http.Request) {
	sel, err := parseSeriesQuery(r.URL.Query())
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	all, truncated, err := s.allSeries(r.Context(), sel)
	var signals []escalation.Signal
	for i := range all {
		signals = append(signals, escalation.Signals(&all[i], escalation.Options{})...)
	}
	s.reply(w, r, escalationsReply{nonNil(signals), truncated}, err)
}

// allSeries reads the outlines of the selection's events, merges reports of one event so
// that coverage does not count as escalation, and builds the series asked for.
func (s *Server) allSeries(ctx context.Context, sel seriesQuery) ([]escalation.Series, bool, error) {
	events, err := s.Store.Outlines(ctx, sel.country, sel.from, sel.to, s.MaxSeriesEvents+1)
	if err != nil {
		return nil, false, err
	}
	truncated := len(events) > s.MaxSeriesEvents
	if truncated {
		events = events[:s.MaxSeriesEvents]
	}
	merged := merge.Events(events, merge.Options{})
	records := make([]annals.Event, len(merged))
	for i := range merged {
		records[i] = merged[i].Event
	}
	var out []escalation.Series
	for _, ser := range escalation.Build(records) {
		if (sel.kind == "" || ser.Kind == sel.kind) && (sel.key == "" || ser.Key == sel.key) {
			out = append(out, ser)
		}
	}
	return out, truncated, nil
}
