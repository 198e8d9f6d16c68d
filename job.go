package annals

import "context"

// MaxJobRejections is how many rejection messages a Job keeps; the rest are only counted,
// so that a body of bad lines cannot grow a reply (or the stored job) without bound.
const MaxJobRejections = 100

// JobState is where a posted batch of articles is in its coding.
type JobState string

const (
	JobQueued  JobState = "queued"  // waiting for a worker
	JobRunning JobState = "running" // being coded and stored
	JobDone    JobState = "done"    // every line accounted for
	JobFailed  JobState = "failed"  // stopped by an error other than a bad line
)

// Job is a posted batch of JSON Lines articles, coded and stored in the background.
type Job struct {
	ID          string   `json:"id"`
	State       JobState `json:"state"`
	Done        bool     `json:"done"` // State is done or failed: nothing more will change
	DictVersion string   `json:"dict_version"`
	// Lines is how many lines of the body have been read so far; coding resumes after them.
	Lines int `json:"lines"`
	// Stored counts the articles stored: Added + Unchanged + Recoded.
	Stored    int `json:"stored"`
	Added     int `json:"added"`
	Unchanged int `json:"unchanged"`
	Recoded   int `json:"recoded"`
	Events    int `json:"events"` // coded from the stored articles
	// RejectedCount counts every rejected line; Rejected holds the first MaxJobRejections
	// messages, each naming its line and field.
	RejectedCount int      `json:"rejected_count"`
	Rejected      []string `json:"rejected"`
	Error         string   `json:"error,omitempty"`
	Created       string   `json:"created"`
	Updated       string   `json:"updated"`
}

// Reject counts a rejected line, keeping its message if fewer than MaxJobRejections are kept.
func (j *Job) Reject(msg string) {
	j.RejectedCount++
	if len(j.Rejected) < MaxJobRejections {
		j.Rejected = append(j.Rejected, msg)
	}
}

// JobStore keeps posted jobs and their bodies, so that a restarted server reports and
// resumes the jobs it had not finished. Implementations are safe for concurrent use.
type JobStore interface {
	// CreateJob stores a queued job with its body and returns its id.
	CreateJob(ctx context.Context, body []byte, dictVersion string) (Job, error)
	// ClaimJob marks the oldest queued job running and returns it with its body; ok is
	// false when none is queued.
	ClaimJob(ctx context.Context) (j Job, body []byte, ok bool, err error)
	// SaveJob records a job's progress and state; a job saved as done or failed loses
	// its body, which is no longer needed.
	SaveJob(ctx context.Context, j *Job) error
	// Job returns the job with this id, or ErrNotFound.
	Job(ctx context.Context, id string) (Job, error)
	// RequeueJobs puts the jobs left running by a stopped server back in the queue and
	// returns how many there were.
	RequeueJobs(ctx context.Context) (int, error)
}
