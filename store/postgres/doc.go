// Package postgres is the annals.Store (and annals.JobStore) kept in a PostgreSQL
// database, through pgx v5 and its connection pool, for a record that outgrows one SQLite
// file: several writers (annals worker processes on any machine) and several stateless
// servers share it.
//
// It behaves as store/sqlite does, and store/storetest runs the same tests on both: an
// article is identified by the SHA-256 of its text, storing it again under the same
// dictionary version changes nothing, under another one replaces its events in the same
// transaction; new events join the cluster of earlier reports of the same event from other
// articles (package merge's rule); the actors and places are views over the events.
//
// Concurrency: writers of the same text, or of events that could be reports of one
// another (same day, dyad and CAMEO root), take transaction-level advisory locks first, in
// a fixed order, so that concurrent workers give the same record as one writer would: no
// duplicate article, and clusters joined as if stored one after the other.
//
// Full-text search uses a tsvector column (Snowball English stemming, no stop words) with a
// GIN index; bounding boxes use a plain btree index on (latitude, longitude), not PostGIS.
//
// The schema is created and upgraded by the numbered migrations/*.sql files, applied in
// order under an advisory lock and counted in the annals_schema table. The schema is the
// first one of the connection's search_path, which a DSN may set (?search_path=name).
//
// It does not: code articles, fold diacritics in full-text search (SQLite's does), or
// rank full-text matches.
package postgres
