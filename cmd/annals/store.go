package main

import (
	"context"
	"net/url"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/store/postgres"
	"github.com/annals-org/annals/store/sqlite"
)

// recordStore is what the commands that store events need of a store; both stores are one.
type recordStore interface {
	annals.Store
	annals.JobStore
	annals.Archive
}

var (
	_ recordStore = (*sqlite.Store)(nil)
	_ recordStore = (*postgres.Store)(nil)
)

// dbUsage is the help of every --db flag.
const dbUsage = "database: a SQLite `file`, or a postgres:// URL"

// openStore opens the store that db names: a postgres:// or postgresql:// URL is a
// PostgreSQL database, anything else a SQLite file (the default, annals.db).
func openStore(ctx context.Context, db string) (recordStore, error) {
	if postgres.IsDSN(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// dbName is db for messages: a URL without its password.
func dbName(db string) string {
	if !postgres.IsDSN(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "postgres://..."
	}
	return u.Redacted()
}
