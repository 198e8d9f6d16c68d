// Command annals turns news reports into a sourced record of political events.
//
//	annals code [--published DATE] [--input FORMAT] [FILE...]   one JSON event per line
//	annals extract [FILE...]                                    one JSON article per line, as the coder reads it
//	annals ingest [--db PATH] [FILE...]                         code and store articles
//	annals serve [--addr HOST:PORT] [--db PATH]                 the JSON API and web page on the store
//	annals demo [--addr HOST:PORT]                              the bundled examples on the web page
//	annals eval events [--bench DIR] [--floors FILE]            accuracy against shared/bench
//	annals bench [--bench DIR]                                  corpus throughput
//	annals alliances CODE [--date YYYY-MM-DD] [--with CODE]     the treaties binding a country that day
//	annals submit --nats URL [FILE...]                          publish articles to NATS JetStream
//	annals worker --nats URL [--db DSN] [--concurrency N]       code and store the published articles
//	annals dlq --nats URL [--replay]                            list or replay the articles that failed
//	annals recode --nats URL [--db DSN]                         publish the articles coded by older dictionaries
//	annals status --nats URL                                    the streams and the workers' lag
//
// With no FILE, `annals code` codes the bundled example articles.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sync"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `usage: annals <command> [arguments]

commands:
  code     code articles into events (JSON Lines on standard output)
  extract  print each input as the article the coder reads: body text, title, date and language
  times    list the time expressions of articles with their TIMEX3 values
  places   list the places of articles, resolved to coordinates
  ingest   code articles and store them with their events in a database (--db, default annals.db)
  watch    poll RSS and Atom feeds on a schedule, coding and storing new items
  serve    serve the stored events over HTTP (web page at /, JSON API under /api/; ANNALS_TOKEN enables writes)
  demo     code the bundled example articles and serve them on the web page (--addr, default 127.0.0.1:8080)
  eval     score the coder against the benchmark data (annals eval events)
  bench    measure throughput over a corpus
  dict     list the dictionaries and their sizes
  alliances  list the treaties binding a country on a day (annals alliances ARM --date 2021-05-12)
  submit   publish articles to a NATS JetStream stream (--nats URL) for workers to code
  worker   code and store the articles of the stream (--nats URL, --db FILE or postgres:// URL)
  dlq      list the articles that failed N times, or replay them (--replay)
  recode   publish the stored articles coded by older dictionaries, for the workers to recode
  status   print the streams' and the workers' consumer's state and lag

Run "annals <command> -h" for a command's flags.
`

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	slog.SetDefault(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	if code, ok := askedHelp(ctx, args, stdin, stdout); ok {
		return code
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	switch args[0] {
	case "code":
		return env.code(ctx, args[1:])
	case "extract":
		return env.extract(ctx, args[1:])
	case "times":
		return env.times(ctx, args[1:])
	case "places":
		return env.places(ctx, args[1:])
	case "watch":
		return env.watch(ctx, args[1:])
	case "serve":
		return env.serve(ctx, args[1:])
	case "ingest":
		return env.ingest(ctx, args[1:])
	case "demo":
		return env.demo(ctx, args[1:])
	case "eval":
		return env.eval(ctx, args[1:])
	case "bench":
		return env.bench(ctx, args[1:])
	case "dict":
		return env.dict(ctx, args[1:])
	case "alliances":
		return env.alliances(ctx, args[1:])
	case "submit":
		return env.submit(ctx, args[1:])
	case "worker":
		return env.worker(ctx, args[1:])
	case "dlq":
		return env.dlq(ctx, args[1:])
	case "recode":
		return env.recode(ctx, args[1:])
	case "status":
		return env.status(ctx, args[1:])
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "annals: unknown command %q\n%s", args[0], usage)
	return 2
}

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	mu       sync.Mutex // guards rejected, counted from the reading and the coding goroutines
	rejected int        // articles rejected and reported as they were met (see rejecter)
}
