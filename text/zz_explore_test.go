package text_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
)

func TestZZExplore(t *testing.T) {
	path := os.Getenv("ZZ_FILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	an := text.NewAnalyzer(lx)
	for _, in := range strings.Split(string(b), "\n===\n") {
		d := an.Analyze(in)
		fmt.Printf("---- %q\n", in)
		for _, s := range d.Sentences {
			var parts []string
			for _, tk := range s.Tokens {
				parts = append(parts, tk.Text+"/"+string(tk.Tag)+"/"+tk.Lemma)
			}
			fmt.Printf("[%d] %q\n    %s\n", s.Index, d.SentenceText(&s), strings.Join(parts, " "))
		}
	}
}
