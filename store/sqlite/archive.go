package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/annals-org/annals"
)

var _ annals.Archive = (*Store)(nil)

// StaleArticles implements annals.Archive; the cursor is the articles table's key.
func (s *Store) StaleArticles(ctx context.Context, dictVersion string, cursor int64, limit int) ([]annals.Article, int64, error) {
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	rows, err := s.db.QueryContext(ctx, `SELECT key, id, published, title, url, source, text, published_source, language
		FROM articles WHERE key > ? AND dict_version != ? ORDER BY key LIMIT ?`, cursor, dictVersion, limit)
	if err != nil {
		return nil, cursor, err
	}
	defer rows.Close()
	var out []annals.Article
	for rows.Next() {
		var a annals.Article
		var published sql.NullString
		if err := rows.Scan(&cursor, &a.ID, &published, &a.Title, &a.URL, &a.Source, &a.Text, &a.PublishedSource, &a.Language); err != nil {
			return nil, cursor, err
		}
		if published.Valid {
			if a.Published, err = time.Parse(time.RFC3339Nano, published.String); err != nil {
				return nil, cursor, fmt.Errorf("article %q: published: %w", a.ID, err)
			}
		}
		out = append(out, a)
	}
	return out, cursor, rows.Err()
}
