package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
	"github.com/annals-org/annals/queue"
)

// workerFlags are the flags of annals worker.
type workerFlags struct {
	nats, db, metrics    string
	concurrency, deliver int
	ackWait, budget      time.Duration
}

func (e *env) parseWorker(args []string) (*workerFlags, int) {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	f := &workerFlags{}
	fs.StringVar(&f.nats, "nats", "", "NATS server `URL`")
	fs.StringVar(&f.db, "db", "annals.db", dbUsage)
	fs.StringVar(&f.metrics, "metrics-addr", "127.0.0.1:9464", "serve /metrics on this `address` (\"\": not at all)")
	fs.IntVar(&f.concurrency, "concurrency", runtime.GOMAXPROCS(0), "articles coded at once")
	fs.IntVar(&f.deliver, "max-deliver", 5, "deliveries of a failing article before it goes to the dead-letter stream")
	fs.DurationVar(&f.ackWait, "ack-wait", 30*time.Second, "time after which an article a worker took and stopped reporting on is delivered again")
	fs.DurationVar(&f.budget, "article-timeout", pipeline.DefaultBudget, "give up coding an article after this long (a failure; 0: no limit)")
	if err := fs.Parse(args); err != nil {
		return nil, 2
	}
	if f.nats == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "usage: annals worker --nats URL [--db FILE|postgres://...] [--concurrency N] [--metrics-addr HOST:PORT]")
		return nil, 2
	}
	return f, 0
}

// worker codes and stores the articles of the JetStream stream until interrupted or sent
// SIGTERM; it then finishes the articles in hand and acknowledges them.
func (e *env) worker(ctx context.Context, args []string) int {
	f, status := e.parseWorker(args)
	if status != 0 {
		return status
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	coder, version, err := loadCoder()
	if err != nil {
		fmt.Fprintln(e.stderr, "annals worker:", err)
		return 1
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return e.startFailed(ctx, err)
	}
	defer st.Close()
	q, err := queue.Connect(ctx, f.nats, "annals worker", log)
	if err != nil {
		return e.startFailed(ctx, err)
	}
	defer q.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	w := &queue.Worker{Queue: q, Concurrency: f.concurrency, MaxDeliver: f.deliver, AckWait: f.ackWait, Log: log,
		Metrics: queue.NewMetrics(reg), Handle: storeArticle(st, coder, version, f.budget)}
	metricsDone, err := serveMetrics(ctx, f.metrics, reg, log)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals worker:", err)
		return 1
	}
	log.Info("working", "db", dbName(f.db), "nats", f.nats, "concurrency", f.concurrency, "dict_version", version)
	err = w.Run(ctx)
	if merr := <-metricsDone; err == nil {
		err = merr
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "annals worker:", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// startFailed reports an error met while the worker starts and returns the exit status:
// 0 when the worker was told to stop meanwhile (the error is then the stop's), else 1.
func (e *env) startFailed(ctx context.Context, err error) int {
	if ctx.Err() != nil {
		return 0
	}
	fmt.Fprintln(e.stderr, "annals worker:", err)
	return 1
}

// storeArticle is the worker's queue.Handler: it codes and stores an article as `annals
// ingest` does (the dateline's date for an undated article, an article in another
// language stored without events, one with no sentence of running text left out, a text
// stored under these dictionaries not coded again).
func storeArticle(st annals.Store, coder *pipeline.Coder, version string, budget time.Duration) queue.Handler {
	return func(ctx context.Context, a *annals.Article) (annals.PutResult, error) {
		pipeline.DateFromDateline(a)
		switch {
		case !pipeline.Accepts(a, pipeline.Languages):
			return st.PutArticle(ctx, a, nil, version)
		case !hasSentence(a.Text):
			return 0, queue.ErrSkip // not news: nothing to keep, as ingest
		}
		if ok, err := st.Has(ctx, a.Text, version); err == nil && ok {
			return annals.PutUnchanged, nil
		}
		events, err := coder.CodeWithin(ctx, a, budget)
		if err != nil {
			return 0, err
		}
		return st.PutArticle(ctx, a, events, version)
	}
}

// serveMetrics serves reg on addr's /metrics until ctx is cancelled; the channel gets the
// server's error when it has stopped. An empty addr serves nothing.
func serveMetrics(ctx context.Context, addr string, reg *prometheus.Registry, log *slog.Logger) (<-chan error, error) {
	done := make(chan error, 1)
	if addr == "" {
		done <- nil
		return done, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	log.Info("metrics", "addr", "http://"+ln.Addr().String()+"/metrics")
	go func() {
		err := serveHTTP(ctx, ln, mux)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	return done, nil
}
