package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/merge"
)

// lockKey is one transaction-level advisory lock: a class and a string hashed to 32 bits.
// Two strings of one class may share a lock, which only makes writers wait more.
type lockKey struct {
	class int32
	name  string
}

func (k lockKey) id() int32 {
	h := fnv.New32a()
	h.Write([]byte(k.name))
	return int32(h.Sum32())
}

// lockKeys takes the advisory locks of keys, sorted and once each, so that two writers
// never wait for each other in a cycle.
func lockKeys(ctx context.Context, tx pgx.Tx, keys []lockKey) error {
	type pair struct{ class, id int32 }
	var pairs []pair
	for _, k := range keys {
		pairs = append(pairs, pair{k.class, k.id()})
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.class != b.class {
			return int(a.class) - int(b.class)
		}
		return int(int64(a.id) - int64(b.id))
	})
	pairs = slices.Compact(pairs)
	for _, p := range pairs {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, p.class, p.id); err != nil {
			return err
		}
	}
	return nil
}

// mergeable reports whether e can join other reports: it has a full date and a CAMEO root.
func mergeable(e *annals.Event) bool {
	return len(e.Date) == len(time.DateOnly) && len(e.CAMEO) >= 2
}

// eventLocks returns the locks that the events' clusters need: one per day, dyad and
// CAMEO root, the fields every report of one event shares.
func eventLocks(events []annals.Event) []lockKey {
	var keys []lockKey
	for i := range events {
		e := &events[i]
		if mergeable(e) {
			keys = append(keys, lockKey{lockEvent, fmt.Sprintf("%s|%s|%s|%s", e.Date, lockActor(e.Source), lockActor(e.Target), e.CAMEO[:2])})
		}
	}
	return keys
}

// lockActor names an actor in a lock key: its code, or "-" for none.
func lockActor(a *annals.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}

func actorCode(a *annals.Actor) *string {
	if a == nil {
		return nil
	}
	return &a.Code
}

// insertEvents stores the events of the article with this key, each joining the cluster of
// earlier reports of the same event (see joinCluster) or starting its own. Other articles'
// reports are what a cluster is made of, so the events' own inserts do not change the
// candidates: all candidates are read in one batch, and all rows written in another.
func insertEvents(ctx context.Context, tx pgx.Tx, articleKey int64, events []annals.Event) error {
	if len(events) == 0 {
		return nil
	}
	if err := lockKeys(ctx, tx, eventLocks(events)); err != nil {
		return err
	}
	clusters, err := findClusters(ctx, tx, articleKey, events)
	if err != nil {
		return err
	}
	batch := &pgx.Batch{}
	for i := range events {
		args, err := eventArgs(articleKey, clusters[i], &events[i])
		if err != nil {
			return err
		}
		batch.Queue(insertEventSQL, args...)
	}
	br := tx.SendBatch(ctx, batch)
	for i := range events {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("event %s: %w", events[i].ID, err)
		}
	}
	return br.Close()
}

// The cluster of a new event is its own key unless it joins another: the key comes from
// the sequence first, so that one statement writes both.
const insertEventSQL = `WITH k AS (SELECT nextval('events_key_seq') AS key)
INSERT INTO events (key, cluster, article_key, id, article_id, sentence, start, "end", evidence,
	source_code, source_country, source_role, source_text,
	target_code, target_country, target_role, target_text,
	cameo, cameo_name, goldstein, quad_class, plover, status, date,
	location_lat, location_lon, location_name, location_country,
	territory, cross_border, record, quantity_count)
SELECT k.key, coalesce($1, k.key), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
	$17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31 FROM k`

// eventArgs returns the insertEventSQL parameters of e.
func eventArgs(articleKey int64, cluster *int64, e *annals.Event) ([]any, error) {
	record, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", e.ID, err)
	}
	actor := func(a *annals.Actor) (code, country, role, text *string) {
		if a == nil {
			return nil, nil, nil, nil
		}
		return &a.Code, &a.Country, &a.Role, &a.Text
	}
	sc, sn, sr, st := actor(e.Source)
	tc, tn, tr, tt := actor(e.Target)
	var lat, lon *float64
	var name, country *string
	if l := e.Location; l != nil {
		lat, lon, name, country = &l.Lat, &l.Lon, &l.Name, &l.Country
	}
	return []any{cluster, articleKey, e.ID, e.ArticleID, e.Sentence, e.Start, e.End, e.Evidence,
		sc, sn, sr, st,
		tc, tn, tr, tt,
		e.CAMEO, e.CAMEOName, e.Goldstein, e.QuadClass, e.PLOVER, string(e.Status), e.Date,
		lat, lon, name, country,
		e.Territory, e.CrossBorder, string(record), len(e.Quantities)}, nil
}

// findClusters returns, for each event, the cluster it joins, or nil for one of its own.
// An event joins the first cluster, in the order stored, all of whose reports are the same
// event as it by merge.Same (complete linkage), so that an unlocated report cannot chain
// two distant places into one event. Candidates are narrowed in SQL by the fields that
// must be equal and decided in Go, so the rule lives in one place, as in store/sqlite.
func findClusters(ctx context.Context, tx pgx.Tx, articleKey int64, events []annals.Event) ([]*int64, error) {
	clusters := make([]*int64, len(events))
	batch := &pgx.Batch{}
	var asked []int
	for i := range events {
		e := &events[i]
		if !mergeable(e) {
			continue
		}
		asked = append(asked, i)
		batch.Queue(`SELECT cluster, cameo, status, location_lat, location_lon FROM events
			WHERE date = $1 AND source_code IS NOT DISTINCT FROM $2 AND target_code IS NOT DISTINCT FROM $3
				AND substr(cameo, 1, 2) = $4 AND article_key != $5 ORDER BY key LIMIT 200`,
			e.Date, actorCode(e.Source), actorCode(e.Target), e.CAMEO[:2], articleKey)
	}
	if len(asked) == 0 {
		return clusters, nil
	}
	br := tx.SendBatch(ctx, batch)
	defer br.Close()
	for _, i := range asked {
		rows, err := br.Query()
		if err != nil {
			return nil, err
		}
		c, err := firstFit(rows, &events[i])
		if err != nil {
			return nil, fmt.Errorf("event %s: %w", events[i].ID, err)
		}
		clusters[i] = c
	}
	return clusters, br.Close()
}

// firstFit reads candidate reports (cluster, cameo, status, lat, lon) and returns the first
// cluster whose every report is the same event as e, or nil.
func firstFit(rows pgx.Rows, e *annals.Event) (*int64, error) {
	defer rows.Close()
	var order []int64
	fits := make(map[int64]bool)
	other := annals.Event{Date: e.Date, Source: e.Source, Target: e.Target}
	for rows.Next() {
		var c int64
		var lat, lon *float64
		var status string
		if err := rows.Scan(&c, &other.CAMEO, &status, &lat, &lon); err != nil {
			return nil, err
		}
		other.Status, other.Location = annals.Status(status), nil
		if lat != nil && lon != nil {
			other.Location = &annals.Location{Lat: *lat, Lon: *lon}
		}
		ok, seen := fits[c]
		if !seen {
			order = append(order, c)
			ok = true
		}
		fits[c] = ok && merge.Same(e, &other, 0)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, c := range order {
		if fits[c] {
			return &c, nil
		}
	}
	return nil, nil
}
