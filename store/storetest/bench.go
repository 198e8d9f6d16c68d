package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
)

// BenchPut stores articles of 8 events in s, b.N of them: spread over a year and 20
// dyads as a news stream is, or, with oneEvent, all reports of one day and dyad (the worst
// case of finding earlier reports of the same event). It reports articles/s.
func BenchPut(b *testing.B, s annals.Store, oneEvent bool) {
	base := Fixture()[0].Events[0]
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		text := fmt.Sprintf("%s %d %d", strings.Repeat(base.Evidence+" ", 8), i, time.Now().UnixNano())
		a := &annals.Article{ID: fmt.Sprint("b", i), Text: text}
		events := make([]annals.Event, 8)
		for j := range events {
			events[j] = base
			events[j].ID = fmt.Sprint(i, "-", j)
			events[j].ArticleID = a.ID
			date := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*8+j)%365).Format(time.DateOnly)
			source := []string{"ARM", "AZE", "RUS", "UKR", "USA"}[(i+j)%5] + []string{"MIL", "GOV", "COP", "REB"}[j%4]
			if oneEvent {
				date, source = "2021-05-12", "AZEMIL"
			}
			events[j].Date = date
			events[j].Source = &annals.Actor{Code: source, Country: source[:3]}
		}
		if _, err := s.PutArticle(ctx, a, events, "v1"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
