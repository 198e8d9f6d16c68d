package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/store/storetest"
)

func open(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s *Store, a *annals.Article, events []annals.Event, version string) annals.PutResult {
	t.Helper()
	r, err := s.PutArticle(context.Background(), a, events, version)
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	return r
}

// newStore makes a fresh database file for the shared suite.
func newStore(t testing.TB) func(testing.TB) annals.Store {
	path := filepath.Join(t.TempDir(), "annals.db")
	return func(t testing.TB) annals.Store {
		t.Helper()
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
}

// TestStore runs the behavioural tests that store/postgres runs too.
func TestStore(t *testing.T) {
	storetest.Run(t, newStore)
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	f := storetest.Fixture()[0]
	put(t, s, &f.A, f.Events, "v1")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// The migrations create tables without IF NOT EXISTS: applying one again would fail.
	s = open(t, path)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.schemaVersion(ctx); err != nil || v != len(ms) {
		t.Errorf("schema version after reopening: got %d, %v, want %d", v, err, len(ms))
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode: got %q, %v, want wal", mode, err)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys: got %d, %v, want 1", fk, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "annals.db")
	s := open(t, path)
	if _, err := s.db.ExecContext(ctx, "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Error("Open of a database with a newer schema: got no error, want one")
	}
}

func TestFTS5(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
	var on bool
	if err := s.db.QueryRow("SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&on); err != nil || !on {
		t.Errorf("ENABLE_FTS5: got %v, %v, want true", on, err)
	}
}

func TestPathWithQueryCharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a?b%20c#d.db")
	s := open(t, path)
	put(t, s, &annals.Article{ID: "x", Text: "x"}, nil, "v1")
	s.Close()
	if _, _, err := open(t, path).Article(context.Background(), "x"); err != nil {
		t.Errorf("Article(x) after reopening %s: %v", path, err)
	}
}

// BenchmarkPutArticle stores articles of 8 events spread over a year and 20 dyads, as a
// news stream is.
func BenchmarkPutArticle(b *testing.B) {
	storetest.BenchPut(b, open(b, filepath.Join(b.TempDir(), "annals.db")), false)
}

// BenchmarkPutArticleOneEvent stores reports that all share one day and dyad: the worst
// case of finding earlier reports of the same event.
func BenchmarkPutArticleOneEvent(b *testing.B) {
	storetest.BenchPut(b, open(b, filepath.Join(b.TempDir(), "annals.db")), true)
}
