package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/feed"
	"github.com/annals-org/annals/pipeline"
	"github.com/annals-org/annals/queue"
)

// watch polls feeds on a schedule, coding and storing their new items.
func (e *env) watch(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dbPath := fs.String("db", "annals.db", dbUsage)
	every := fs.Duration("every", 15*time.Minute, "time between polls of each feed")
	once := fs.Bool("once", false, "poll each feed once and exit")
	fetch := fs.Bool("fetch", false, "code the page each item links to when it is longer than the item's summary")
	natsURL := fs.String("nats", "", "publish the items to this NATS server's JetStream stream for `annals worker` instead of coding them here")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || *every < time.Minute {
		fmt.Fprintln(e.stderr, "usage: annals watch [--db PATH | --nats URL] [--every DURATION (at least 1m)] [--fetch] [--once] URL...")
		return 2
	}
	w := &watcher{reader: &feed.Reader{FetchPages: *fetch}, log: slog.New(slog.NewTextHandler(e.stderr, nil))}
	closeAll, err := w.open(ctx, *dbPath, *natsURL)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals watch:", err)
		return 1
	}
	defer closeAll()
	failed := false
	for {
		for _, url := range fs.Args() {
			if err := w.poll(ctx, url); err != nil {
				failed = true
				w.log.Warn("feed", "url", url, "err", err)
			}
		}
		if *once || ctx.Err() != nil {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(*every):
		}
	}
	if *once && failed {
		return 1
	}
	return 0
}

// watcher codes and stores the items of feeds, or publishes them to the queue.
type watcher struct {
	reader  *feed.Reader
	coder   *pipeline.Coder
	store   annals.Store
	version string
	queue   *queue.Queue // when set, items are published, not coded
	log     *slog.Logger
}

// open gives the watcher its queue, when natsURL is set, or its coder and store, and
// returns what closes them.
func (w *watcher) open(ctx context.Context, db, natsURL string) (func(), error) {
	if natsURL != "" {
		q, err := queue.Connect(ctx, natsURL, "annals watch", w.log)
		if err != nil {
			return nil, err
		}
		w.queue = q
		return func() { q.Close() }, nil
	}
	coder, version, err := loadCoder()
	if err != nil {
		return nil, err
	}
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, err
	}
	w.coder, w.store, w.version = coder, store, version
	return func() { store.Close() }, nil
}

// publish puts a feed's items on the queue; the stream drops those published within its
// duplicate window, and the workers acknowledge stored ones unchanged.
func (w *watcher) publish(ctx context.Context, url string, articles []annals.Article) error {
	kept := 0
	for i := range articles {
		ok, err := w.queue.Publish(ctx, &articles[i], "")
		if err != nil {
			return fmt.Errorf("publishing item %s: %w", articles[i].ID, err)
		}
		if ok {
			kept++
		}
	}
	w.log.Info("feed polled", "url", url, "items", len(articles), "published", kept, "duplicates", len(articles)-kept)
	return nil
}

// poll reads one feed and stores its items; the store's content hash makes items seen
// before cost a lookup and nothing more. A failing feed is an error; a bad item is logged
// and the others go on.
func (w *watcher) poll(ctx context.Context, url string) error {
	articles, problems, err := w.reader.Read(ctx, url)
	if err != nil {
		return err
	}
	for _, p := range problems {
		w.log.Warn("feed item skipped", "err", p.Error())
	}
	if w.queue != nil {
		return w.publish(ctx, url, articles)
	}
	counts := map[annals.PutResult]int{}
	events := 0
	for i := range articles {
		a := &articles[i]
		if ok, err := w.store.Has(ctx, a.Text, w.version); err == nil && ok {
			counts[annals.PutUnchanged]++ // polled before: not coded again
			continue
		}
		evs, err := w.coder.CodeWithin(ctx, a, pipeline.DefaultBudget)
		if errors.Is(err, pipeline.ErrOverBudget) {
			w.log.Warn("feed item skipped", "item", a.ID, "err", err)
			continue
		} else if err != nil {
			return err
		}
		r, err := w.store.PutArticle(ctx, a, evs, w.version)
		if err != nil {
			return fmt.Errorf("storing item %s: %w", a.ID, err)
		}
		counts[r]++
		if r != annals.PutUnchanged {
			events += len(evs)
		}
	}
	w.log.Info("feed polled", "url", url, "items", len(articles), "new", counts[annals.PutAdded],
		"recoded", counts[annals.PutRecoded], "events stored", events, "skipped", len(problems))
	return nil
}
