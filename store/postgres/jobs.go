package postgres

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/annals-org/annals"
)

const jobColumns = `id, state, dict_version, lines, added, unchanged, recoded, events,
	rejected_count, rejected, error, created, updated`

// CreateJob implements annals.JobStore.
func (s *Store) CreateJob(ctx context.Context, body []byte, dictVersion string) (annals.Job, error) {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	j := annals.Job{ID: rand.Text(), State: annals.JobQueued, DictVersion: dictVersion,
		Rejected: []string{}, Created: now, Updated: now}
	_, err := s.pool.Exec(ctx, `INSERT INTO jobs (id, state, dict_version, body, created, updated)
		VALUES ($1, $2, $3, $4, $5, $6)`, j.ID, string(j.State), dictVersion, body, now, now)
	if err != nil {
		return annals.Job{}, err
	}
	return j, nil
}

// ClaimJob implements annals.JobStore. SKIP LOCKED lets servers sharing the database claim
// different jobs at once.
func (s *Store) ClaimJob(ctx context.Context) (annals.Job, []byte, bool, error) {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	var id string
	var body []byte
	err := s.pool.QueryRow(ctx, `UPDATE jobs SET state = $1, updated = $2
		WHERE seq = (SELECT seq FROM jobs WHERE state = $3 ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
		RETURNING id, body`, string(annals.JobRunning), now, string(annals.JobQueued)).Scan(&id, &body)
	if errors.Is(err, pgx.ErrNoRows) {
		return annals.Job{}, nil, false, nil
	}
	if err != nil {
		return annals.Job{}, nil, false, err
	}
	j, err := s.Job(ctx, id)
	if err != nil {
		return annals.Job{}, nil, false, err
	}
	return j, body, true, nil
}

// SaveJob implements annals.JobStore.
func (s *Store) SaveJob(ctx context.Context, j *annals.Job) error {
	rejected, err := json.Marshal(j.Rejected)
	if err != nil {
		return err
	}
	j.Updated = time.Now().UTC().Format(time.RFC3339Nano)
	j.Done = j.State == annals.JobDone || j.State == annals.JobFailed
	tag, err := s.pool.Exec(ctx, `UPDATE jobs SET state = $1, lines = $2, added = $3, unchanged = $4,
		recoded = $5, events = $6, rejected_count = $7, rejected = $8, error = $9, updated = $10,
		body = CASE WHEN $11 THEN NULL ELSE body END
		WHERE id = $12`, string(j.State), j.Lines, j.Added, j.Unchanged, j.Recoded, j.Events,
		j.RejectedCount, string(rejected), j.Error, j.Updated, j.Done, j.ID)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("job %q: %w", j.ID, annals.ErrNotFound)
	}
	return nil
}

// Job implements annals.JobStore.
func (s *Store) Job(ctx context.Context, id string) (annals.Job, error) {
	var j annals.Job
	var state, rejected string
	err := s.pool.QueryRow(ctx, `SELECT `+jobColumns+` FROM jobs WHERE id = $1`, id).Scan(
		&j.ID, &state, &j.DictVersion, &j.Lines, &j.Added, &j.Unchanged, &j.Recoded, &j.Events,
		&j.RejectedCount, &rejected, &j.Error, &j.Created, &j.Updated)
	if errors.Is(err, pgx.ErrNoRows) {
		return annals.Job{}, fmt.Errorf("job %q: %w", id, annals.ErrNotFound)
	}
	if err != nil {
		return annals.Job{}, err
	}
	j.State = annals.JobState(state)
	j.Done = j.State == annals.JobDone || j.State == annals.JobFailed
	j.Stored = j.Added + j.Unchanged + j.Recoded
	if err := json.Unmarshal([]byte(rejected), &j.Rejected); err != nil {
		return annals.Job{}, fmt.Errorf("job %q: rejected: %w", id, err)
	}
	return j, nil
}

// RequeueJobs implements annals.JobStore. With several servers on one database, a server
// that starts puts back the jobs the others are running too; they are then coded twice,
// which the content hash makes harmless, and counted by the last to save them.
func (s *Store) RequeueJobs(ctx context.Context) (int, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE jobs SET state = $1 WHERE state = $2`,
		string(annals.JobQueued), string(annals.JobRunning))
	if err != nil {
		return 0, err
	}
	return int(tag.RowsAffected()), nil
}
