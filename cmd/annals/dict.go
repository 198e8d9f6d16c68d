package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
)

func (e *env) dict(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("dict", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	c, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals dict:", err)
		return 1
	}
	fmt.Fprintf(e.stdout, "cameo codes\t%d\nevent patterns\t%d\ndistinct event codes\t%d\n", c.Table.Len(), c.Patterns.Len(), c.Patterns.DistinctCodes())
	return 0
}

// dictFS returns the embedded dictionaries, or the folder named by $ANNALS_DICT (laid out as
// dict/) so that dictionary edits can be tried without rebuilding.
func dictFS() fs.FS {
	if dir := os.Getenv("ANNALS_DICT"); dir != "" {
		return os.DirFS(dir)
	}
	return dict.FS
}
