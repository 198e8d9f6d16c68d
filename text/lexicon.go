package text

import (
	"io/fs"
	"strings"

	"github.com/annals-org/annals/linefile"
)

// Lexicon knows the possible tags of English words and the forms of irregular verbs. It is
// read once and shared, read-only, by every goroutine.
type Lexicon struct {
	words  map[string][]Tag  // word (as written in the lexicon) -> tags, most likely first
	past   map[string]string // irregular past and participle forms -> lemma
	abbrev map[string]bool   // lower-case abbreviations that take a period: "gen", "jan"
}

// LoadLexicon reads text/lexicon.tsv, text/lexicon-extra.tsv (optional) and
// text/irregular-verbs.tsv from fsys.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{
		words:  make(map[string][]Tag, 120000),
		past:   make(map[string]string, 1200),
		abbrev: make(map[string]bool, len(abbreviations)),
	}
	for _, a := range abbreviations {
		lx.abbrev[a] = true
	}
	readTags := func(l linefile.Line) error {
		var tags []Tag
		for _, t := range strings.Split(l.Fields[1], "|") {
			if t == "" {
				return l.Errorf("tags", "empty tag in %q", l.Fields[1])
			}
			tags = append(tags, Tag(t))
		}
		lx.words[l.Fields[0]] = tags
		return nil
	}
	if err := linefile.ReadFS(fsys, "text/lexicon.tsv", 2, 2, readTags); err != nil {
		return nil, err
	}
	if _, err := fs.Stat(fsys, "text/lexicon-extra.tsv"); err == nil {
		if err := linefile.ReadFS(fsys, "text/lexicon-extra.tsv", 2, 2, readTags); err != nil {
			return nil, err
		}
	}
	err := linefile.ReadFS(fsys, "text/irregular-verbs.tsv", 3, 3, func(l linefile.Line) error {
		for _, f := range l.Fields[1:] {
			for _, form := range strings.Split(f, "|") {
				if _, ok := lx.past[form]; !ok {
					lx.past[form] = l.Fields[0]
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// Tags returns the lexicon's tags for word, trying the word as written and then in lower case.
func (lx *Lexicon) Tags(word string) []Tag {
	if t, ok := lx.words[word]; ok {
		return t
	}
	return lx.words[strings.ToLower(word)]
}

func (lx *Lexicon) has(word string, pred func(Tag) bool) bool {
	for _, t := range lx.words[word] {
		if pred(t) {
			return true
		}
	}
	return false
}

// abbreviations take a period that does not end the sentence.
var abbreviations = []string{
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm",
	"cmdr", "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "jr", "sr", "hon", "pres",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "etc", "approx", "dept", "est", "fig",
	"brig", "lieut", "supt", "insp", "amb", "min", "sec", "atty", "assn", "univ", "ave", "blvd",
}
