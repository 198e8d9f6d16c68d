// Package examples embeds the project's bundled example articles (articles.jsonl), short
// reports written for annals in its own words, so that `annals code --examples` and the
// demo work with no input files.
package examples

import (
	"bytes"
	"context"
	_ "embed"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
)

//go:embed articles.jsonl
var articles []byte

// Read calls emit for every bundled article.
func Read(ctx context.Context, opts ingest.Options, emit func(annals.Article) error) ([]ingest.Problem, error) {
	opts.Format = ingest.JSONL
	return ingest.Read(ctx, "examples/articles.jsonl", bytes.NewReader(articles), opts, emit)
}
