package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// TestArticleProvenance checks that an article's date source and language are stored, read
// back, and replaced when the article is recoded; and that an article in a language not
// coded is stored with no events.
func TestArticleProvenance(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "annals.db"))
	a := annals.Article{
		ID: "fr-1", Published: time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC), Title: "Talks",
		Text:            "Les pourparlers reprendront samedi dans la capitale, a annoncé le ministère.",
		PublishedSource: annals.PublishedPage, Language: "fr",
	}
	put(t, s, &a, nil, "v1")
	got, events, err := s.Article(ctx, "fr-1")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([2]string{"page", "fr"}, [2]string{got.PublishedSource, got.Language}); d != "" {
		t.Errorf("published_source, language (-want +got):\n%s", d)
	}
	if len(events) != 0 {
		t.Errorf("events = %v, want none", events)
	}
	a.PublishedSource = annals.PublishedInput
	put(t, s, &a, nil, "v2")
	if got, _, _ = s.Article(ctx, "fr-1"); got.PublishedSource != annals.PublishedInput {
		t.Errorf("after recoding, published_source = %q, want %q", got.PublishedSource, annals.PublishedInput)
	}
}
