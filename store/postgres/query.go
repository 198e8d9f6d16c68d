package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/annals-org/annals"
)

// filter builds a WHERE clause whose every value is a numbered parameter.
type filter struct {
	where []string
	args  []any
}

// add appends a condition in which each '?' stands for the next of a.
func (f *filter) add(cond string, a ...any) {
	var b strings.Builder
	for _, r := range cond {
		if r == '?' {
			f.args = append(f.args, a[0])
			a = a[1:]
			b.WriteString("$" + strconv.Itoa(len(f.args)))
			continue
		}
		b.WriteRune(r)
	}
	f.where = append(f.where, b.String())
}

// param appends a value and returns its placeholder.
func (f *filter) param(v any) string {
	f.args = append(f.args, v)
	return "$" + strconv.Itoa(len(f.args))
}

func (f *filter) clause() string {
	if len(f.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(f.where, " AND ")
}

// eventFilter returns the conditions of q, the same as store/sqlite's.
func eventFilter(q *annals.EventQuery) *filter {
	f := &filter{}
	if q.Actor != "" {
		p := likePrefix(strings.ToUpper(q.Actor))
		f.add(`(source_code LIKE ? ESCAPE '\' OR target_code LIKE ? ESCAPE '\')`, p, p)
	}
	if q.Country != "" {
		c := strings.ToUpper(q.Country)
		f.add(`(source_country = ? OR target_country = ?)`, c, c)
	}
	if q.Dyad != "" {
		a, b, _ := strings.Cut(strings.ToUpper(q.Dyad), "-")
		f.add(`((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))`, a, b, b, a)
	}
	if q.CAMEO != "" {
		f.add(`cameo LIKE ? ESCAPE '\'`, likePrefix(q.CAMEO))
	}
	if q.PLOVER != "" {
		f.add(`plover = ?`, strings.ToUpper(q.PLOVER))
	}
	if q.Status != "" {
		f.add(`status = ?`, string(q.Status))
	}
	// A partial date (2021-05, 2021) matches when its period overlaps the range.
	if q.From != "" {
		f.add(`date != '' AND date >= ? AND date >= substr(?, 1, length(date))`, q.From[:4], q.From)
	}
	if q.To != "" {
		f.add(`date != '' AND date <= ? AND date <= substr(?, 1, length(date))`, q.To, q.To)
	}
	if b := q.Box; b != nil {
		f.add(`location_lat BETWEEN ? AND ?`, b.MinLat, b.MaxLat)
		if b.MinLon <= b.MaxLon {
			f.add(`location_lon BETWEEN ? AND ?`, b.MinLon, b.MaxLon)
		} else {
			f.add(`(location_lon >= ? OR location_lon <= ?)`, b.MinLon, b.MaxLon)
		}
	}
	if strings.TrimSpace(q.Text) != "" {
		// plainto_tsquery reads words only: operators and punctuation are not syntax.
		f.add(`evidence_tsv @@ plainto_tsquery('annals_english', ?)`, q.Text)
	}
	return f
}

// likePrefix returns the LIKE pattern (with '\' as escape) of the strings starting with p.
func likePrefix(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(p) + "%"
}

// Events implements annals.Store.
func (s *Store) Events(ctx context.Context, q annals.EventQuery) ([]annals.Event, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	f := eventFilter(&q)
	limit, offset := q.Page()
	query := `SELECT record FROM events` + f.clause() +
		` ORDER BY date DESC, key LIMIT ` + f.param(limit) + ` OFFSET ` + f.param(offset)
	return s.records(ctx, query, f.args...)
}

// EventsAfter implements annals.Store. The cursor is the events table's key.
func (s *Store) EventsAfter(ctx context.Context, q annals.EventQuery, cursor int64, limit int) ([]annals.Event, int64, error) {
	if err := q.Validate(); err != nil {
		return nil, cursor, err
	}
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	f := eventFilter(&q)
	f.add(`key > ?`, cursor)
	rows, err := s.pool.Query(ctx, `SELECT key, record FROM events`+f.clause()+` ORDER BY key LIMIT `+f.param(limit), f.args...)
	if err != nil {
		return nil, cursor, err
	}
	defer rows.Close()
	events := make([]annals.Event, 0, limit)
	var record []byte
	for rows.Next() {
		if err := rows.Scan(&cursor, &record); err != nil {
			return nil, cursor, err
		}
		var e annals.Event
		if err := json.Unmarshal(record, &e); err != nil {
			return nil, cursor, fmt.Errorf("stored event: %w", err)
		}
		events = append(events, e)
	}
	return events, cursor, rows.Err()
}

// records runs a query that selects the record column and decodes the events.
func (s *Store) records(ctx context.Context, query string, args ...any) ([]annals.Event, error) {
	rows, err := s.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var events []annals.Event
	var record []byte
	for rows.Next() {
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

// Event implements annals.Store.
func (s *Store) Event(ctx context.Context, id string) (annals.Event, error) {
	es, err := s.records(ctx, `SELECT record FROM events WHERE id = $1 ORDER BY key DESC LIMIT 1`, id)
	if err != nil {
		return annals.Event{}, err
	}
	if len(es) == 0 {
		return annals.Event{}, fmt.Errorf("event %q: %w", id, annals.ErrNotFound)
	}
	return es[0], nil
}

// Reports implements annals.Store.
func (s *Store) Reports(ctx context.Context, id string) ([]annals.Event, error) {
	es, err := s.records(ctx, `SELECT record FROM events WHERE cluster =
		(SELECT cluster FROM events WHERE id = $1 ORDER BY key DESC LIMIT 1) ORDER BY key`, id)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("event %q: %w", id, annals.ErrNotFound)
	}
	return es, nil
}

// Article implements annals.Store.
func (s *Store) Article(ctx context.Context, id string) (annals.Article, []annals.Event, error) {
	var (
		a         annals.Article
		key       int64
		published *string
	)
	err := s.pool.QueryRow(ctx, `SELECT key, id, published, title, url, source, text, published_source, language FROM articles
		WHERE id = $1 ORDER BY key DESC LIMIT 1`, id).Scan(&key, &a.ID, &published, &a.Title, &a.URL, &a.Source, &a.Text, &a.PublishedSource, &a.Language)
	if errors.Is(err, pgx.ErrNoRows) {
		return annals.Article{}, nil, fmt.Errorf("article %q: %w", id, annals.ErrNotFound)
	}
	if err != nil {
		return annals.Article{}, nil, err
	}
	if published != nil {
		if a.Published, err = time.Parse(time.RFC3339Nano, *published); err != nil {
			return annals.Article{}, nil, fmt.Errorf("article %q: published: %w", id, err)
		}
	}
	events, err := s.records(ctx, `SELECT record FROM events WHERE article_key = $1 ORDER BY key`, key)
	if err != nil {
		return annals.Article{}, nil, err
	}
	return a, events, nil
}

// Outlines implements annals.Store.
func (s *Store) Outlines(ctx context.Context, country, from, to string, limit int) ([]annals.Event, error) {
	if to == "" {
		to = "\uffff"
	}
	country = strings.ToUpper(country)
	rows, err := s.pool.Query(ctx, `SELECT id, article_id, date, status, cameo, quad_class, goldstein,
		source_code, source_country, target_code, target_country, location_lat, location_lon, territory,
		quantity_count
		FROM events WHERE date >= $1 AND date <= $2 AND ($3 = '' OR source_country = $3 OR target_country = $3)
		ORDER BY date DESC, key LIMIT $4`, from, to, country, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annals.Event
	for rows.Next() {
		var e annals.Event
		var srcCode, srcCountry, tgtCode, tgtCountry *string
		var lat, lon *float64
		var quantities int
		if err := rows.Scan(&e.ID, &e.ArticleID, &e.Date, &e.Status, &e.CAMEO, &e.QuadClass, &e.Goldstein,
			&srcCode, &srcCountry, &tgtCode, &tgtCountry, &lat, &lon, &e.Territory, &quantities); err != nil {
			return nil, err
		}
		e.Quantities = make([]annals.Quantity, quantities)
		if srcCode != nil {
			e.Source = &annals.Actor{Code: *srcCode, Country: deref(srcCountry)}
		}
		if tgtCode != nil {
			e.Target = &annals.Actor{Code: *tgtCode, Country: deref(tgtCountry)}
		}
		if lat != nil && lon != nil {
			e.Location = &annals.Location{Lat: *lat, Lon: *lon}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Actors implements annals.Store.
func (s *Store) Actors(ctx context.Context, prefix string, limit int) ([]annals.ActorCount, error) {
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	rows, err := s.pool.Query(ctx, `SELECT code, coalesce(country, ''), coalesce(role, ''), events, first_date, last_date
		FROM actors WHERE code LIKE $1 ESCAPE '\' ORDER BY events DESC, code LIMIT $2`, likePrefix(strings.ToUpper(prefix)), limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (annals.ActorCount, error) {
		var a annals.ActorCount
		err := r.Scan(&a.Code, &a.Country, &a.Role, &a.Events, &a.FirstDate, &a.LastDate)
		return a, err
	})
}

// Places implements annals.Store.
func (s *Store) Places(ctx context.Context, country string, limit int) ([]annals.PlaceCount, error) {
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	c := strings.ToUpper(country)
	rows, err := s.pool.Query(ctx, `SELECT coalesce(name, ''), coalesce(country, ''), lat, lon, events, first_date, last_date
		FROM places WHERE $1 = '' OR country = $1 ORDER BY events DESC, name LIMIT $2`, c, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (annals.PlaceCount, error) {
		var p annals.PlaceCount
		err := r.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events, &p.FirstDate, &p.LastDate)
		return p, err
	})
}
