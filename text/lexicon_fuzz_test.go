package text_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/annals-org/annals/text"
)

// FuzzLoadLexicon feeds arbitrary lexicon and verb files to the loader: it must never panic,
// and an error must name the file it comes from.
func FuzzLoadLexicon(f *testing.F) {
	f.Add("attack\tNN|VB\n# comment\n", "attack\tattacked\tattacked\n")
	f.Add("bad line\n", "go\twent|gone\n")
	f.Add("x\t|\n", "a\tb\n")
	f.Fuzz(func(t *testing.T, lexicon, verbs string) {
		fsys := fstest.MapFS{
			"text/lexicon.tsv":         {Data: []byte(lexicon)},
			"text/irregular-verbs.tsv": {Data: []byte(verbs)},
		}
		lx, err := text.LoadLexicon(fsys)
		if err != nil {
			if !strings.Contains(err.Error(), "text/") {
				t.Fatalf("error %q names no file", err)
			}
			return
		}
		text.NewAnalyzer(lx).Analyze("Rebels attacked the town on Monday.")
	})
}
