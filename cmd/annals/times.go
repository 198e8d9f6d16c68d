package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/evaluate"
	"github.com/annals-org/annals/timex"
)

// timeRecord is one line of `annals times` (CONTRACT.md).
type timeRecord struct {
	ArticleID  string `json:"article_id"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Type       string `json:"type"`
	Value      string `json:"value"`
	Mod        string `json:"mod,omitempty"`
	Unresolved bool   `json:"unresolved,omitempty"` // relative, and the article has no date
}

// times prints the time expressions of the articles, one JSON object per line.
func (e *env) times(ctx context.Context, args []string) int {
	fs, in, opts, status := e.parseReading("times", args, nil)
	if status != 0 {
		return status
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	emit := func(a annals.Article) error {
		res := timex.Analyze(a.Text, a.Published)
		for _, d := range res.Diagnostics {
			// A suspicious date is a warning about the text, not a rejected article.
			fmt.Fprintf(e.stderr, "annals times: %v: %s: bytes %d-%d %q: %s\n", a.Origin, a.ID, d.Start, d.End, a.Text[d.Start:d.End], d.Message)
		}
		for _, t := range res.Timexes {
			r := timeRecord{ArticleID: a.ID, Start: t.Start, End: t.End, Text: t.Text, Type: t.Type,
				Value: t.Value, Mod: t.Mod, Unresolved: t.Anchored && a.Published.IsZero()}
			if err := writeJSON(w, &r); err != nil {
				return err
			}
		}
		return nil
	}
	problems, err := in.read(ctx, fs.Args(), e.stdin, opts, emit)
	return finish(e, "times", problems, err)
}

// evalTimes scores the time expressions against the TimeML files of bench/times/tbaq.
func (e *env) evalTimes(_ context.Context, args []string) int {
	fs, bench, floors := e.evalFlags("eval times")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dir := filepath.Join(*bench, "times", "tbaq")
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(e.stderr, "annals eval: no TimeML folder at %s; nothing to score\n", dir)
		return 0
	}
	ms, err := evaluate.Times(dir, timex.Find, e.stdout)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	return e.checkFloors(ms, *floors)
}

// checkFloors prints the metrics and compares them with the floors file, if any.
func (e *env) checkFloors(ms []evaluate.Metric, floors string) int {
	fmt.Fprintln(e.stdout, "metrics:")
	for _, m := range ms {
		fmt.Fprintf(e.stdout, "  %-34s %.6f\n", m.Name, m.Value)
	}
	if floors == "" {
		return 0
	}
	dir, name := filepath.Split(floors)
	if dir == "" {
		dir = "."
	}
	f, err := evaluate.ReadFloors(os.DirFS(dir), name)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	if fails := f.Check(ms); len(fails) > 0 {
		for _, msg := range fails {
			fmt.Fprintln(e.stderr, "annals eval: FAIL:", msg)
		}
		return 1
	}
	fmt.Fprintf(e.stdout, "all figures at or above the floors in %s\n", floors)
	return 0
}
