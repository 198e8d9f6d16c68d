package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
)

// jobChunkLines is how many lines of a body are coded between two saves of the job's
// progress: a stopped server redoes at most this many lines of a job when it starts again.
const jobChunkLines = 64

// claimRetry is how long a worker waits after the store failed to hand it a job.
const claimRetry = 5 * time.Second

// Run codes the posted jobs with Workers workers until ctx is cancelled, then waits for
// them to stop. It first puts back in the queue the jobs a stopped server left running:
// their bodies are stored with them, so they resume after the last lines they saved.
func (s *Server) Run(ctx context.Context) error {
	s.init()
	if s.Jobs == nil || s.Coder == nil {
		<-ctx.Done()
		return nil
	}
	n, err := s.Jobs.RequeueJobs(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		s.Log.Info("resuming unfinished jobs", "jobs", n)
	}
	var wg sync.WaitGroup
	for range s.Workers {
		wg.Go(func() { s.work(ctx) })
	}
	wg.Wait()
	return nil
}

// work codes one job after another until ctx is cancelled, sleeping while none is queued.
func (s *Server) work(ctx context.Context) {
	for ctx.Err() == nil {
		j, body, ok, err := s.Jobs.ClaimJob(ctx)
		var wait <-chan time.Time
		switch {
		case err != nil && ctx.Err() == nil:
			s.Log.Error("claiming a job", "err", err)
			wait = time.After(claimRetry)
		case ok:
			s.runJob(ctx, &j, body)
			continue
		}
		select {
		case <-ctx.Done():
		case <-s.wake:
		case <-wait:
		}
	}
}

// runJob codes and stores the lines of body after those the job has done, saving its
// progress after every chunk of lines. A cancelled ctx leaves the job running in the
// store, for RequeueJobs to resume; the articles of an unsaved chunk are stored again
// then, which the store's content hash makes harmless (they count as unchanged).
func (s *Server) runJob(ctx context.Context, j *annals.Job, body []byte) {
	// Saves outlive a cancelled ctx, so that the progress made is kept on shutdown.
	saveCtx := context.WithoutCancel(ctx)
	rest := skipLines(body, j.Lines)
	for len(rest) > 0 && ctx.Err() == nil {
		var chunk []byte
		chunk, rest = cutLines(rest, jobChunkLines)
		next := *j
		next.Rejected = append([]string(nil), j.Rejected...)
		if err := s.codeChunk(ctx, &next, chunk); err != nil {
			if ctx.Err() != nil {
				return
			}
			j.State, j.Error = annals.JobFailed, err.Error()
			s.saveJob(saveCtx, j)
			return
		}
		*j = next
		if len(rest) == 0 {
			j.State = annals.JobDone
		}
		s.saveJob(saveCtx, j)
	}
	if len(rest) == 0 && j.State != annals.JobDone { // an empty body, or one resumed at its end
		j.State = annals.JobDone
		s.saveJob(saveCtx, j)
	}
}

// codeChunk codes and stores the articles of chunk, the lines after j.Lines, counting them
// in j.
func (s *Server) codeChunk(ctx context.Context, j *annals.Job, chunk []byte) error {
	if len(bytes.TrimSpace(chunk)) == 0 { // blank lines, which ingest would call an empty file
		j.Lines += lineCount(chunk)
		return nil
	}
	problems, err := ingest.Read(ctx, "body", bytes.NewReader(chunk),
		ingest.Options{Format: ingest.JSONL, MaxBytes: int(s.MaxBody)},
		func(a annals.Article) error {
			events, err := codeWithin(ctx, s.Coder, &a)
			if err != nil && ctx.Err() == nil {
				// One article built to stall the coder is rejected; the job goes on.
				j.Reject(ingest.Problem{File: "body", Line: a.Origin.Line + j.Lines, Msg: fmt.Sprintf("article %s: %v; skipped", a.ID, err)}.Error())
				return nil
			} else if err != nil {
				return err
			}
			res, err := s.Store.PutArticle(ctx, &a, events, j.DictVersion)
			if err != nil {
				return err
			}
			switch res {
			case annals.PutAdded:
				j.Added++
			case annals.PutRecoded:
				j.Recoded++
			default:
				j.Unchanged++
			}
			j.Stored++
			j.Events += len(events)
			return nil
		})
	for _, p := range problems {
		if p.Line > 0 {
			p.Line += j.Lines // lines are counted within the chunk
		}
		j.Reject(p.Error())
	}
	if err != nil {
		return err
	}
	j.Lines += lineCount(chunk)
	return nil
}

// articleBudget is how long one posted article may take to code (pipeline.DefaultBudget).
const articleBudget = time.Minute

// codeWithin codes a within articleBudget when the coder can be given one (the pipeline's
// can), so that one article cannot hold a core for ever; other coders code it as they do.
func codeWithin(ctx context.Context, c Coder, a *annals.Article) ([]annals.Event, error) {
	if bc, ok := c.(interface {
		CodeWithin(context.Context, *annals.Article, time.Duration) ([]annals.Event, error)
	}); ok {
		return bc.CodeWithin(ctx, a, articleBudget)
	}
	return c.Code(a), nil
}

// lineCount counts the lines of b, the last one whether or not it ends in a newline.
func lineCount(b []byte) int {
	n := bytes.Count(b, []byte{'\n'})
	if len(b) > 0 && b[len(b)-1] != '\n' {
		n++
	}
	return n
}

func (s *Server) saveJob(ctx context.Context, j *annals.Job) {
	if err := s.Jobs.SaveJob(ctx, j); err != nil && !errors.Is(err, context.Canceled) {
		s.Log.Error("saving a job", "job", j.ID, "err", err)
	}
}

// cutLines splits b after its first n lines.
func cutLines(b []byte, n int) (head, rest []byte) {
	end := 0
	for range n {
		i := bytes.IndexByte(b[end:], '\n')
		if i < 0 {
			return b, nil
		}
		end += i + 1
	}
	return b[:end], b[end:]
}

// skipLines returns b after its first n lines.
func skipLines(b []byte, n int) []byte {
	_, rest := cutLines(b, n)
	return rest
}
