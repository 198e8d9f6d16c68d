package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/annals-org/annals"
)

// codeOutcome is what became of one article read for coding.
type codeOutcome int

const (
	coded         codeOutcome = iota
	alreadyStored             // the store holds it under these dictionaries: not coded again
	otherLanguage             // told to be in a language not accepted: not coded
	noSentence                // no sentence of running text (hasSentence): not coded
)

// batchTally counts what a batch did with its articles, for the one-line summary, and
// reports each article that was skipped or has no date as it goes.
type batchTally struct {
	articles, events, undated int
	languages                 map[string]int // articles skipped, by language
	noSentence                int            // articles skipped for holding no sentence
}

// add counts one article, reporting on standard error an article skipped for its language
// and one that has no publication date at all (its relative dates stay unresolved).
func (t *batchTally) add(e *env, cmd string, a *annals.Article, evs []annals.Event, outcome codeOutcome) {
	t.articles++
	t.events += len(evs)
	if outcome == otherLanguage {
		if t.languages == nil {
			t.languages = map[string]int{}
		}
		t.languages[a.Language]++
		fmt.Fprintf(e.stderr, "annals %s: %v: skipped: article %s is in language %q, not one of those accepted (--lang)\n", cmd, a.Origin, a.ID, a.Language)
		return
	}
	if outcome == noSentence {
		t.noSentence++
		fmt.Fprintf(e.stderr, "annals %s: %v: skipped: article %s holds no sentence of running text\n", cmd, a.Origin, a.ID)
		return
	}
	if a.Published.IsZero() {
		t.undated++
		fmt.Fprintf(e.stderr, "annals %s: %v: article %s has no publication date (none in the input, the page or a dateline): "+
			"relative dates such as \"on Wednesday\" stay unresolved; give one with --published\n", cmd, a.Origin, a.ID)
	}
}

// skipped is the number of articles skipped for their language.
func (t *batchTally) skipped() int {
	n := 0
	for _, c := range t.languages {
		n += c
	}
	return n
}

// notes words the skipped and undated counts for a summary line, or "" when there are none.
func (t *batchTally) notes() string {
	var parts []string
	if n := t.skipped(); n > 0 {
		var by []string
		for _, l := range slices.Sorted(maps.Keys(t.languages)) {
			by = append(by, fmt.Sprintf("%s %d", l, t.languages[l]))
		}
		parts = append(parts, fmt.Sprintf("%d skipped for their language (%s)", n, strings.Join(by, ", ")))
	}
	if t.noSentence > 0 {
		parts = append(parts, fmt.Sprintf("%d skipped for holding no sentence", t.noSentence))
	}
	if t.undated > 0 {
		parts = append(parts, fmt.Sprintf("%d without a publication date", t.undated))
	}
	return strings.Join(parts, ", ")
}

// summary prints the batch's summary on standard error when an article was skipped or
// undated; a batch with nothing to report stays quiet.
func (t *batchTally) summary(e *env, cmd string, rejected int) {
	if notes := t.notes(); notes != "" {
		fmt.Fprintf(e.stderr, "annals %s: %d articles, %d events; %s; %d rejected\n", cmd, t.articles, t.events, notes, rejected)
	}
}
