package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/evaluate"
	"github.com/annals-org/annals/pipeline"
	"github.com/annals-org/annals/place"
)

func (e *env) eval(ctx context.Context, args []string) int {
	if len(args) > 0 && args[0] == "times" {
		return e.evalTimes(ctx, args[1:])
	}
	if len(args) > 0 && args[0] == "places" {
		return e.evalPlaces(ctx, args[1:])
	}
	if len(args) > 0 && args[0] == "pages" {
		return e.evalPages(args[1:])
	}
	if len(args) > 0 && args[0] == "news" {
		return e.evalNews(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "events" {
		fmt.Fprintln(e.stderr, "usage: annals eval events|times|places|news [--bench DIR] [--floors FILE]")
		return 2
	}
	fs, bench, floors := e.evalFlags("eval events")
	missesPath := fs.String("misses", "", "write every PLOVER record, ACLED note and CASE snippet coded wrong to this `file` (TSV: corpus, id, gold, predicted, text)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if _, err := os.Stat(*bench); err != nil {
		fmt.Fprintf(e.stderr, "annals eval: no benchmark folder at %s; nothing to score (give one with --bench DIR)\n", *bench)
		return 1
	}
	coder, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	code := func(a *annals.Article) []annals.Event { return coder.Code(a) }
	misses, closeMisses, err := createMisses(*missesPath)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	defer closeMisses()
	if misses != nil {
		fmt.Fprintln(misses, "corpus\tid\tgold\tpredicted\ttext")
	}
	var all []evaluate.Metric
	for _, run := range []struct {
		file string
		fn   func(string, evaluate.Coder, io.Writer, io.Writer) ([]evaluate.Metric, error)
	}{
		{"events/plover-gsr.jsonl", evaluate.PLOVER},
		{"events/acled-dev.jsonl", evaluate.ACLED},
		{"events/case2021-dev.jsonl", evaluate.CASE},
	} {
		path := filepath.Join(*bench, run.file)
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(e.stdout, "%s: missing, skipped\n", path)
			continue
		}
		ms, err := run.fn(path, code, e.stdout, misses)
		if err != nil {
			fmt.Fprintln(e.stderr, "annals eval:", err)
			return 1
		}
		all = append(all, ms...)
	}
	if len(all) == 0 {
		fmt.Fprintf(e.stderr, "annals eval: no event corpus in %s; nothing to score\n", *bench)
		return 1
	}
	return e.checkFloors(all, *floors)
}

// evalPlaces scores place recognition and resolution on bench/places/geovirus.xml and
// bench/places/TR-News.xml (each skipped when missing).
func (e *env) evalPlaces(ctx context.Context, args []string) int {
	fs, bench, floors := e.evalFlags("eval places")
	missesPath := fs.String("misses", "", "write the places not resolved within 161 km to this `file` (TSV; TR-News to FILE.trnews)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	corpora := []struct {
		file, misses string
		fn           func(string, evaluate.PlaceFinder, *evaluate.Areas, io.Writer, io.Writer) ([]evaluate.Metric, error)
	}{
		{"geovirus.xml", *missesPath, evaluate.GeoVirus},
		{"TR-News.xml", *missesPath + ".trnews", evaluate.TRNews},
	}
	var coder *pipeline.Coder
	var all []evaluate.Metric
	for _, c := range corpora {
		path := filepath.Join(*bench, "places", c.file)
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(e.stderr, "annals eval: no %s at %s; skipped\n", c.file, path)
			continue
		}
		if coder == nil {
			var err error
			if coder, err = pipeline.Load(dictFS()); err != nil {
				fmt.Fprintln(e.stderr, "annals eval:", err)
				return 1
			}
		}
		ms, err := e.scoreCorpus(coder, path, c.fn, *missesPath != "", c.misses)
		if err != nil {
			fmt.Fprintln(e.stderr, "annals eval:", err)
			return 1
		}
		all = append(all, ms...)
	}
	if coder == nil {
		return 0
	}
	return e.checkFloors(all, *floors)
}

// scoreCorpus runs one place corpus's scorer with the coder's places, writing misses to
// missesPath when want is set.
func (e *env) scoreCorpus(coder *pipeline.Coder, path string, fn func(string, evaluate.PlaceFinder, *evaluate.Areas, io.Writer, io.Writer) ([]evaluate.Metric, error), want bool, missesPath string) ([]evaluate.Metric, error) {
	find := func(a *annals.Article) []evaluate.FoundPlace {
		var out []evaluate.FoundPlace
		for _, m := range coder.PlaceList(a).Mentions {
			f := evaluate.FoundPlace{Start: m.Start, End: m.End, Demonym: m.Kind == place.KindDemonym}
			if m.Place != nil {
				f.Lat, f.Lon, f.Resolved, f.Place = m.Lat, m.Lon, true, m.Place
				f.Label = fmt.Sprintf("%s %s %s %s:%d", m.Place.Name, m.Place.Country, m.Place.Feature, m.Place.File, m.Place.Line)
			} else {
				f.Label = "unresolved"
			}
			out = append(out, f)
		}
		return out
	}
	var misses io.Writer
	if want {
		f, err := os.Create(missesPath)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		misses = f
	}
	areas := &evaluate.Areas{Gaz: coder.Places.Gazetteer(), Terr: coder.Places.Territory()}
	return fn(path, find, areas, e.stdout, misses)
}

// evalNews scores the events coded from the real news pages of bench/news (HTML in, as a user
// runs `annals code page.html`) against their hand-coded gold.
func (e *env) evalNews(ctx context.Context, args []string) int {
	fs, bench, floors := e.evalFlags("eval news")
	missesPath := fs.String("misses", "", "write every prediction, labelled, and every missed required item to this `file` (TSV)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(filepath.Join(*bench, "news", "gold-dev.jsonl")); err != nil {
		fmt.Fprintf(e.stderr, "annals eval: no news gold in %s; nothing to score (give the benchmark with --bench DIR)\n", filepath.Join(*bench, "news"))
		return 1
	}
	coder, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	misses, closeMisses, err := createMisses(*missesPath)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	defer closeMisses()
	code := func(a *annals.Article) []annals.Event { return coder.Code(a) }
	ms, err := evaluate.News(ctx, *bench, code, e.stdout, misses)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	return e.checkFloors(ms, *floors)
}

// evalPages scores article-body extraction on bench/pages and publication dates on the
// pages of bench/news.
func (e *env) evalPages(args []string) int {
	fs, bench, floors := e.evalFlags("eval pages")
	missesPath := fs.String("misses", "", "write the 30 pages extracted worst to this `file` (TSV: page, F1, message)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(filepath.Join(*bench, "pages")); err != nil {
		fmt.Fprintf(e.stderr, "annals eval: no pages folder in %s; nothing to score (give the benchmark with --bench DIR)\n", *bench)
		return 1
	}
	misses, closeMisses, err := createMisses(*missesPath)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	defer closeMisses()
	ms, err := evaluate.Pages(*bench, e.stdout, misses)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	return e.checkFloors(ms, *floors)
}

// createMisses opens the file an evaluation writes its misses to; with no path it gives a
// nil writer, which the evaluations take as "no report".
func createMisses(path string) (io.Writer, func(), error) {
	if path == "" {
		return nil, func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// evalFlags makes the flag set every evaluation shares: the benchmark folder and the
// floors file.
func (e *env) evalFlags(name string) (fs *flag.FlagSet, bench, floors *string) {
	fs = flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	bench = fs.String("bench", filepath.Join("..", "shared", "bench"), "benchmark `folder`")
	floors = fs.String("floors", "", "fail when a figure is below its floor in this `file` (METRIC<TAB>VALUE)")
	return fs, bench, floors
}
