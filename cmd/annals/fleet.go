package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"

	"github.com/annals-org/annals/queue"
)

// connectQueue parses a command's flags (with --nats, and those extra registers) and
// connects to the NATS server; status is not 0 when the command must stop with it.
func (e *env) connectQueue(ctx context.Context, name string, args []string, extra func(*flag.FlagSet)) (*queue.Queue, int) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	natsURL := fs.String("nats", "", "NATS server `URL`")
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return nil, 2
	}
	if *natsURL == "" || fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "usage: annals %s --nats URL (annals %s -h for the flags)\n", name, name)
		return nil, 2
	}
	q, err := queue.Connect(ctx, *natsURL, "annals "+name, slog.New(slog.NewTextHandler(e.stderr, nil)))
	if err != nil {
		fmt.Fprintf(e.stderr, "annals %s: %v\n", name, err)
		return nil, 1
	}
	return q, 0
}

// dlq lists the dead letters as JSON lines, or replays them.
func (e *env) dlq(ctx context.Context, args []string) int {
	var replay *bool
	var limit *int
	q, status := e.connectQueue(ctx, "dlq", args, func(fs *flag.FlagSet) {
		replay = fs.Bool("replay", false, "publish the dead letters again for the workers, and remove them from the dead-letter stream")
		limit = fs.Int("limit", 0, "at most this many dead letters (0: all)")
	})
	if status != 0 {
		return status
	}
	defer q.Close()
	dead, err := q.DeadLetters(ctx, *limit)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals dlq:", err)
		return 1
	}
	enc := json.NewEncoder(e.stdout)
	for _, d := range dead {
		if *replay {
			if err := q.Replay(ctx, d); err != nil {
				fmt.Fprintln(e.stderr, "annals dlq:", err)
				return 1
			}
			continue
		}
		if err := enc.Encode(d); err != nil {
			return 1
		}
	}
	if *replay {
		fmt.Fprintf(e.stdout, "replayed %d dead letters\n", len(dead))
	}
	return 0
}

// status prints the state of the article and dead-letter streams and of the workers'
// consumer.
func (e *env) status(ctx context.Context, args []string) int {
	var asJSON *bool
	q, status := e.connectQueue(ctx, "status", args, func(fs *flag.FlagSet) {
		asJSON = fs.Bool("json", false, "print one JSON object")
	})
	if status != 0 {
		return status
	}
	defer q.Close()
	st, err := q.State(ctx)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals status:", err)
		return 1
	}
	if *asJSON {
		if err := json.NewEncoder(e.stdout).Encode(st); err != nil {
			return 1
		}
		return 0
	}
	fmt.Fprintf(e.stdout, "server     nats-server %s\n", st.JetStreamAPI)
	for _, s := range []queue.StreamState{st.Articles, st.DeadLetters} {
		fmt.Fprintf(e.stdout, "stream     %s: %d messages, %d bytes, sequences %d..%d\n", s.Name, s.Messages, s.Bytes, s.FirstSeq, s.LastSeq)
	}
	if c := st.Consumer; c != nil {
		fmt.Fprintf(e.stdout, "consumer   %s: %d pending, %d being coded (%d redelivered), %d waiting pulls, delivered to %d, acked to %d\n",
			c.Name, c.Pending, c.AckPending, c.Redelivered, c.Waiting, c.Delivered, c.AckFloor)
		fmt.Fprintf(e.stdout, "lag        %d\n", c.Pending+uint64(c.AckPending))
	} else {
		fmt.Fprintln(e.stdout, "consumer   none yet: no worker has started")
	}
	return 0
}
