package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// TestCodeContext: an article whose budget has run out is given up with ctx's error, not
// coded; with time left it codes as Code does.
func TestCodeContext(t *testing.T) {
	c := load(t)
	a := bundled(t)[0]
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if evs, err := c.CodeContext(ctx, &a); !errors.Is(err, context.Canceled) || evs != nil {
		t.Errorf("cancelled: %d events, error %v; want none and context.Canceled", len(evs), err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	evs, err := c.CodeContext(ctx, &a)
	if err != nil || len(evs) != len(c.Code(&a)) {
		t.Errorf("with time left: %d events, error %v; want the %d of Code", len(evs), err, len(c.Code(&a)))
	}
}

// repeated is an article made of n copies of one text, each copy a paragraph of its own.
func repeated(a annals.Article, n int) annals.Article {
	a.Text = strings.Repeat(a.Text+"\n\n", n)
	return a
}

// BenchmarkCodeRepeated codes 1, 10 and 100 copies of the same article: the time per copy
// should stay flat (issue 16: the folding of events and the resolution of places were
// quadratic in the article's length). Compare the ns/op of the three, or read ns/copy.
//
//	go test ./pipeline -run '^$' -bench CodeRepeated -benchtime 5x
func BenchmarkCodeRepeated(b *testing.B) {
	c := load(b)
	arts := bundled(b)
	base := arts[0]
	for _, a := range arts { // the longest bundled article, for the most events and places per copy
		if len(a.Text) > len(base.Text) {
			base = a
		}
	}
	for _, n := range []int{1, 10, 100} {
		a := repeated(base, n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			for b.Loop() {
				c.Code(&a)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/copy")
		})
	}
}

// BenchmarkCodePlaceList codes one text that lists 40,000 place names (issue 16: it never
// finished; the target is under 5 s).
func BenchmarkCodePlaceList(b *testing.B) {
	c := load(b)
	names := strings.Fields("Aleppo Homs Idlib Damascus Raqqa Hama Latakia Tartus Daraa Kobani Baghdad Mosul Basra Kirkuk Erbil " +
		"Kabul Kandahar Herat Lagos Kano Abuja Maiduguri Kyiv Kharkiv Odesa Lviv Dnipro Mariupol Donetsk Luhansk Gaza Rafah " +
		"Jenin Nablus Hebron Beirut Tyre Sidon Sanaa Aden")
	var sb strings.Builder
	for i := range 40000 {
		if i%20 == 0 {
			sb.WriteString("Fighting was reported in ")
		}
		sb.WriteString(names[i%len(names)])
		if i%20 == 19 {
			sb.WriteString(".\n")
		} else {
			sb.WriteString(", ")
		}
	}
	a := annals.Article{ID: "places", Text: sb.String(), Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(a.Text)))
	for b.Loop() {
		c.Code(&a)
	}
}

// TestCodeWithin: an article over its budget is given up with ErrOverBudget; a cancelled
// batch gives ctx's error instead.
func TestCodeWithin(t *testing.T) {
	c := load(t)
	a := repeated(bundled(t)[0], 50)
	if _, err := c.CodeWithin(context.Background(), &a, time.Nanosecond); !errors.Is(err, pipeline.ErrOverBudget) {
		t.Errorf("1 ns budget: error %v, want ErrOverBudget", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.CodeWithin(ctx, &a, time.Minute); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want context.Canceled", err)
	}
	if evs, err := c.CodeWithin(context.Background(), &a, time.Minute); err != nil || len(evs) == 0 {
		t.Errorf("with time: %d events, error %v", len(evs), err)
	}
}
