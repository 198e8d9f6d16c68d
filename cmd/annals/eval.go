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
)

func (e *env) eval(ctx context.Context, args []string) int {
	if len(args) > 0 && args[0] == "times" {
		return e.evalTimes(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "events" {
		fmt.Fprintln(e.stderr, "usage: annals eval events|times [--bench DIR] [--floors FILE]")
		return 2
	}
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	bench := fs.String("bench", filepath.Join("..", "shared", "bench"), "benchmark `folder`")
	floors := fs.String("floors", "", "fail when a figure is below its floor in this `file` (METRIC<TAB>VALUE)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if _, err := os.Stat(*bench); err != nil {
		fmt.Fprintf(e.stderr, "annals eval: no benchmark folder at %s; nothing to score\n", *bench)
		return 0
	}
	coder, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	code := func(a *annals.Article) []annals.Event { return coder.Code(a) }
	var all []evaluate.Metric
	for _, run := range []struct {
		file string
		fn   func(string, evaluate.Coder, io.Writer) ([]evaluate.Metric, error)
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
		ms, err := run.fn(path, code, e.stdout)
		if err != nil {
			fmt.Fprintln(e.stderr, "annals eval:", err)
			return 1
		}
		all = append(all, ms...)
	}
	fmt.Fprintln(e.stdout, "metrics:")
	for _, m := range all {
		fmt.Fprintf(e.stdout, "  %-34s %.6f\n", m.Name, m.Value)
	}
	if *floors == "" {
		return 0
	}
	dir, name := filepath.Split(*floors)
	if dir == "" {
		dir = "."
	}
	f, err := evaluate.ReadFloors(os.DirFS(dir), name)
	if err != nil {
		fmt.Fprintln(e.stderr, "annals eval:", err)
		return 1
	}
	if fails := f.Check(all); len(fails) > 0 {
		for _, msg := range fails {
			fmt.Fprintln(e.stderr, "annals eval: FAIL:", msg)
		}
		return 1
	}
	fmt.Fprintf(e.stdout, "all figures at or above the floors in %s\n", *floors)
	return 0
}
