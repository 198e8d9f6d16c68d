package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/annals-org/annals"
)

var _ annals.JobStore = (*Store)(nil)

const jobColumns = `id, state, dict_version, lines, added, unchanged, recoded, events,
	rejected_count, rejected, error, created, updated`

// CreateJob implements annals.JobStore. The id is random, so that one client cannot read
// the jobs of another by counting.
func (s *Store) CreateJob(ctx context.Context, body []byte, dictVersion string) (annals.Job, error) {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	j := annals.Job{ID: rand.Text(), State: annals.JobQueued, DictVersion: dictVersion,
		Rejected: []string{}, Created: now, Updated: now}
	_, err := s.db.ExecContext(ctx, `INSERT INTO jobs (id, state, dict_version, body, created, updated)
		VALUES (?, ?, ?, ?, ?, ?)`, j.ID, string(j.State), dictVersion, body, now, now)
	if err != nil {
		return annals.Job{}, err
	}
	return j, nil
}

// ClaimJob implements annals.JobStore. The claim is one UPDATE, so two workers never take
// the same job.
func (s *Store) ClaimJob(ctx context.Context) (annals.Job, []byte, bool, error) {
	now := time.Now().UTC().Format(time.RFC3339Nano)
	var id string
	err := s.db.QueryRowContext(ctx, `UPDATE jobs SET state = ?, updated = ?
		WHERE seq = (SELECT seq FROM jobs WHERE state = ? ORDER BY seq LIMIT 1) RETURNING id`,
		string(annals.JobRunning), now, string(annals.JobQueued)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return annals.Job{}, nil, false, nil
	}
	if err != nil {
		return annals.Job{}, nil, false, err
	}
	j, err := s.Job(ctx, id)
	if err != nil {
		return annals.Job{}, nil, false, err
	}
	var body []byte
	if err := s.db.QueryRowContext(ctx, `SELECT body FROM jobs WHERE id = ?`, id).Scan(&body); err != nil {
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
	res, err := s.db.ExecContext(ctx, `UPDATE jobs SET state = ?, lines = ?, added = ?, unchanged = ?,
		recoded = ?, events = ?, rejected_count = ?, rejected = ?, error = ?, updated = ?,
		body = CASE WHEN ? THEN NULL ELSE body END
		WHERE id = ?`, string(j.State), j.Lines, j.Added, j.Unchanged, j.Recoded, j.Events,
		j.RejectedCount, string(rejected), j.Error, j.Updated, j.Done, j.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("job %q: %w", j.ID, annals.ErrNotFound)
	}
	return nil
}

// Job implements annals.JobStore.
func (s *Store) Job(ctx context.Context, id string) (annals.Job, error) {
	var j annals.Job
	var state, rejected string
	err := s.db.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM jobs WHERE id = ?`, id).Scan(
		&j.ID, &state, &j.DictVersion, &j.Lines, &j.Added, &j.Unchanged, &j.Recoded, &j.Events,
		&j.RejectedCount, &rejected, &j.Error, &j.Created, &j.Updated)
	if errors.Is(err, sql.ErrNoRows) {
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

// RequeueJobs implements annals.JobStore.
func (s *Store) RequeueJobs(ctx context.Context) (int, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE jobs SET state = ? WHERE state = ?`,
		string(annals.JobQueued), string(annals.JobRunning))
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}
