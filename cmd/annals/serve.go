package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/annals-org/annals/api"
	"github.com/annals-org/annals/store/postgres"
	"github.com/annals-org/annals/web"
)

// serve answers the HTTP API and the web page on the stored record until ctx is cancelled
// or the process gets SIGTERM (main stops on an interrupt), then drains: the requests in
// flight are answered, the job workers save their progress, and the store is closed with
// its write-ahead log checkpointed into the database file.
func (e *env) serve(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	db := fs.String("db", "annals.db", dbUsage)
	create := fs.Bool("create", false, "create an empty database when there is none at --db (without it a missing database is an error)")
	inFlight := fs.Int("max-in-flight", 0, "requests served at once, beyond which a request is answered 503 at once (0: one per processor, 4 per processor on PostgreSQL)")
	tokenEnv := "ANNALS_TOKEN"
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "annals serve: unexpected arguments %q\n", fs.Args())
		return 2
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	if err := dbExists(*db); err != nil && !*create {
		fmt.Fprintf(e.stderr, "annals serve: %v; store articles with annals ingest --db %s first, or pass --create to serve an empty one\n", err, *db)
		return 1
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals serve:", err)
		return 1
	}
	if *inFlight <= 0 && postgres.IsDSN(*db) {
		// Requests wait on the network rather than on this processor (see api.Server).
		*inFlight = 4 * runtime.GOMAXPROCS(0)
	}
	srv := &api.Server{Store: st, Jobs: st, Token: os.Getenv(tokenEnv), MaxInFlight: *inFlight, Log: log}
	code := e.serveStore(ctx, srv, *addr, log)
	if err := st.Close(); err != nil {
		fmt.Fprintln(e.stderr, "annals serve: closing the store:", err)
		code = 1
	}
	log.Info("stopped", "db", dbName(*db))
	return code
}

// serveStore serves srv on addr, with its job workers, until ctx is cancelled; it returns
// once both have stopped, so that the store can be closed.
func (e *env) serveStore(ctx context.Context, srv *api.Server, addr string, log *slog.Logger) int {
	if srv.Token != "" {
		// Writes code articles, so the dictionaries are loaded only when writes are allowed.
		coder, version, err := loadCoder()
		if err != nil {
			fmt.Fprintln(e.stderr, "annals serve:", err)
			return 1
		}
		srv.Coder, srv.DictVersion = coder, version
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals serve:", err)
		return 1
	}
	// The workers stop after the server, so that a job posted while draining is queued
	// for them or, if they are gone, for the next start.
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	workers := make(chan error, 1)
	go func() { workers <- srv.Run(workCtx) }()
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "writes", srv.Token != "")
	code := 0
	if err := serveHTTP(ctx, ln, siteHandler(srv)); err != nil {
		fmt.Fprintln(e.stderr, "annals serve:", err)
		code = 1
	}
	log.Info("draining", "step", "job workers")
	stopWork()
	if err := <-workers; err != nil {
		fmt.Fprintln(e.stderr, "annals serve: jobs:", err)
		code = 1
	}
	return code
}

// siteHandler routes the API's paths to the API and every other path to the web page;
// the page's files are guarded like the API (nosniff, a bound on requests at once).
func siteHandler(srv *api.Server) http.Handler {
	apiHandler := srv.Handler()
	mux := http.NewServeMux()
	mux.Handle("/api/", apiHandler)
	mux.Handle("/healthz", apiHandler)
	mux.Handle("/metrics", apiHandler)
	mux.Handle("/", api.Guard(web.Handler(), 8*runtime.GOMAXPROCS(0)))
	return mux
}

// Timeouts of the HTTP server: a client gets this long to send its headers, its whole
// request (a body of up to 16 MiB) and to read the reply (an export extends its own
// deadline page by page); an idle kept-alive connection is closed after idleTimeout, so
// that idle clients do not hold descriptors; shutdown waits drainTimeout for requests in
// flight before cutting them.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute
	writeTimeout      = time.Minute
	idleTimeout       = time.Minute
	drainTimeout      = 10 * time.Second
)

// serveHTTP serves h on ln until ctx is cancelled, then shuts down gracefully: the
// listener closes, idle connections close, and requests in flight get drainTimeout to end.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), drainTimeout)
		defer cancel()
		if err = hs.Shutdown(shutdown); err != nil {
			// Requests still running after the drain are cut, so that none touches
			// the store after it is closed.
			err = errors.Join(fmt.Errorf("draining: %w", err), hs.Close())
		}
	}
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
