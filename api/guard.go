package api

import (
	"net/http"
	"strconv"
)

// retryAfter is what a client refused for load is told to wait, in seconds.
const retryAfter = 1

// Guard sets the headers every response carries and bounds the requests next serves at
// once: a request beyond maxInFlight is answered 503 with Retry-After at once, without
// waiting. Requests past what the machine can serve only queue up, each holding memory and
// a database connection, until latency and memory grow without end; a fast refusal keeps
// the accepted ones fast and tells the client when to come back.
func Guard(next http.Handler, maxInFlight int) http.Handler {
	slots := make(chan struct{}, max(maxInFlight, 1))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Every body is served with its declared type; a browser must not guess another
		// (a JSON reply or an exported field read as HTML).
		w.Header().Set("X-Content-Type-Options", "nosniff")
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
			next.ServeHTTP(w, r)
		default:
			refuse(w)
		}
	})
}

// refuse answers a request the server has no room for.
func refuse(w http.ResponseWriter) {
	w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusServiceUnavailable)
	w.Write([]byte(`{"error":"server busy; retry after ` + strconv.Itoa(retryAfter) + ` s"}` + "\n"))
}

// gate bounds the requests of a few costly routes on top of Guard's bound, so that a burst
// of them cannot take every slot nor hold tens of megabytes each at once.
type gate chan struct{}

func newGate(n int) gate { return make(gate, max(n, 1)) }

func (g gate) wrap(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case g <- struct{}{}:
			defer func() { <-g }()
			next(w, r)
		default:
			refuse(w)
		}
	}
}
