package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/api"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/pipeline"
	"github.com/annals-org/annals/store/sqlite"
)

// demo codes the bundled example articles into a database in a temporary folder and
// serves it like `annals serve`, until interrupted; the folder is removed on the way out.
func (e *env) demo(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "annals demo: unexpected arguments %q\n", fs.Args())
		return 2
	}
	// main stops on an interrupt only; a demo stopped by its terminal or a service manager
	// must remove its folder too.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()

	dir, err := os.MkdirTemp("", "annals-demo-")
	if err != nil {
		fmt.Fprintln(e.stderr, "annals demo:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		fmt.Fprintln(e.stderr, "annals demo:", err)
		return 1
	}
	defer st.Close()
	coder, version, err := loadCoder()
	if err != nil {
		fmt.Fprintln(e.stderr, "annals demo:", err)
		return 1
	}
	articles, events, err := storeExamples(ctx, st, coder, version)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals demo:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals demo:", err)
		return 1
	}
	fmt.Fprintf(e.stdout, "coded %d example articles into %d events\nserving the map at http://%s (interrupt to stop)\n",
		articles, events, ln.Addr())
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if err := serveHTTP(ctx, ln, siteHandler(&api.Server{Store: st, Log: log})); err != nil {
		fmt.Fprintln(e.stderr, "annals demo:", err)
		return 1
	}
	return 0
}

// storeExamples codes the bundled example articles, as `annals ingest --examples` does,
// and stores them in st.
func storeExamples(ctx context.Context, st annals.Store, coder *pipeline.Coder, version string) (articles, events int, err error) {
	in := inputFlags{examples: true}
	problems, err := codeArticles(ctx, coder, &in, nil, nil, ingest.Options{}, runtime.GOMAXPROCS(0), func(a *annals.Article, evs []annals.Event, _ codeOutcome) error {
		if _, err := st.PutArticle(ctx, a, evs, version); err != nil {
			return fmt.Errorf("storing example %s: %w", a.ID, err)
		}
		articles++
		events += len(evs)
		return nil
	})
	// The examples are part of the binary: a rejected one is a bug, not bad input.
	for _, p := range problems {
		err = errors.Join(err, fmt.Errorf("example rejected: %v", &p))
	}
	return articles, events, err
}
