package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/annals-org/annals/alliance"
)

const alliancesUsage = `usage: annals alliances CODE [--date YYYY-MM-DD] [--with CODE]

Prints one JSON object per line for each treaty that binds the country CODE (ISO 3166-1
alpha-3) on the day (default: today, UTC): id, name, short, kind, country, parties (in force
that day), partners (those CODE is bound to), from and to (the first and last day of CODE's
unbroken span of being bound; to is "" while it lasts), article, signed, in_force, source,
sources, names. With --with, only the treaties that bind CODE to that country. The treaties
are those of dict/alliances (see docs/dictionaries.md).

flags:
`

var alpha3 = regexp.MustCompile(`^[A-Z]{3}$`)

// alliances prints the treaties binding a country on a day.
func (e *env) alliances(_ context.Context, args []string) int {
	fs := flag.NewFlagSet("alliances", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	date := fs.String("date", "", "the day, YYYY-MM-DD (default today, UTC)")
	with := fs.String("with", "", "keep only treaties binding the country to this one (alpha-3)")
	fs.Usage = func() {} // parseAlliances prints it: to standard output for --help
	code, status := parseAlliances(fs, args, e.stdout, e.stderr)
	if status >= 0 {
		return status
	}
	day, err := alliancesDay(*date)
	other := strings.ToUpper(*with)
	if err == nil && other != "" && !alpha3.MatchString(other) {
		err = fmt.Errorf("--with: %q is not an ISO 3166-1 alpha-3 code", *with)
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "annals alliances:", err)
		return 2
	}
	table, err := alliance.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals alliances: loading the treaties:", err)
		return 1
	}
	bindings := table.Binding(code, day)
	if other != "" {
		bindings = table.Between(code, other, day)
	}
	w := bufio.NewWriter(e.stdout)
	for _, b := range bindings {
		rec := table.Record(b)
		if err := writeJSON(w, &rec); err != nil {
			fmt.Fprintln(e.stderr, "annals alliances:", err)
			return 1
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(e.stderr, "annals alliances:", err)
		return 1
	}
	return 0
}

// parseAlliances reads CODE and the flags, which may come before or after it. It returns
// the code, and an exit status to stop with (-1 to go on): 0 after --help, 2 on bad usage.
func parseAlliances(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (string, int) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(fs, stdout)
				return "", 0
			}
			printUsage(fs, stderr)
			return "", 2
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(positional) != 1 {
		printUsage(fs, stderr)
		return "", 2
	}
	code := strings.ToUpper(positional[0])
	if !alpha3.MatchString(code) {
		fmt.Fprintf(stderr, "annals alliances: %q is not an ISO 3166-1 alpha-3 code\n", positional[0])
		return "", 2
	}
	return code, -1
}

func printUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, alliancesUsage)
	fs.SetOutput(w)
	fs.PrintDefaults()
}

func alliancesDay(s string) (time.Time, error) {
	if s == "" {
		return alliance.Day(time.Now().UTC()), nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--date: %q is not YYYY-MM-DD", s)
	}
	return d, nil
}
