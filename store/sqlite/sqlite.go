package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/merge"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

var _ annals.Store = (*Store)(nil)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is an annals.Store in one SQLite file.
type Store struct {
	db          *sql.DB
	insertEvent *sql.Stmt
}

// Open opens the database file at path, creating it if need be, and brings its schema up
// to date.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	// A file: URI, so that a '?' or '%' in the path is not taken for parameters. The
	// pragmas are per connection, so they go in the DSN for the pool to apply to each;
	// immediate transactions take the write lock at BEGIN, so that two writers wait on
	// busy_timeout instead of failing when a read lock cannot be upgraded.
	dsn := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String() +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not a database file", path)
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	boundPool(db)
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	ins, err := db.PrepareContext(ctx, insertEventSQL)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &Store{db: db, insertEvent: ins}, nil
}

// Pool bounds. Every open connection holds a file descriptor and its own page cache, and
// a server under load used to open one per waiting request until it ran out of
// descriptors ("unable to open database file"); past a few connections SQLite gains
// nothing anyway, since WAL readers share the file and writers take turns.
const (
	maxOpenConns    = 8
	maxIdleConns    = 4
	maxConnIdleTime = 5 * time.Minute
)

func boundPool(db *sql.DB) {
	db.SetMaxOpenConns(maxOpenConns)
	db.SetMaxIdleConns(maxIdleConns)
	db.SetConnMaxIdleTime(maxConnIdleTime)
}

// Close checkpoints the write-ahead log into the database file and closes the database,
// so that a clean shutdown leaves one file behind, no -wal or -shm.
func (s *Store) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// TRUNCATE empties the log even when a reader of another process kept it from being
	// removed; an error only means the log stays for the next opening to replay.
	_, ckErr := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	err := errors.Join(s.insertEvent.Close(), s.db.Close())
	if err == nil && ckErr != nil {
		err = fmt.Errorf("checkpointing the log: %w", ckErr)
	}
	return err
}

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order; their file names start with their
// version, numbered from 1 without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names { // fs.Glob returns them sorted
		base := filepath.Base(name)
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

// migrate applies the migrations the database has not had, in one transaction.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Read inside the write transaction: a second process opening the file at the same
	// time waits here and then sees the migrations already applied.
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return err
	}
	if have > len(ms) {
		return fmt.Errorf("schema version %d is newer than this program's %d", have, len(ms))
	}
	for _, m := range ms[have:] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		// PRAGMA takes no parameters; the version is our own integer.
		if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// schemaVersion returns the database's PRAGMA user_version.
func (s *Store) schemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

const insertEventSQL = `INSERT INTO events (article_key, id, article_id, sentence, start, "end", evidence,
	source_code, source_country, source_role, source_text,
	target_code, target_country, target_role, target_text,
	cameo, cameo_name, goldstein, quad_class, plover, status, date,
	location_lat, location_lon, location_name, location_country,
	territory, cross_border, record, quantity_count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// Has implements annals.Store.
func (s *Store) Has(ctx context.Context, text, dictVersion string) (bool, error) {
	sum := sha256.Sum256([]byte(text))
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE content_hash = ? AND dict_version = ?`,
		hex.EncodeToString(sum[:]), dictVersion).Scan(&n)
	return n > 0, err
}

// PutArticle implements annals.Store.
func (s *Store) PutArticle(ctx context.Context, a *annals.Article, events []annals.Event, dictVersion string) (annals.PutResult, error) {
	sum := sha256.Sum256([]byte(a.Text))
	hash := hex.EncodeToString(sum[:])
	var published any
	if !a.Published.IsZero() {
		published = a.Published.Format(time.RFC3339Nano)
	}
	now := time.Now().UTC().Format(time.RFC3339)

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()

	var key int64
	var have string
	result := annals.PutAdded
	err = tx.QueryRowContext(ctx, `SELECT key, dict_version FROM articles WHERE content_hash = ?`, hash).Scan(&key, &have)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.ExecContext(ctx, `INSERT INTO articles (id, content_hash, published, title, url, source, text, dict_version, stored_at,
			published_source, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.ID, hash, published, a.Title, a.URL, a.Source, a.Text, dictVersion, now, a.PublishedSource, a.Language)
		if err != nil {
			return 0, err
		}
		if key, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	case err != nil:
		return 0, err
	case have == dictVersion:
		return annals.PutUnchanged, nil
	default:
		// Recoding: the metadata is replaced too, so that the article's id stays the
		// article_id of its new events.
		result = annals.PutRecoded
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET id = ?, published = ?, title = ?, url = ?, source = ?, dict_version = ?, stored_at = ?,
			published_source = ?, language = ? WHERE key = ?`,
			a.ID, published, a.Title, a.URL, a.Source, dictVersion, now, a.PublishedSource, a.Language, key); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE article_key = ?`, key); err != nil {
			return 0, err
		}
	}

	ins := tx.StmtContext(ctx, s.insertEvent)
	defer ins.Close()
	for i := range events {
		args, err := eventArgs(key, &events[i])
		if err != nil {
			return 0, err
		}
		res, err := ins.ExecContext(ctx, args...)
		if err != nil {
			return 0, fmt.Errorf("event %s: %w", events[i].ID, err)
		}
		eventKey, err := res.LastInsertId()
		if err != nil {
			return 0, err
		}
		if err := joinCluster(ctx, tx, key, eventKey, &events[i]); err != nil {
			return 0, fmt.Errorf("event %s: %w", events[i].ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return result, nil
}

// joinCluster gives a new event the cluster of earlier reports of the same event from
// other articles, or a cluster of its own. It joins the first cluster all of whose reports
// are the same event as it by merge.Same (complete linkage), so that an unlocated report
// cannot chain two distant places into one event. Candidates are narrowed in SQL by the
// fields that must be equal and decided in Go, so the rule lives in one place.
func joinCluster(ctx context.Context, tx *sql.Tx, articleKey, eventKey int64, e *annals.Event) error {
	cluster := eventKey
	if len(e.Date) == len(time.DateOnly) && len(e.CAMEO) >= 2 {
		rows, err := tx.QueryContext(ctx, `SELECT cluster, cameo, status, location_lat, location_lon FROM events
			WHERE date = ? AND source_code IS ? AND target_code IS ? AND substr(cameo, 1, 2) = ?
				AND article_key != ? ORDER BY key LIMIT 200`,
			e.Date, actorCode(e.Source), actorCode(e.Target), e.CAMEO[:2], articleKey)
		if err != nil {
			return err
		}
		defer rows.Close()
		var order []int64
		fits := make(map[int64]bool)
		// The columns hold all that merge.Same reads beyond what the query fixed, so the
		// stored records need not be decoded.
		other := annals.Event{Date: e.Date, Source: e.Source, Target: e.Target}
		for rows.Next() {
			var c int64
			var lat, lon sql.NullFloat64
			var status string
			if err := rows.Scan(&c, &other.CAMEO, &status, &lat, &lon); err != nil {
				return err
			}
			other.Status, other.Location = annals.Status(status), nil
			if lat.Valid && lon.Valid {
				other.Location = &annals.Location{Lat: lat.Float64, Lon: lon.Float64}
			}
			ok, seen := fits[c]
			if !seen {
				order = append(order, c)
				ok = true
			}
			fits[c] = ok && merge.Same(e, &other, 0)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		for _, c := range order {
			if fits[c] {
				cluster = c
				break
			}
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE events SET cluster = ? WHERE key = ?`, cluster, eventKey)
	return err
}

func actorCode(a *annals.Actor) any {
	if a == nil {
		return nil
	}
	return a.Code
}

// Outlines implements annals.Store. A series over 3,000 events took 196 ms when it read
// them through Events, most of it decoding records.
func (s *Store) Outlines(ctx context.Context, country, from, to string, limit int) ([]annals.Event, error) {
	if to == "" {
		to = "\uffff"
	}
	country = strings.ToUpper(country)
	rows, err := s.db.QueryContext(ctx, `SELECT id, article_id, date, status, cameo, quad_class, goldstein,
		source_code, source_country, target_code, target_country, location_lat, location_lon, territory,
		quantity_count
		FROM events WHERE date >= ? AND date <= ? AND (? = '' OR source_country = ? OR target_country = ?)
		ORDER BY date DESC, key LIMIT ?`, from, to, country, country, country, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annals.Event
	for rows.Next() {
		var e annals.Event
		var srcCode, srcCountry, tgtCode, tgtCountry sql.NullString
		var lat, lon sql.NullFloat64
		var quantities int
		if err := rows.Scan(&e.ID, &e.ArticleID, &e.Date, &e.Status, &e.CAMEO, &e.QuadClass, &e.Goldstein,
			&srcCode, &srcCountry, &tgtCode, &tgtCountry, &lat, &lon, &e.Territory, &quantities); err != nil {
			return nil, err
		}
		// Only their number: merging prefers the report with most quantities.
		e.Quantities = make([]annals.Quantity, quantities)
		if srcCode.Valid {
			e.Source = &annals.Actor{Code: srcCode.String, Country: srcCountry.String}
		}
		if tgtCode.Valid {
			e.Target = &annals.Actor{Code: tgtCode.String, Country: tgtCountry.String}
		}
		if lat.Valid && lon.Valid {
			e.Location = &annals.Location{Lat: lat.Float64, Lon: lon.Float64}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Reports implements annals.Store.
func (s *Store) Reports(ctx context.Context, id string) ([]annals.Event, error) {
	es, err := s.records(ctx, `SELECT record FROM events WHERE cluster =
		(SELECT cluster FROM events WHERE id = ? ORDER BY key DESC LIMIT 1) ORDER BY key`, id)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("event %q: %w", id, annals.ErrNotFound)
	}
	return es, nil
}

// eventArgs returns the insertEventSQL parameters of e.
func eventArgs(articleKey int64, e *annals.Event) ([]any, error) {
	record, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", e.ID, err)
	}
	actor := func(a *annals.Actor) (code, country, role, text any) {
		if a == nil {
			return nil, nil, nil, nil
		}
		return a.Code, a.Country, a.Role, a.Text
	}
	sc, sn, sr, st := actor(e.Source)
	tc, tn, tr, tt := actor(e.Target)
	var lat, lon, name, country any
	if l := e.Location; l != nil {
		lat, lon, name, country = l.Lat, l.Lon, l.Name, l.Country
	}
	return []any{articleKey, e.ID, e.ArticleID, e.Sentence, e.Start, e.End, e.Evidence,
		sc, sn, sr, st,
		tc, tn, tr, tt,
		e.CAMEO, e.CAMEOName, e.Goldstein, e.QuadClass, e.PLOVER, string(e.Status), e.Date,
		lat, lon, name, country,
		e.Territory, e.CrossBorder, string(record), len(e.Quantities)}, nil
}

// Events implements annals.Store.
func (s *Store) Events(ctx context.Context, q annals.EventQuery) ([]annals.Event, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	where, args := eventFilter(&q)
	limit, offset := q.Page()
	query := `SELECT record FROM events`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY date DESC, key LIMIT ? OFFSET ?`
	args = append(args, limit, offset)
	return s.records(ctx, query, args...)
}

// eventFilter returns the WHERE conditions and their parameters for q. The conditions are
// fixed SQL text: every value from q is a parameter.
func eventFilter(q *annals.EventQuery) (where []string, args []any) {
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if q.Actor != "" {
		p := likePrefix(q.Actor)
		add(`(source_code LIKE ? ESCAPE '\' OR target_code LIKE ? ESCAPE '\')`, p, p)
	}
	if q.Country != "" {
		c := strings.ToUpper(q.Country)
		add(`(source_country = ? OR target_country = ?)`, c, c)
	}
	if q.Dyad != "" {
		a, b, _ := strings.Cut(strings.ToUpper(q.Dyad), "-")
		add(`((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))`, a, b, b, a)
	}
	if q.CAMEO != "" {
		add(`cameo LIKE ? ESCAPE '\'`, likePrefix(q.CAMEO))
	}
	if q.PLOVER != "" {
		add(`plover = ?`, strings.ToUpper(q.PLOVER))
	}
	if q.Status != "" {
		add(`status = ?`, string(q.Status))
	}
	// A partial date (2021-05, 2021) matches when its period overlaps the range: it is
	// compared with the bound cut to its length. The plain comparisons beside are looser
	// and there for the date index.
	if q.From != "" {
		add(`date != '' AND date >= ? AND date >= substr(?, 1, length(date))`, q.From[:4], q.From)
	}
	if q.To != "" {
		add(`date != '' AND date <= ? AND date <= substr(?, 1, length(date))`, q.To, q.To)
	}
	if b := q.Box; b != nil {
		add(`location_lat BETWEEN ? AND ?`, b.MinLat, b.MaxLat)
		if b.MinLon <= b.MaxLon {
			add(`location_lon BETWEEN ? AND ?`, b.MinLon, b.MaxLon)
		} else {
			add(`(location_lon >= ? OR location_lon <= ?)`, b.MinLon, b.MaxLon)
		}
	}
	if m := ftsQuery(q.Text); m != "" {
		add(`key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, m)
	}
	return where, args
}

// likePrefix returns the LIKE pattern (with '\' as escape) of the strings starting with p.
func likePrefix(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(p) + "%"
}

// ftsQuery turns user text into an FTS5 query that matches evidence containing every word
// of it: each word is quoted as a phrase, so FTS5 operators and punctuation in the text are
// searched for as text instead of failing as syntax.
func ftsQuery(text string) string {
	var b strings.Builder
	for _, w := range strings.Fields(text) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(w, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}

// Event implements annals.Store.
func (s *Store) Event(ctx context.Context, id string) (annals.Event, error) {
	es, err := s.records(ctx, `SELECT record FROM events WHERE id = ? ORDER BY key DESC LIMIT 1`, id)
	if err != nil {
		return annals.Event{}, err
	}
	if len(es) == 0 {
		return annals.Event{}, fmt.Errorf("event %q: %w", id, annals.ErrNotFound)
	}
	return es[0], nil
}

// Article implements annals.Store.
func (s *Store) Article(ctx context.Context, id string) (annals.Article, []annals.Event, error) {
	var (
		a         annals.Article
		key       int64
		published sql.NullString
	)
	err := s.db.QueryRowContext(ctx, `SELECT key, id, published, title, url, source, text, published_source, language FROM articles
		WHERE id = ? ORDER BY key DESC LIMIT 1`, id).Scan(&key, &a.ID, &published, &a.Title, &a.URL, &a.Source, &a.Text, &a.PublishedSource, &a.Language)
	if errors.Is(err, sql.ErrNoRows) {
		return annals.Article{}, nil, fmt.Errorf("article %q: %w", id, annals.ErrNotFound)
	}
	if err != nil {
		return annals.Article{}, nil, err
	}
	if published.Valid {
		if a.Published, err = time.Parse(time.RFC3339Nano, published.String); err != nil {
			return annals.Article{}, nil, fmt.Errorf("article %q: published: %w", id, err)
		}
	}
	events, err := s.records(ctx, `SELECT record FROM events WHERE article_key = ? ORDER BY key`, key)
	if err != nil {
		return annals.Article{}, nil, err
	}
	return a, events, nil
}

// records runs a query that selects the record column and decodes the events.
func (s *Store) records(ctx context.Context, query string, args ...any) ([]annals.Event, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var events []annals.Event
	for rows.Next() {
		var record []byte
		if err := rows.Scan(&record); err != nil {
			return nil, err
		}
		var e annals.Event
		if err := json.Unmarshal(record, &e); err != nil {
			return nil, fmt.Errorf("stored event: %w", err)
		}
		events = append(events, e)
	}
	return events, rows.Err()
}

// Actors implements annals.Store.
func (s *Store) Actors(ctx context.Context, prefix string, limit int) ([]annals.ActorCount, error) {
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	rows, err := s.db.QueryContext(ctx, `SELECT code, coalesce(country, ''), coalesce(role, ''), events, first_date, last_date
		FROM actors WHERE code LIKE ? ESCAPE '\' ORDER BY events DESC, code LIMIT ?`, likePrefix(strings.ToUpper(prefix)), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annals.ActorCount
	for rows.Next() {
		var a annals.ActorCount
		if err := rows.Scan(&a.Code, &a.Country, &a.Role, &a.Events, &a.FirstDate, &a.LastDate); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Places implements annals.Store.
func (s *Store) Places(ctx context.Context, country string, limit int) ([]annals.PlaceCount, error) {
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	rows, err := s.db.QueryContext(ctx, `SELECT coalesce(name, ''), coalesce(country, ''), lat, lon, events, first_date, last_date
		FROM places WHERE ? = '' OR country = ? ORDER BY events DESC, name LIMIT ?`, strings.ToUpper(country), strings.ToUpper(country), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annals.PlaceCount
	for rows.Next() {
		var p annals.PlaceCount
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events, &p.FirstDate, &p.LastDate); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
