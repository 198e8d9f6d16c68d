package api

import (
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"
)

// retryAfter is what a client refused for load is told to wait, in seconds.
const retryAfter = 1

// Guard sets the headers every response carries and bounds the requests next serves at
// once. A request beyond maxInFlight waits for a slot at most queueWait, behind at most
// as many others as there are slots; when the queue is full or the wait runs out it is
// answered 503 with Retry-After. Requests past what the machine can serve only queue up,
// each holding memory and a database connection, until latency and memory grow without
// end; a short, bounded queue absorbs the bursts of a browser page (a few requests at
// once) while a fast refusal keeps the accepted requests fast under overload and tells
// the client when to come back.
func Guard(next http.Handler, maxInFlight int) http.Handler {
	l := newLimiter(maxInFlight)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Every body is served with its declared type; a browser must not guess another
		// (a JSON reply or an exported field read as HTML).
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if !l.acquire(r.Context()) {
			refuse(w)
			return
		}
		defer l.release()
		next.ServeHTTP(w, r)
	})
}

// queueWait is the longest a request waits for a slot: a few times what a typical request
// takes, short enough that a refused client hears it at once.
const queueWait = 20 * time.Millisecond

// limiter is a counting semaphore with a bounded wait queue.
type limiter struct {
	slots    chan struct{}
	waiting  atomic.Int64
	maxQueue int64
}

func newLimiter(n int) *limiter {
	n = max(n, 1)
	return &limiter{slots: make(chan struct{}, n), maxQueue: 2 * int64(n)}
}

// acquire takes a slot, waiting for one at most queueWait when the queue has room; it
// reports whether it got one.
func (l *limiter) acquire(ctx context.Context) bool {
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	if l.waiting.Add(1) > l.maxQueue {
		l.waiting.Add(-1)
		return false
	}
	defer l.waiting.Add(-1)
	t := time.NewTimer(queueWait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

func (l *limiter) release() { <-l.slots }

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
