package actor_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/text"
)

// minimalText is the smallest lexicon an Analyzer can be built from.
var minimalText = fstest.MapFS{
	"text/lexicon.tsv":         {Data: []byte("# test lexicon\nthe\tDT\nsaid\tVBD|VBN\ntroops\tNNS\nminister\tNN\nin\tIN\n's\tPOS\n")},
	"text/irregular-verbs.tsv": {Data: []byte("# test verbs\nsay\tsaid\tsaid\n")},
}

// FuzzLoad checks that Load never panics on fuzzed actors/x.tsv, actors/roles.tsv and
// actors/leaders.tsv, that its errors name the file, and that a Finder over whatever it
// loads finds mentions with offsets inside the text.
func FuzzLoad(f *testing.F) {
	f.Add("ARM\tname\tArmenia\nAZE\tadj\tAzerbaijani\nAZE\tcapital\tBaku\nIGOUNO\torg\tUN Security Council\n",
		"MIL\ttroops\n-\tside\nGOV\tdefense ministry\n",
		"ARMGOV\tNikol Pashinyan\tNikol Pashinian|Pashinian\tprime minister\t2018-05-08\t-\n",
		"Azerbaijani troops said. Armenia's Defense Ministry said in Baku. Nikol Pashinyan said. Pashinian said.")
	f.Add("arm\tname\tArmenia\n", "MILX\ttroops\n", "ARMGOV\tX\t-\tpm\t2018-13-01\t-\n", "")
	f.Add("ARM\tplace\tArmenia\n", "-\t-\n", "AR\tX\t-\tpm\t2018\t2019-02\n", "- -")
	f.Add("ARMGOV\tname\tU.S.\n", "MIL\tGen.\n", "ARMGOV\tA B\t|\tpm\t2018\tnever\n", "Gen. A B said. B said.")
	an := text.NewAnalyzer(mustLexicon(f))
	names := []string{"actors/x.tsv", "actors/roles.tsv", "actors/leaders.tsv"}
	f.Fuzz(func(t *testing.T, phrases, roles, leaders, article string) {
		fsys := fstest.MapFS{
			"text/lexicon.tsv":         minimalText["text/lexicon.tsv"],
			"text/irregular-verbs.tsv": minimalText["text/irregular-verbs.tsv"],
			"actors/x.tsv":             {Data: []byte(phrases)},
			"actors/roles.tsv":         {Data: []byte(roles)},
			"actors/leaders.tsv":       {Data: []byte(leaders)},
		}
		d, err := actor.Load(fsys, an)
		if err != nil {
			var lerr *linefile.Error
			if !errors.As(err, &lerr) {
				t.Fatalf("Load error = %#v, want a *linefile.Error", err)
			}
			named := false
			for _, n := range names {
				named = named || lerr.File == n && strings.Contains(err.Error(), n)
			}
			if !named {
				t.Fatalf("Load error = %q, want it to name one of %q", err, names)
			}
			return
		}
		// Search the dictionary's own phrases, and the article, for mentions.
		doc := an.Analyze(phrases + "\n" + roles + "\n" + leaders + "\n" + article)
		finder := actor.NewFinder(d, an.Lexicon())
		for _, day := range []time.Time{{}, time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)} {
			for _, m := range finder.Find(doc, day) {
				if m.Tok < 0 || m.Tok >= m.TokEnd || m.TokEnd > len(doc.Tokens) || m.Start != doc.Tokens[m.Tok].Start || m.End != doc.Tokens[m.TokEnd-1].End {
					t.Fatalf("mention %+v: offsets do not match the %d tokens", m, len(doc.Tokens))
				}
				if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
					t.Fatalf("mention %+v: sentence out of range", m)
				}
			}
		}
	})
}

func mustLexicon(tb testing.TB) *text.Lexicon {
	tb.Helper()
	lx, err := text.LoadLexicon(minimalText)
	if err != nil {
		tb.Fatalf("LoadLexicon(minimal): %v", err)
	}
	return lx
}
