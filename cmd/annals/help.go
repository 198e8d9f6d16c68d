package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"slices"

	"github.com/annals-org/annals/store/postgres"
)

// fileHelp says what the FILE arguments of the commands that read articles may be.
const fileHelp = `FILE may be:
  a file     .jsonl (one article per line), .txt (one article), .html or .htm (one web page);
             --input sets the format whatever the name
  a folder   its .jsonl, .txt and .html files, in subfolders too, in name order
  -          standard input (also read when no FILE is given)`

// commandUsage is the first lines of a command's help: how it is called and, for those
// that read articles, what FILE may be.
var commandUsage = map[string]string{
	"code":    "usage: annals code [flags] [FILE...]\n\nCodes the articles into events, one JSON object a line on standard output.\n\n" + fileHelp,
	"extract": "usage: annals extract [flags] [FILE...]\n\nPrints each article as the coder reads it, one JSON object a line.\n\n" + fileHelp,
	"times":   "usage: annals times [flags] [FILE...]\n\nLists the time expressions of the articles with their TIMEX3 values.\n\n" + fileHelp,
	"places":  "usage: annals places [flags] [FILE...]\n\nLists the places of the articles, resolved to coordinates.\n\n" + fileHelp,
	"ingest":  "usage: annals ingest [--db PATH] [flags] [FILE...]\n\nCodes the articles and stores them with their events; the database is created or opened\nonly once there is an article to store.\n\n" + fileHelp,
	"submit":  "usage: annals submit --nats URL [flags] [FILE...]\n\nPublishes the articles for workers to code.\n\n" + fileHelp,
	"bench":   "usage: annals bench [flags] [FILE...]\n\nCodes a corpus on one goroutine and reports its throughput. With no FILE the corpus is\n../shared/bench/events/acled-dev.jsonl; a corpus with no article is an error.\n\n" + fileHelp,
	"serve":   "usage: annals serve [--addr HOST:PORT] [--db PATH] [--create] [flags]\n\nServes the stored events: the web page at /, the JSON API under /api/. The database must\nexist (made by annals ingest) unless --create is given.",
	"eval":    "usage: annals eval events|times|places|pages|news [--bench DIR] [--floors FILE]\n\nScores the coder against the benchmark folder (default ../shared/bench); a missing\nfolder is an error.",
}

type helpKey struct{}

// askedHelp runs a command asked for its help (-h, -help or --help among its arguments,
// before a "--"): the command's usage, then the flags its parser prints, all on standard
// output, and exit status 0 rather than the flag package's 2. ok is false when no help
// was asked, or when this is the run askedHelp started itself.
func askedHelp(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) (code int, ok bool) {
	if ctx.Value(helpKey{}) != nil || len(args) < 2 {
		return 0, false
	}
	rest := args[1:]
	if i := slices.Index(rest, "--"); i >= 0 {
		rest = rest[:i]
	}
	if !slices.ContainsFunc(rest, func(a string) bool { return a == "-h" || a == "-help" || a == "--help" }) {
		return 0, false
	}
	if u, ok := commandUsage[args[0]]; ok {
		fmt.Fprintf(stdout, "%s\n\nflags:\n", u)
	}
	out := usageFilter{stdout}
	code = run(context.WithValue(ctx, helpKey{}, true), args, stdin, out, out)
	if code == 2 {
		code = 0 // the flag package's status for -h
	}
	return code, true
}

// usageFilter drops the flag package's "Usage of NAME:" line, which the usage printed
// before it replaces.
type usageFilter struct{ w io.Writer }

var flagUsageLine = regexp.MustCompile(`^Usage of [a-z ]+:\n$`)

func (f usageFilter) Write(p []byte) (int, error) {
	if flagUsageLine.Match(p) {
		return len(p), nil
	}
	return f.w.Write(p)
}

// dbExists reports an error when db names a SQLite file that does not exist (a PostgreSQL
// URL always exists as far as this goes: the server says otherwise).
func dbExists(db string) error {
	if postgres.IsDSN(db) {
		return nil
	}
	if _, err := os.Stat(db); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no database at %s", db)
	}
	return nil
}
