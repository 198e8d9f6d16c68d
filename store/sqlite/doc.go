// Package sqlite is the annals.Store kept in one SQLite file, through the pure-Go driver
// modernc.org/sqlite (no cgo).
//
// Input: coded articles and their events, from annals.Store.PutArticle. An article is
// identified by the SHA-256 of its text; storing it again under a new dictionary version
// replaces its events in the same transaction.
//
// Output: events selected by annals.EventQuery (actor, country, CAMEO prefix, PLOVER
// type, status, date range, bounding box, full-text search on the evidence sentence with
// FTS5), single events and articles by id. Events come back exactly as they were stored,
// from a JSON copy of each record; the scalar columns beside it exist only to filter on.
//
// The schema is created and upgraded by the numbered migrations/*.sql files, applied in
// order and counted in PRAGMA user_version. The file is opened in WAL mode with a busy
// timeout and foreign keys on, so one writer and many readers (an ingest and a server) can
// share it.
//
// It does not: code articles, de-duplicate near-identical texts (one changed byte is a
// new article), delete articles, or rank full-text matches (events come latest date first).
package sqlite
