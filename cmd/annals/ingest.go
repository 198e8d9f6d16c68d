package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"runtime"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// ingest codes articles like `annals code` and stores them with their events.
func (e *env) ingest(ctx context.Context, args []string) int {
	var dbPath *string
	var workers *int
	fs, in, opts, status := e.parseReading("ingest", args, func(fs *flag.FlagSet) {
		dbPath = fs.String("db", "annals.db", dbUsage)
		workers = fs.Int("workers", runtime.GOMAXPROCS(0), "articles coded at once")
	})
	if status != 0 {
		return status
	}
	coder, version, err := loadCoder()
	if err != nil {
		fmt.Fprintln(e.stderr, "annals ingest:", err)
		return 1
	}
	// The database is opened only once there is an article to store.
	store := &lazyStore{db: *dbPath}

	start := time.Now()
	total := 0
	if !in.examples {
		total = countArticles(fs.Args())
	}
	prog := newProgress(e.stderr, total)
	var articles, events int
	counts := map[annals.PutResult]int{}
	// A text already stored under these dictionaries is not coded again; a failed lookup
	// just codes it.
	known := func(a *annals.Article) bool {
		st, err := store.get(ctx)
		if err != nil {
			return false
		}
		ok, err := st.Has(ctx, a.Text, version)
		return err == nil && ok
	}
	var tally batchTally
	problems, err := codeNewArticles(ctx, coder, in, fs.Args(), e.stdin, opts, *workers, known, func(a *annals.Article, evs []annals.Event, outcome codeOutcome) error {
		tally.add(e, "ingest", a, evs, outcome)
		r := annals.PutUnchanged
		// An article in another language is stored with no events, so that nothing read
		// is silently lost.
		if outcome == noSentence {
			return nil // not news: nothing to keep
		}
		if outcome != alreadyStored {
			st, err := store.get(ctx)
			if err != nil {
				return err
			}
			if r, err = st.PutArticle(ctx, a, evs, version); err != nil {
				return fmt.Errorf("%v: storing article %s: %w", a.Origin, a.ID, err)
			}
		}
		articles++
		if r != annals.PutUnchanged {
			// A text met twice in one batch is coded twice, the store keeping the first.
			events += len(evs)
		}
		counts[r]++
		prog.add(len(evs))
		return nil
	})
	prog.finish()
	err = errors.Join(err, store.Close())
	// The summary is printed even after an error: the articles counted are stored.
	notes := tally.notes()
	if notes != "" {
		notes = "; " + notes
	}
	fmt.Fprintf(e.stdout, "ingested %d articles (%d new, %d recoded, %d already stored), %d events, %d rejected%s, in %.1fs\n",
		articles, counts[annals.PutAdded], counts[annals.PutRecoded], counts[annals.PutUnchanged], events, e.rejections(problems), notes, time.Since(start).Seconds())
	if err == nil && !store.opened() && e.rejections(problems) == 0 {
		fmt.Fprintf(e.stderr, "annals ingest: no articles to store; %s was not opened\n", dbName(*dbPath))
		return 1
	}
	return finish(e, "ingest", problems, err)
}

// loadCoder loads the dictionaries for the commands that store events, with the version
// that the store records for each article.
func loadCoder() (*pipeline.Coder, string, error) {
	dicts := dictFS()
	coder, err := pipeline.Load(dicts)
	if err != nil {
		return nil, "", fmt.Errorf("loading dictionaries: %w", err)
	}
	version, err := dictVersion(dicts)
	if err != nil {
		return nil, "", fmt.Errorf("dictionary version: %w", err)
	}
	return coder, version, nil
}

// dictVersion names the dictionaries' content: the first 12 hex digits of a SHA-256 over
// every file's path and bytes, in path order. An article stored under another version is
// recoded when it is ingested again.
func dictVersion(dicts fs.FS) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(dicts, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := fs.ReadFile(dicts, path)
		if err != nil {
			return err
		}
		// Lengths keep one file's end from passing for the next one's start.
		fmt.Fprintf(h, "%s\x00%d\x00", path, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}
