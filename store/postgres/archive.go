package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/annals-org/annals"
)

var _ annals.Archive = (*Store)(nil)

// StaleArticles implements annals.Archive; the cursor is the articles table's key.
func (s *Store) StaleArticles(ctx context.Context, dictVersion string, cursor int64, limit int) ([]annals.Article, int64, error) {
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	rows, err := s.pool.Query(ctx, `SELECT key, id, published, title, url, source, text, published_source, language
		FROM articles WHERE key > $1 AND dict_version != $2 ORDER BY key LIMIT $3`, cursor, dictVersion, limit)
	if err != nil {
		return nil, cursor, err
	}
	defer rows.Close()
	var out []annals.Article
	for rows.Next() {
		var a annals.Article
		var published *string
		if err := rows.Scan(&cursor, &a.ID, &published, &a.Title, &a.URL, &a.Source, &a.Text, &a.PublishedSource, &a.Language); err != nil {
			return nil, cursor, err
		}
		if published != nil {
			if a.Published, err = time.Parse(time.RFC3339Nano, *published); err != nil {
				return nil, cursor, fmt.Errorf("article %q: published: %w", a.ID, err)
			}
		}
		out = append(out, a)
	}
	return out, cursor, rows.Err()
}
