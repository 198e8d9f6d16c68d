package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/store/storetest"
)

func newStore(t testing.TB) func(testing.TB) annals.Store {
	dsn := TestDSN(t)
	return func(t testing.TB) annals.Store {
		t.Helper()
		s, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
}

// TestStore runs the behavioural tests that store/sqlite runs too.
func TestStore(t *testing.T) {
	storetest.Run(t, newStore)
}

func TestSchemaVersionAndNewerRefused(t *testing.T) {
	ctx := context.Background()
	dsn := TestDSN(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(ms) {
		t.Errorf("schema version: %d, %v; want %d", v, err, len(ms))
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO annals_schema (version) VALUES (999)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, dsn); err == nil {
		s.Close()
		t.Error("Open of a database with a newer schema: got no error, want one")
	}
}

// TestBoxUsesIndex checks that a bounding box is answered from the location index.
func TestBoxUsesIndex(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, TestDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := eventFilter(&annals.EventQuery{Box: &annals.Box{MinLat: 44, MinLon: 22, MaxLat: 53, MaxLon: 41}})
	var plan string
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query(ctx, `EXPLAIN SELECT key FROM events`+f.clause(), f.args...)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var line string
		rows.Scan(&line)
		plan += line + "\n"
	}
	if rows.Err() != nil {
		t.Fatal(rows.Err())
	}
	if !strings.Contains(plan, "events_location") {
		t.Errorf("plan of a box query does not use events_location:\n%s", plan)
	}
}

func TestIsDSN(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://u@h/db": true, "postgresql://h/db": true, "annals.db": false, "/tmp/postgres.db": false,
	} {
		if got := IsDSN(in); got != want {
			t.Errorf("IsDSN(%q) = %v, want %v", in, got, want)
		}
	}
}

func BenchmarkPutArticle(b *testing.B) {
	s, err := Open(context.Background(), TestDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.BenchPut(b, s, false)
}

func BenchmarkPutArticleOneEvent(b *testing.B) {
	s, err := Open(context.Background(), TestDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.BenchPut(b, s, true)
}
