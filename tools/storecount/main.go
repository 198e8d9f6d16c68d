// Command storecount prints what a store holds, for the drills to compare two stores: the
// number of articles, of events, of distinct event ids, and a SHA-256 over the sorted
// event ids (equal digests: the same events, none lost and none twice).
//
//	go run ./tools/storecount --db annals.db
//	go run ./tools/storecount --db postgres://user@host/db
package main

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/store/postgres"
	"github.com/annals-org/annals/store/sqlite"
)

type store interface {
	annals.Store
	annals.Archive
}

func main() {
	db := flag.String("db", "annals.db", "a SQLite file or a postgres:// URL")
	flag.Parse()
	if err := count(context.Background(), *db); err != nil {
		fmt.Fprintln(os.Stderr, "storecount:", err)
		os.Exit(1)
	}
}

func open(ctx context.Context, db string) (store, error) {
	if postgres.IsDSN(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

func count(ctx context.Context, db string) error {
	st, err := open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	articles := 0
	var cursor int64
	for {
		// No article is coded by this version: every article is listed.
		page, next, err := st.StaleArticles(ctx, "storecount: no such version", cursor, annals.MaxLimit)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			break
		}
		articles += len(page)
		cursor = next
	}
	var ids []string
	cursor = 0
	for {
		page, next, err := st.EventsAfter(ctx, annals.EventQuery{}, cursor, annals.MaxLimit)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			break
		}
		for _, e := range page {
			ids = append(ids, e.ID)
		}
		cursor = next
	}
	slices.Sort(ids)
	h := sha256.New()
	for _, id := range ids {
		fmt.Fprintln(h, id)
	}
	fmt.Printf("articles %d events %d distinct %d digest %x\n", articles, len(ids), len(slices.Compact(slices.Clone(ids))), h.Sum(nil)[:8])
	return nil
}
