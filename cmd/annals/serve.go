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
	"time"

	"github.com/annals-org/annals/api"
	"github.com/annals-org/annals/store/sqlite"
	"github.com/annals-org/annals/web"
)

// serve answers the HTTP API and the web page on the stored record until ctx is cancelled.
func (e *env) serve(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	db := fs.String("db", "annals.db", "database `file`")
	tokenEnv := "ANNALS_TOKEN"
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "annals serve: unexpected arguments %q\n", fs.Args())
		return 2
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	st, err := sqlite.Open(ctx, *db)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals serve:", err)
		return 1
	}
	defer st.Close()
	srv := &api.Server{Store: st, Token: os.Getenv(tokenEnv), Log: log}
	if srv.Token != "" {
		// Writes code articles, so the dictionaries are loaded only when writes are allowed.
		coder, version, err := loadCoder()
		if err != nil {
			fmt.Fprintln(e.stderr, "annals serve:", err)
			return 1
		}
		srv.Coder, srv.DictVersion = coder, version
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals serve:", err)
		return 1
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "db", *db, "writes", srv.Token != "")
	if err := serveHTTP(ctx, ln, siteHandler(srv)); err != nil {
		fmt.Fprintln(e.stderr, "annals serve:", err)
		return 1
	}
	return 0
}

// siteHandler routes the API's paths to the API and every other path to the web page.
func siteHandler(srv *api.Server) http.Handler {
	apiHandler := srv.Handler()
	mux := http.NewServeMux()
	mux.Handle("/api/", apiHandler)
	mux.Handle("/healthz", apiHandler)
	mux.Handle("/metrics", apiHandler)
	mux.Handle("/", web.Handler())
	return mux
}

// serveHTTP serves h on ln until ctx is cancelled, then shuts down gracefully.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err = hs.Shutdown(shutdown)
	}
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
