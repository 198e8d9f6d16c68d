package text_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
)

func TestDebugTags(t *testing.T) {
	path := os.Getenv("ANNALS_DEBUG_FILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	d := text.NewAnalyzer(lx).Analyze(string(b))
	for _, s := range d.Sentences {
		var parts []string
		for _, tk := range s.Tokens {
			parts = append(parts, tk.Text+"/"+string(tk.Tag)+"/"+tk.Lemma)
		}
		fmt.Printf("[%d] %s\n\n", s.Index, strings.Join(parts, " "))
	}
}
