package actor_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
)

func TestDebugMentions(t *testing.T) {
	path := os.Getenv("ANNALS_DEBUG_FILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	an := text.NewAnalyzer(lx)
	d, err := actor.Load(dict.FS, an)
	if err != nil {
		t.Fatal(err)
	}
	doc := an.Analyze(string(b))
	for _, m := range actor.NewFinder(d, an.Lexicon()).Find(doc, time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)) {
		fmt.Printf("%d %q %s loc=%v pos=%v %s\n", m.Sentence, doc.Text[m.Start:m.End], m.Code, m.Locative, m.Possessive, m.Where)
	}
}
