package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/queue"
)

// submit publishes articles to the JetStream stream for `annals worker` to code and store.
func (e *env) submit(ctx context.Context, args []string) int {
	var natsURL *string
	fs, in, opts, status := e.parseReading("submit", args, func(fs *flag.FlagSet) {
		natsURL = fs.String("nats", "", "NATS server `URL` (nats://host:4222; comma-separated for a cluster)")
	})
	if status != 0 {
		return status
	}
	if *natsURL == "" {
		fmt.Fprintln(e.stderr, "usage: annals submit --nats URL [FILE...]")
		return 2
	}
	q, err := queue.Connect(ctx, *natsURL, "annals submit", slog.New(slog.NewTextHandler(e.stderr, nil)))
	if err != nil {
		fmt.Fprintln(e.stderr, "annals submit:", err)
		return 1
	}
	var kept, duplicates int
	problems, err := in.read(ctx, fs.Args(), e.stdin, opts, func(a annals.Article) error {
		ok, err := q.Publish(ctx, &a, "")
		if err != nil {
			return fmt.Errorf("%v: publishing article %s: %w", a.Origin, a.ID, err)
		}
		if ok {
			kept++
		} else {
			duplicates++
		}
		return nil
	})
	if cerr := q.Close(); err == nil {
		err = cerr
	}
	fmt.Fprintf(e.stdout, "submitted %d articles (%d duplicates of messages within the last %v dropped by the stream), %d rejected\n",
		kept+duplicates, duplicates, queue.DuplicateWindow, e.rejections(problems))
	return finish(e, "submit", problems, err)
}
