package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/annals-org/annals/queue"
)

// recode publishes every stored article that was coded by other dictionaries than these,
// so that the workers recode the archive; the store replaces each one's events.
func (e *env) recode(ctx context.Context, args []string) int {
	var db *string
	q, status := e.connectQueue(ctx, "recode", args, func(fs *flag.FlagSet) {
		db = fs.String("db", "annals.db", dbUsage)
	})
	if status != 0 {
		return status
	}
	defer q.Close()
	_, version, err := loadCoder()
	if err != nil {
		fmt.Fprintln(e.stderr, "annals recode:", err)
		return 1
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals recode:", err)
		return 1
	}
	defer st.Close()
	n, err := publishStale(ctx, q, st, version)
	fmt.Fprintf(e.stdout, "published %d articles stored under other dictionaries than %s\n", n, version)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals recode:", err)
		return 1
	}
	return 0
}

// publishStale publishes the articles of st not coded by version, page by page. The
// message id joins the content hash and the version, so that the stream does not take a
// recoding for a repeat of the article's first submission.
func publishStale(ctx context.Context, q *queue.Queue, st recordStore, version string) (int, error) {
	var cursor int64
	n := 0
	for {
		page, next, err := st.StaleArticles(ctx, version, cursor, 1000)
		if err != nil || len(page) == 0 {
			return n, err
		}
		for i := range page {
			a := &page[i]
			if _, err := q.Publish(ctx, a, queue.ContentHash(a.Text)+":"+version); err != nil {
				return n, fmt.Errorf("article %s: %w", a.ID, err)
			}
			n++
		}
		cursor = next
	}
}
