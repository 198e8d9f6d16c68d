package main

import (
	"errors"
	"fmt"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/pipeline"
)

// rejecter returns the ingest.Options.Problem of a reading command: each rejected article
// is printed on standard error as it is met and only counted, so that a batch of millions
// of bad lines holds none of them (4 million held 1.42 GB when they were printed at the end).
func (e *env) rejecter(cmd string) func(ingest.Problem) {
	return func(p ingest.Problem) {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.rejected++
		fmt.Fprintf(e.stderr, "annals %s: %v\n", cmd, &p)
	}
}

// rejections is the number of articles rejected: those reported as they were met and
// those still in problems.
func (e *env) rejections(problems []ingest.Problem) int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.rejected + len(problems)
}

// codeJob is one article on its way through codeNewArticles.
type codeJob struct {
	a       annals.Article
	events  []annals.Event
	outcome codeOutcome
	err     error // coding gave up: the article was over its budget, or the batch was cancelled
	done    chan struct{}
}

// emitInOrder hands the coded articles to emit in input order until order closes. An
// article over its budget is rejected and skipped, the batch going on; after emit's first
// error or a cancelled batch the rest are only waited for.
func emitInOrder(order <-chan *codeJob, emit func(*annals.Article, []annals.Event, codeOutcome) error, reject func(ingest.Problem)) error {
	var err error
	for j := range order {
		<-j.done
		switch {
		case err != nil:
		case errors.Is(j.err, pipeline.ErrOverBudget):
			reject(ingest.Problem{File: j.a.Origin.File, Line: j.a.Origin.Line,
				Msg: fmt.Sprintf("article %s: %v; skipped (see --article-timeout)", j.a.ID, j.err)})
		case j.err != nil:
			err = j.err
		default:
			err = emit(&j.a, j.events, j.outcome)
		}
	}
	return err
}
