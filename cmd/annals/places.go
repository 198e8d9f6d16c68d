package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// placeRecord is one line of `annals places`, as CONTRACT.md defines it.
type placeRecord struct {
	ArticleID  string   `json:"article_id"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Name       string   `json:"name"`
	Lat        *float64 `json:"lat"`
	Lon        *float64 `json:"lon"`
	Country    string   `json:"country"`
	Admin1     string   `json:"admin1"`
	Feature    string   `json:"feature"`
	GeonamesID int      `json:"geonames_id"`
	Kind       string   `json:"kind"` // place, demonym or dateline
}

// places prints every place mention of the articles, resolved, one JSON object per line.
func (e *env) places(ctx context.Context, args []string) int {
	fs, in, opts, status := e.parseReading("places", args, nil)
	if status != 0 {
		return status
	}
	coder, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals places: loading dictionaries:", err)
		return 1
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	emit := func(a annals.Article) error {
		res := coder.PlaceList(&a)
		for _, d := range res.Diagnostics {
			fmt.Fprintf(e.stderr, "annals places: %v: %s: bytes %d-%d %q: %s\n", a.Origin, a.ID, d.Start, d.End, a.Text[d.Start:d.End], d.Message)
		}
		for _, m := range res.Mentions {
			r := placeRecord{ArticleID: a.ID, Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind}
			if p := m.Place; p != nil {
				lat, lon := m.Lat, m.Lon
				r.Name, r.Lat, r.Lon, r.Country, r.Admin1, r.Feature, r.GeonamesID = p.Name, &lat, &lon, p.Country, p.Admin1Name, p.Feature, p.ID
				if r.Admin1 == "" && p.Feature == "ADM1" {
					r.Admin1 = p.Name
				}
			}
			if err := writeJSON(w, &r); err != nil {
				return err
			}
		}
		return nil
	}
	problems, err := in.read(ctx, fs.Args(), e.stdin, opts, emit)
	return finish(e, "places", problems, err)
}
