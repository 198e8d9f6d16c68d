package postgres

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/annals-org/annals"
)

var (
	_ annals.Store    = (*Store)(nil)
	_ annals.JobStore = (*Store)(nil)
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is an annals.Store in a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
}

// IsDSN reports whether s names a PostgreSQL database (a postgres:// or postgresql://
// URL) rather than a file.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database of dsn and brings its schema up to date. The pool's size
// and timeouts can be set in the DSN (pool_max_conns, pool_max_conn_idle_time, ...).
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "annals"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres %s@%s/%s: %w", cfg.ConnConfig.User, cfg.ConnConfig.Host, cfg.ConnConfig.Database, err)
	}
	return &Store{pool: pool}, nil
}

// Close closes the pool, waiting for the connections in use to be returned.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.pool.Ping(ctx) }

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order, numbered from 1 without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil || v != len(ms)+1 {
			return nil, fmt.Errorf("migration %s: want version %d", base, len(ms)+1)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	return ms, nil
}

// Advisory lock classes (the first key of pg_advisory_xact_lock(int, int)).
const (
	lockMigrate = 1 // the schema, while migrations are applied
	lockText    = 2 // one content hash, while an article is stored
	lockEvent   = 3 // one day, dyad and CAMEO root, while events join clusters
)

// migrate applies the migrations the database has not had, in one transaction under an
// advisory lock, so that processes starting together apply each once.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, 0)`, lockMigrate); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS annals_schema (version integer NOT NULL)`); err != nil {
			return err
		}
		var have int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM annals_schema`).Scan(&have); err != nil {
			return err
		}
		if have > len(ms) {
			return fmt.Errorf("schema version %d is newer than this program's %d", have, len(ms))
		}
		for _, m := range ms[have:] {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO annals_schema (version) VALUES ($1)`, m.version); err != nil {
				return err
			}
		}
		return nil
	})
}

// SchemaVersion returns the number of migrations applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM annals_schema`).Scan(&v)
	return v, err
}

func contentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Has implements annals.Store.
func (s *Store) Has(ctx context.Context, text, dictVersion string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = $1 AND dict_version = $2)`,
		contentHash(text), dictVersion).Scan(&ok)
	return ok, err
}

// PutArticle implements annals.Store.
func (s *Store) PutArticle(ctx context.Context, a *annals.Article, events []annals.Event, dictVersion string) (annals.PutResult, error) {
	hash := contentHash(a.Text)
	var published *string
	if !a.Published.IsZero() {
		p := a.Published.Format(time.RFC3339Nano)
		published = &p
	}
	result := annals.PutAdded
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Writers of the same text wait for each other here, so that the second finds the
		// first's row instead of failing on the unique hash.
		if err := lockKeys(ctx, tx, []lockKey{{lockText, hash}}); err != nil {
			return err
		}
		var key int64
		var have string
		err := tx.QueryRow(ctx, `SELECT key, dict_version FROM articles WHERE content_hash = $1`, hash).Scan(&key, &have)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			err = tx.QueryRow(ctx, `INSERT INTO articles (id, content_hash, published, title, url, source, text, dict_version,
				published_source, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING key`,
				a.ID, hash, published, a.Title, a.URL, a.Source, a.Text, dictVersion, a.PublishedSource, a.Language).Scan(&key)
			if err != nil {
				return err
			}
		case err != nil:
			return err
		case have == dictVersion:
			result = annals.PutUnchanged
			return nil
		default:
			result = annals.PutRecoded
			if _, err := tx.Exec(ctx, `UPDATE articles SET id = $1, published = $2, title = $3, url = $4, source = $5,
				dict_version = $6, stored_at = now(), published_source = $7, language = $8 WHERE key = $9`,
				a.ID, published, a.Title, a.URL, a.Source, dictVersion, a.PublishedSource, a.Language, key); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `DELETE FROM events WHERE article_key = $1`, key); err != nil {
				return err
			}
		}
		return insertEvents(ctx, tx, key, events)
	})
	if err != nil {
		return 0, err
	}
	return result, nil
}
