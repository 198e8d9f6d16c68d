package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/annals-org/annals"
)

// DefaultBudget is how long one article may take to code before it is given up. Coding is
// linear in an article's length, about a second a megabyte on one core here, so an article
// within the 16 MiB input limit takes well under it: one that does not is an input built to
// stall the coder, and is better reported than waited on.
const DefaultBudget = time.Minute

// ErrOverBudget is the error of an article given up for taking longer than its budget.
var ErrOverBudget = errors.New("coding took longer than the budget for one article")

// CodeWithin is CodeContext with a budget for this article (none when budget <= 0). An
// article that takes longer gives an error wrapping ErrOverBudget; ctx's own end gives
// ctx's error, so that a caller tells a skipped article from a cancelled batch.
func (c *Coder) CodeWithin(ctx context.Context, a *annals.Article, budget time.Duration) ([]annals.Event, error) {
	if budget <= 0 {
		return c.CodeContext(ctx, a)
	}
	actx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	evs, err := c.CodeContext(actx, a)
	if err != nil && ctx.Err() == nil {
		return nil, fmt.Errorf("%w (%v)", ErrOverBudget, budget)
	}
	return evs, err
}
