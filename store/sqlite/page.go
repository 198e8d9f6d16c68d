package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/annals-org/annals"
)

// EventsAfter implements annals.Store. The cursor is the events table's integer key, so a
// page is a range scan of the primary key however deep it is.
func (s *Store) EventsAfter(ctx context.Context, q annals.EventQuery, cursor int64, limit int) ([]annals.Event, int64, error) {
	if err := q.Validate(); err != nil {
		return nil, cursor, err
	}
	limit, _ = (&annals.EventQuery{Limit: limit}).Page()
	where, args := eventFilter(&q)
	where = append(where, `key > ?`)
	args = append(args, cursor, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT key, record FROM events WHERE `+strings.Join(where, ` AND `)+
		` ORDER BY key LIMIT ?`, args...)
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
