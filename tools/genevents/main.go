// Command genevents fills a store with synthetic events, for the export drill
// (tools/drill/export.sh): -events events in articles of -per events each, spread over
// two years, ten countries and a hundred places.
//
//	go run ./tools/genevents -db /tmp/export.db -events 100000
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/store/postgres"
	"github.com/annals-org/annals/store/sqlite"
)

func main() {
	db := flag.String("db", "", "database to fill: a SQLite `file` (created if need be) or a postgres:// URL")
	total := flag.Int("events", 100_000, "events to store")
	per := flag.Int("per", 100, "events an article")
	flag.Parse()
	if *db == "" || *total < 1 || *per < 1 {
		fmt.Fprintln(os.Stderr, "usage: genevents -db FILE [-events N] [-per N]")
		os.Exit(2)
	}
	if err := fill(context.Background(), *db, *total, *per); err != nil {
		slog.Error("genevents", "err", err)
		os.Exit(1)
	}
}

var countries = []string{"ARM", "AZE", "SYR", "UKR", "RUS", "SDN", "MLI", "NGA", "COL", "MMR"}

func fill(ctx context.Context, path string, total, per int) error {
	var st annals.Store
	var err error
	if postgres.IsDSN(path) {
		st, err = postgres.Open(ctx, path)
	} else {
		st, err = sqlite.Open(ctx, path)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := 0; a*per < total; a++ {
		art := annals.Article{ID: fmt.Sprintf("synthetic-%06d", a), Text: fmt.Sprintf("Synthetic article %d.", a)}
		var events []annals.Event
		for i := 0; i < per && a*per+i < total; i++ {
			n := a*per + i
			src, tgt := countries[n%len(countries)], countries[(n/7)%len(countries)]
			events = append(events, annals.Event{
				ID: fmt.Sprintf("syn-%07d", n), ArticleID: art.ID, Sentence: i,
				Evidence: fmt.Sprintf("Forces of %s attacked %s positions (synthetic event %d).", src, tgt, n),
				Source:   &annals.Actor{Code: src + "MIL", Country: src, Role: "MIL", Text: "forces"},
				Target:   &annals.Actor{Code: tgt, Country: tgt, Text: tgt},
				CAMEO:    "190", CAMEOName: "Use conventional military force", Goldstein: -10, QuadClass: 4,
				PLOVER: "ASSAULT", Status: annals.Asserted,
				Date:      start.AddDate(0, 0, n%730).Format(time.DateOnly),
				Location:  &annals.Location{Name: fmt.Sprintf("Place %d", n%100), Lat: float64(n%90) - 45, Lon: float64(n%180) - 90, Country: tgt},
				Territory: tgt, Quantities: []annals.Quantity{},
			})
		}
		if _, err := st.PutArticle(ctx, &art, events, "synthetic"); err != nil {
			return err
		}
	}
	return nil
}
