package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
	"github.com/mmcdole/gofeed"
)

// Reader reads feeds. The zero value is ready to use.
type Reader struct {
	Client *http.Client // default: one with a 30 s timeout
	// MaxBytes bounds a feed or a fetched page; default ingest.DefaultMaxBytes.
	MaxBytes int64
	// FetchPages replaces an item's summary with the text of the page it links to, when
	// that text is longer: feeds often carry only a headline and a sentence.
	FetchPages bool
	UserAgent  string // default "annals"
}

// Problem is an item that gave no article.
type Problem struct {
	Feed, Item string
	Msg        string
}

func (p Problem) Error() string { return p.Feed + ": item " + p.Item + ": " + p.Msg }

var defaultClient = &http.Client{Timeout: 30 * time.Second}

func (r *Reader) client() *http.Client {
	if r.Client != nil {
		return r.Client
	}
	return defaultClient
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return ingest.DefaultMaxBytes
}

// Read fetches the feed at url and returns its items as articles. err is non-nil when the
// feed itself could not be fetched or parsed.
func (r *Reader) Read(ctx context.Context, url string) ([]annals.Article, []Problem, error) {
	body, err := r.get(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", url, err)
	}
	return r.parse(ctx, url, body)
}

// parse turns the body of the feed at url into articles.
func (r *Reader) parse(ctx context.Context, url, body string) ([]annals.Article, []Problem, error) {
	f, err := gofeed.NewParser().ParseString(body)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", url, err)
	}
	var (
		articles []annals.Article
		problems []Problem
	)
	for i, item := range f.Items {
		a, err := r.article(ctx, url, f, item)
		if err != nil {
			name := item.GUID
			if name == "" {
				name = fmt.Sprintf("%d", i+1)
			}
			problems = append(problems, Problem{Feed: url, Item: name, Msg: err.Error()})
			continue
		}
		articles = append(articles, a)
	}
	return articles, problems, nil
}

func (r *Reader) article(ctx context.Context, feedURL string, f *gofeed.Feed, item *gofeed.Item) (annals.Article, error) {
	a := annals.Article{
		ID:     firstOf(item.GUID, item.Link),
		Title:  strings.TrimSpace(item.Title),
		URL:    item.Link,
		Source: strings.TrimSpace(f.Title),
		Origin: annals.Origin{File: feedURL},
	}
	if a.ID == "" {
		return a, errors.New("no guid and no link")
	}
	switch {
	case item.PublishedParsed != nil:
		a.Published = item.PublishedParsed.UTC()
	case item.UpdatedParsed != nil:
		a.Published = item.UpdatedParsed.UTC()
	}
	text := r.text(firstOf(item.Content, item.Description))
	if r.FetchPages && item.Link != "" {
		// A page that cannot be read leaves the feed's own text: a summary beats nothing.
		if page, err := r.page(ctx, item.Link); err == nil && len(page) > len(text) {
			text = page
		}
	}
	// The headline is often the only statement of the event; it leads the text as a
	// news report's own first line would.
	if a.Title != "" && !strings.HasPrefix(text, a.Title) {
		text = strings.TrimSpace(a.Title + ".\n\n" + text)
	}
	if strings.TrimSpace(text) == "" {
		return a, errors.New("no title, content or description")
	}
	a.Text = text
	return a, nil
}

// text reduces an item's content to plain text; content without markup is kept as it is.
// Item content is a fragment of markup, not a page: it is all article, so it is turned
// into text whole rather than run through the page extractor.
func (r *Reader) text(content string) string {
	content = strings.TrimSpace(content)
	if !strings.Contains(content, "<") {
		return content
	}
	return ingest.FragmentText(content)
}

// page fetches a linked page and returns the article body the extractor finds in it.
func (r *Reader) page(ctx context.Context, url string) (string, error) {
	body, err := r.get(ctx, url)
	if err != nil {
		return "", err
	}
	p, msg := ingest.ExtractPage([]byte(body))
	if msg != "" {
		return "", errors.New(msg)
	}
	return p.Body, nil
}

// get fetches url, refusing a body over MaxBytes rather than cutting it.
func (r *Reader) get(ctx context.Context, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("User-Agent", firstOf(r.UserAgent, "annals"))
	resp, err := r.client().Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return "", fmt.Errorf("HTTP %s", resp.Status)
	}
	max := r.maxBytes()
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return "", err
	}
	if int64(len(b)) > max {
		return "", fmt.Errorf("larger than %d bytes", max)
	}
	return string(b), nil
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}
