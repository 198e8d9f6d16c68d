package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/pipeline"
)

// bench codes a corpus through the whole pipeline on one goroutine and reports sentences per
// second (so per core), events, and the process's peak memory.
func (e *env) bench(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	rounds := fs.Int("rounds", 3, "times to code the corpus (the fastest round is reported)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the coding rounds to `file`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{filepath.Join("..", "shared", "bench", "events", "acled-dev.jsonl")}
	}
	loadStart := time.Now()
	coder, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals bench:", err)
		return 1
	}
	load := time.Since(loadStart)
	var articles []annals.Article
	problems, err := ingest.ReadFiles(ctx, paths, nil, ingest.Options{}, func(a annals.Article) error {
		articles = append(articles, a)
		return nil
	})
	if err != nil {
		fmt.Fprintln(e.stderr, "annals bench:", err)
		return 1
	}
	if len(articles) == 0 {
		for _, p := range problems {
			fmt.Fprintf(e.stderr, "annals bench: %v\n", &p)
		}
		fmt.Fprintf(e.stderr, "annals bench: no articles in %s; nothing to measure (name a corpus: annals bench FILE...)\n", strings.Join(paths, " "))
		return 1
	}
	var bytes, sentences int
	for i := range articles {
		bytes += len(articles[i].Text)
		sentences += len(coder.Analyzer.Analyze(articles[i].Text).Sentences)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(e.stderr, "annals bench:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(e.stderr, "annals bench:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	best := time.Duration(1<<63 - 1)
	events := 0
	for range *rounds {
		events = 0
		start := time.Now()
		for i := range articles {
			events += len(coder.Code(&articles[i]))
		}
		best = min(best, time.Since(start))
	}
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	secs := best.Seconds()
	fmt.Fprintf(e.stdout, "corpus          %v (%d articles, %d sentences, %.1f MB, %d rejected)\n", paths, len(articles), sentences, float64(bytes)/1e6, len(problems))
	fmt.Fprintf(e.stdout, "dictionary load %v\n", load.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "coding time     %v on one goroutine (GOMAXPROCS %d), best of %d\n", best.Round(time.Millisecond), runtime.GOMAXPROCS(0), *rounds)
	fmt.Fprintf(e.stdout, "throughput      %.0f sentences/s per core, %.0f articles/s, %.2f MB/s\n", float64(sentences)/secs, float64(len(articles))/secs, float64(bytes)/1e6/secs)
	fmt.Fprintf(e.stdout, "events          %d\n", events)
	fmt.Fprintf(e.stdout, "peak memory     %.0f MB (max RSS)\n", float64(ru.Maxrss)/1024)
	return 0
}
