package event_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/event"
	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/text"
)

func loadTable(t testing.TB) (*cameo.Table, *text.Lexicon) {
	t.Helper()
	table, err := cameo.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	lex, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	return table, lex
}

func TestLoadPatterns(t *testing.T) {
	table, lex := loadTable(t)
	ps, err := event.LoadPatterns(dict.FS, table, lex)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ps.DistinctCodes(), 150; got < want {
		t.Errorf("patterns give %d distinct CAMEO codes, want at least %d", got, want)
	}
	if _, err := event.LoadCues(dict.FS, table); err != nil {
		t.Fatal(err)
	}
}

func TestPatternErrors(t *testing.T) {
	table, lex := loadTable(t)
	for _, tc := range []struct{ line, want string }{
		{"999\tverb\tattack", "events/x.txt:1: code:"},
		{"190\tadverb\tattack", "events/x.txt:1: kind:"},
		{"190\tverb\t@T attack", "events/x.txt:1: pattern:"},
		{"190\tverb\tattack @X", "events/x.txt:1: pattern:"},
		{"190\tverb", "events/x.txt:1: want 3"},
	} {
		fsys := fstest.MapFS{"events/x.txt": {Data: []byte(tc.line + "\n")}}
		_, err := event.LoadPatterns(fsys, table, lex)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("LoadPatterns(%q): got error %v, want one starting %q", tc.line, err, tc.want)
		}
	}
}

func FuzzLoadPatterns(f *testing.F) {
	table, lex := loadTable(f)
	f.Add("190\tverb\tattack @T\n")
	f.Add("046\tnoun\ttalk with|to @T\n# comment\n\n")
	f.Add("0232\tverb\task @T for * aid\n")
	f.Fuzz(func(t *testing.T, data string) {
		fsys := fstest.MapFS{"events/x.txt": {Data: []byte(data)}}
		_, err := event.LoadPatterns(fsys, table, lex)
		if err != nil {
			if _, ok := err.(*linefile.Error); !ok && !strings.Contains(err.Error(), "events/x.txt") {
				t.Errorf("error %v does not name the file", err)
			}
		}
	})
}

// FuzzLoadCues feeds arbitrary status and recode files to the loader: no panic, and errors
// name their file.
func FuzzLoadCues(f *testing.F) {
	table, _ := loadTable(f)
	f.Add("negated\tbefore\tnot\n", "intent\t04\t036\n")
	f.Add("planned\tafter\tbe scheduled\tintent\n", "intent\t04\t036\n")
	f.Add("maybe\tbefore\tx\n", "x\t99\t1\n")
	f.Fuzz(func(t *testing.T, status, recode string) {
		fsys := fstest.MapFS{
			"events/status.tsv": {Data: []byte(status)},
			"events/recode.tsv": {Data: []byte(recode)},
		}
		if _, err := event.LoadCues(fsys, table); err != nil && !strings.Contains(err.Error(), "events/") {
			t.Fatalf("error %q names no file", err)
		}
	})
}
