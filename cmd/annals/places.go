package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"math"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
	"github.com/annals-org/annals/place"
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
	// Explain (with --explain) lists the candidates scored, best first, with the terms of
	// their scores; Note says why the place differs from the best scored, or how a mention
	// that was not scored was resolved.
	Explain []candidateRecord `json:"explain,omitempty"`
	Note    string            `json:"note,omitempty"`
}

// candidateRecord is one scored candidate of a mention.
type candidateRecord struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Admin1  string   `json:"admin1"`
	Feature string   `json:"feature"`
	Score   float64  `json:"score"`
	Why     []string `json:"why"`
}

// explainRecord fills r's explanation from mention m.
func explainRecord(r *placeRecord, m *place.Mention) {
	for _, c := range m.Explained {
		r.Explain = append(r.Explain, candidateRecord{Name: c.Place.Name, Country: c.Place.Country, Admin1: c.Place.Admin1Name,
			Feature: c.Place.Feature, Score: math.Round(c.Score*100) / 100, Why: c.Why})
	}
	switch {
	case m.Kind == place.KindDemonym:
		r.Note = "a country's adjective or demonym: the country"
	case m.Explained == nil && m.Place != nil:
		r.Note = "not scored: a country or capital used as an actor, or a name inside an actor phrase or a hyphenated word, resolved as the article's other mentions of the name or as the gazetteer ranks it"
	case m.Place == nil && len(m.Explained) > 0:
		r.Note = "left unresolved: the best candidate lies far from the article's other places, all in another country"
	case m.Place == nil:
		r.Note = "no candidate: a name the gazetteer lacks, listed because the text marks it as a place"
	case len(m.Explained) > 0 && m.Explained[0].Place != m.Place:
		r.Note = "the same name resolved by a container elsewhere in the article ('Paris, Texas')"
	}
}

// places prints every place mention of the articles, resolved, one JSON object per line.
func (e *env) places(ctx context.Context, args []string) int {
	var explain bool
	fs, in, opts, status := e.parseReading("places", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&explain, "explain", false, "list each mention's candidates with the terms of their scores")
	})
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
		var res place.Result
		if explain {
			res = coder.PlaceListExplained(&a)
		} else {
			res = coder.PlaceList(&a)
		}
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
			if explain {
				explainRecord(&r, &m)
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
