package main

import (
	"bufio"
	"context"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// extractedArticle is one line of `annals extract`: the article as the coder reads it, in
// the shape `annals code` accepts as JSON Lines input.
type extractedArticle struct {
	ID              string `json:"id"`
	Title           string `json:"title,omitempty"`
	URL             string `json:"url,omitempty"`
	Source          string `json:"source,omitempty"`
	Published       string `json:"published,omitempty"`
	PublishedSource string `json:"published_source"`
	Language        string `json:"language"`
	Text            string `json:"text"`
}

// extract prints each input article as one JSON line: for an HTML page, the article body
// and metadata the extractor found; for every input, the text whose byte offsets the
// events of `annals code` give.
func (e *env) extract(ctx context.Context, args []string) int {
	fs, in, opts, status := e.parseReading("extract", args, nil)
	if status != 0 {
		return status
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	problems, err := in.read(ctx, fs.Args(), e.stdin, opts, func(a annals.Article) error {
		pipeline.DateFromDateline(&a)
		return writeJSON(w, &extractedArticle{
			ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source,
			Published: formatPublished(a.Published), PublishedSource: a.PublishedSource,
			Language: a.Language, Text: a.Text,
		})
	})
	return finish(e, "extract", problems, err)
}

// formatPublished writes a date alone when the time is midnight UTC, as pages and feeds
// mostly give it, and the full RFC 3339 time otherwise.
func formatPublished(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Equal(t.UTC().Truncate(24 * time.Hour)):
		return t.UTC().Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
