package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/examples"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/pipeline"
)

// inputFlags are the article-reading flags shared by the reading commands.
type inputFlags struct {
	published string
	input     string
	maxBytes  int
	examples  bool
	lang      string
	languages []string // from lang, checked by options
	maxTotal  int64
	budget    time.Duration // per article, for the commands that code (0: none)
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.published, "published", "", "publication `date` (YYYY-MM-DD) for articles that carry none")
	fs.StringVar(&f.input, "input", "", "input `format`: jsonl, text or html (default: by file extension)")
	fs.IntVar(&f.maxBytes, "max-bytes", 0, "largest article accepted, in bytes (default 16 MiB)")
	fs.Int64Var(&f.maxTotal, "max-total-bytes", 0, "stop reading once the inputs together pass this many `bytes`, with a message (default 0: no limit; "+
		"a device or pipe that never ends is cut anyway, 64 MiB past --max-bytes)")
	fs.BoolVar(&f.examples, "examples", false, "read the bundled example articles")
	fs.StringVar(&f.lang, "lang", strings.Join(pipeline.Languages, ","), "accepted `languages` (ISO 639-1, comma-separated; the dictionaries cover "+
		strings.Join(pipeline.Languages, ", ")+"); an article told to be in another is skipped")
}

// read calls emit for each article of the input: the bundled examples with --examples, else
// the files named, else standard input.
func (f *inputFlags) read(ctx context.Context, paths []string, stdin io.Reader, opts ingest.Options, emit func(annals.Article) error) ([]ingest.Problem, error) {
	if f.examples && len(paths) == 0 {
		return examples.Read(ctx, opts, emit)
	}
	return ingest.ReadFiles(ctx, paths, stdin, opts, emit)
}

func (f *inputFlags) options() (ingest.Options, error) {
	opts := ingest.Options{Format: ingest.Format(f.input), MaxBytes: f.maxBytes, MaxTotalBytes: f.maxTotal}
	switch opts.Format {
	case ingest.Auto, ingest.JSONL, ingest.Text, ingest.HTML:
	default:
		return opts, fmt.Errorf("--input %q: want jsonl, text or html", f.input)
	}
	f.languages = strings.Split(strings.ReplaceAll(f.lang, " ", ""), ",")
	if err := pipeline.CheckLanguages(f.languages); err != nil {
		return opts, fmt.Errorf("--lang: %v", err)
	}
	if f.published != "" {
		t, err := parseDate(f.published)
		if err != nil {
			return opts, fmt.Errorf("--published: %v", err)
		}
		opts.Published = t
	}
	return opts, nil
}

// parseReading parses the flags of a command that reads articles: the input flags and the
// command's own, which extra registers. status is 0 when the command may go on, else the
// exit status (2 for a usage error, reported on standard error).
func (e *env) parseReading(name string, args []string, extra func(*flag.FlagSet)) (fs *flag.FlagSet, in *inputFlags, opts ingest.Options, status int) {
	fs = flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	in = &inputFlags{}
	in.register(fs)
	if name == "code" || name == "ingest" {
		fs.DurationVar(&in.budget, "article-timeout", pipeline.DefaultBudget, "give up an article that takes longer than this to code, "+
			"reporting it and going on with the batch (0: no limit)")
	}
	if extra != nil {
		extra(fs)
	}
	if err := fs.Parse(args); err != nil {
		return fs, in, opts, 2
	}
	opts, err := in.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "annals %s: %v\n", name, err)
		return fs, in, opts, 2
	}
	opts.Problem = e.rejecter(name)
	return fs, in, opts, 0
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, ingest.CheckPublished(t)
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, ingest.CheckPublished(t)
	}
	return time.Time{}, fmt.Errorf("%q: want YYYY-MM-DD or an RFC 3339 time", s)
}

func (e *env) code(ctx context.Context, args []string) int {
	var workers *int
	var allStatements *bool
	fs, in, opts, status := e.parseReading("code", args, func(fs *flag.FlagSet) {
		workers = fs.Int("workers", runtime.GOMAXPROCS(0), "articles coded at once")
		allStatements = fs.Bool("all-statements", false, "keep every statement (CAMEO 01x), also those without an identified speaker, target or content")
	})
	if status != 0 {
		return status
	}
	coder, err := pipeline.Load(dictFS())
	if err != nil {
		fmt.Fprintln(e.stderr, "annals code: loading dictionaries:", err)
		return 1
	}
	coder.AllStatements = *allStatements
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	var tally batchTally
	problems, err := codeArticles(ctx, coder, in, fs.Args(), e.stdin, opts, *workers, func(a *annals.Article, events []annals.Event, outcome codeOutcome) error {
		tally.add(e, "code", a, events, outcome)
		for i := range events {
			if err := writeJSON(w, &events[i]); err != nil {
				return err
			}
		}
		return nil
	})
	tally.summary(e, "code", e.rejections(problems))
	return finish(e, "code", problems, err)
}

// finish reports rejected articles not reported yet and returns the exit status of
// CONTRACT.md.
func finish(e *env, cmd string, problems []ingest.Problem, err error) int {
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "annals %s: %v\n", cmd, &p)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "annals %s: %v\n", cmd, err)
		return 1
	}
	if e.rejections(problems) > 0 {
		return 1
	}
	return 0
}

func writeJSON(w *bufio.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// codeArticles reads the articles of the input (see inputFlags.read) and codes them with a pool of workers, calling emit in input order.
func codeArticles(ctx context.Context, coder *pipeline.Coder, in *inputFlags, paths []string, stdin io.Reader, opts ingest.Options, workers int,
	emit func(*annals.Article, []annals.Event, codeOutcome) error) ([]ingest.Problem, error) {
	return codeNewArticles(ctx, coder, in, paths, stdin, opts, workers, nil, emit)
}

// codeNewArticles is codeArticles for a store: an article for which known reports true is
// not coded, and reaches emit as alreadyStored. An article in a language not accepted is
// not coded either, and reaches emit as otherLanguage. Every article has been given its
// dateline's date, if it had no other, before it reaches emit. An article that takes longer
// than in.budget to code is a Problem, handed to opts.Problem or returned, and skipped.
func codeNewArticles(ctx context.Context, coder *pipeline.Coder, in *inputFlags, paths []string, stdin io.Reader, opts ingest.Options, workers int,
	known func(*annals.Article) bool, emit func(a *annals.Article, evs []annals.Event, outcome codeOutcome) error) ([]ingest.Problem, error) {
	if workers < 1 {
		workers = 1
	}
	languages := in.languages
	if languages == nil {
		languages = pipeline.Languages
	}
	jobs := make(chan *codeJob, workers*4)
	order := make(chan *codeJob, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				pipeline.DateFromDateline(&j.a)
				switch {
				case !pipeline.Accepts(&j.a, languages):
					j.outcome = otherLanguage
				case !hasSentence(j.a.Text):
					j.outcome = noSentence
				case known != nil && known(&j.a):
					j.outcome = alreadyStored
				default:
					j.events, j.err = coder.CodeWithin(ctx, &j.a, in.budget)
				}
				close(j.done)
			}
		}()
	}
	var emitErr error
	var late []ingest.Problem // articles over their budget, when opts.Problem is not set
	reject := opts.Problem
	if reject == nil {
		reject = func(p ingest.Problem) { late = append(late, p) }
	}
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		emitErr = emitInOrder(order, emit, reject)
	}()
	read := func(a annals.Article) error {
		j := &codeJob{a: a, done: make(chan struct{})}
		select {
		case order <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
		jobs <- j
		return nil
	}
	problems, err := in.read(ctx, paths, stdin, opts, read)
	close(jobs)
	close(order)
	wg.Wait()
	<-emitted
	if err == nil {
		err = emitErr
	}
	return append(problems, late...), err
}
