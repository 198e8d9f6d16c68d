package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/annals-org/annals"
)

var day = time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)

// ignoreProvenance leaves the publication date's source and the language out of
// comparisons that are about other fields; TestProvenance checks them.
var ignoreProvenance = cmpopts.IgnoreFields(annals.Article{}, "PublishedSource", "Language")

// read runs Read on an inline input and collects what it emits.
func read(t *testing.T, name, input string, opts Options) ([]annals.Article, []Problem) {
	t.Helper()
	var got []annals.Article
	probs, err := Read(context.Background(), name, strings.NewReader(input), opts, func(a annals.Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%q): unexpected error %v", name, err)
	}
	return got, probs
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.jsonl", Line: 3, Field: "id", Msg: "required field is missing"}, "a.jsonl:3: id: required field is missing"},
		{Problem{File: "a.jsonl", Line: 3, Msg: "malformed JSON: x"}, "a.jsonl:3: malformed JSON: x"},
		{Problem{File: "b.txt", Msg: "empty text"}, "b.txt: empty text"},
		{Problem{File: "c.jsonl", Field: "text", Msg: "m"}, "c.jsonl: text: m"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, file, input string
		opts              Options
		want              []annals.Article
		probs             []Problem
	}{
		{
			name: "plain", file: "news/harbour-fire.txt", input: "The harbour fire burned for two days.\n",
			opts: Options{Published: day},
			want: []annals.Article{{ID: "harbour-fire", Published: day, Text: "The harbour fire burned for two days.\n",
				Origin: annals.Origin{File: "news/harbour-fire.txt"}}},
		},
		{
			name: "crlf normalised, lone CR kept", file: "a.txt", input: "Line one.\r\nLine two.\rsame line\r\n",
			want: []annals.Article{{ID: "a", Text: "Line one.\nLine two.\rsame line\n", Origin: annals.Origin{File: "a.txt"}}},
		},
		{
			name: "CR CR LF is one line end", file: "b.txt", input: "one\r\r\ntwo\r\r\r",
			want: []annals.Article{{ID: "b", Text: "one\ntwo\r\r\r", Origin: annals.Origin{File: "b.txt"}}},
		},
		{
			name: "leading BOM dropped", file: "bom.txt", input: "\xEF\xBB\xBFMayor resigns.",
			want: []annals.Article{{ID: "bom", Text: "Mayor resigns.", Origin: annals.Origin{File: "bom.txt"}}},
		},
		{
			name: "text kept verbatim", file: "x.y.txt", input: "  Two  spaces\ttab \n\n\nand blank lines  ",
			want: []annals.Article{{ID: "x.y", Text: "  Two  spaces\ttab \n\n\nand blank lines  ", Origin: annals.Origin{File: "x.y.txt"}}},
		},
		{
			name: "stdin id", file: "-", input: "Rain closed the pass.", opts: Options{Format: Text, Published: day},
			want: []annals.Article{{ID: "stdin", Published: day, Text: "Rain closed the pass.", Origin: annals.Origin{File: "-"}}},
		},
		{
			name: "invalid UTF-8", file: "bad.txt", input: "caf\xc3\xa9 ok, then \xff here",
			probs: []Problem{{File: "bad.txt", Msg: "invalid UTF-8 at byte 15"}},
		},
		{
			name: "truncated rune at end", file: "cut.txt", input: "ends with \xe2\x82",
			probs: []Problem{{File: "cut.txt", Msg: "invalid UTF-8 at byte 10"}},
		},
		{
			name: "NUL is binary", file: "blob.txt", input: "PK\x03\x04\x00\x00\x08\x00 some zip",
			probs: []Problem{{File: "blob.txt", Msg: "binary file"}},
		},
		{
			name: "many control bytes are binary", file: "ctl.txt", input: "a\x01b\x02c\x03d\x04e\x05",
			probs: []Problem{{File: "ctl.txt", Msg: "binary file"}},
		},
		{
			name: "a stray control byte is not binary", file: "one.txt", input: "A long enough sentence with one \x07 bell in it.",
			want: []annals.Article{{ID: "one", Text: "A long enough sentence with one \x07 bell in it.", Origin: annals.Origin{File: "one.txt"}}},
		},
		{
			name: "UTF-16", file: "wide.txt", input: "\xFF\xFEH\x00i\x00",
			probs: []Problem{{File: "wide.txt", Msg: "UTF-16 text is not supported; convert it to UTF-8"}},
		},
		{
			name: "empty", file: "empty.txt", input: "",
			probs: []Problem{{File: "empty.txt", Msg: "empty text"}},
		},
		{
			name: "whitespace only", file: "blank.txt", input: " \r\n\t\n ",
			probs: []Problem{{File: "blank.txt", Msg: "empty text"}},
		},
		{
			name: "oversize", file: "big.txt", input: strings.Repeat("word ", 10), opts: Options{MaxBytes: 20},
			probs: []Problem{{File: "big.txt", Msg: "article is 50 bytes, over the limit of 20 bytes"}},
		},
		{
			name: "exactly the limit", file: "fit.txt", input: "0123456789", opts: Options{MaxBytes: 10},
			want: []annals.Article{{ID: "fit", Text: "0123456789", Origin: annals.Origin{File: "fit.txt"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, tt.file, tt.input, tt.opts)
			if d := cmp.Diff(tt.want, got, ignoreProvenance); d != "" {
				t.Errorf("articles (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.probs, probs); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
		})
	}
}

func TestFormatDetection(t *testing.T) {
	const jsonLine = `{"id":"k1","text":"Body."}`
	page := articlePage("", "<p>"+testStory+"</p>")
	pageText := "Valley farmers block highway\n" + testStory
	tests := []struct {
		name, file, input string
		format            Format
		wantID, wantText  string
	}{
		{"jsonl by extension", "f.jsonl", jsonLine, Auto, "k1", "Body."},
		{"extension case-insensitive", "F.JSONL", jsonLine, Auto, "k1", "Body."},
		{"txt by extension even if it looks like JSON", "f.txt", jsonLine, Auto, "f", jsonLine},
		{"html by extension", "p.html", page, Auto, "p", pageText},
		{"htm by extension", "p.htm", page, Auto, "p", pageText},
		{"stdin JSON Lines", "-", "\n  " + jsonLine, Auto, "k1", "Body."},
		{"stdin JSON Lines after BOM", "-", "\xEF\xBB\xBF" + jsonLine, Auto, "k1", "Body."},
		{"stdin text", "-", "Plain words.", Auto, "stdin", "Plain words."},
		{"stdin html sniffed", "-", "\n " + page, Auto, "stdin", pageText},
		{"stdin comment first is html", "-", "<!-- saved page -->" + page, Auto, "stdin", pageText},
		{"stdin text opening with a bracket is text", "-", "<3 words.", Auto, "stdin", "<3 words."},
		{"stdin forced html", "-", page, HTML, "stdin", pageText},
		{"unknown extension sniffed", "notes.md", jsonLine, Auto, "k1", "Body."},
		{"forced format beats extension", "f.txt", jsonLine, JSONL, "k1", "Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, tt.file, tt.input, Options{Format: tt.format})
			if len(probs) > 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v; want 1 article", len(got), probs)
			}
			if d := cmp.Diff([2]string{tt.wantID, tt.wantText}, [2]string{got[0].ID, got[0].Text}); d != "" {
				t.Errorf("id, text (-want +got):\n%s", d)
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	_, err := Read(context.Background(), "x", strings.NewReader("x"), Options{Format: "csv"}, func(annals.Article) error { return nil })
	if err == nil {
		t.Fatal("Read with format csv: want an error")
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "First story.")
	b := write("b.jsonl", `{"id":"b1","text":"Second."}`+"\n"+`{"id":"b2"}`+"\n")
	missing := filepath.Join(dir, "nope.txt")

	var ids []string
	probs, err := ReadFiles(context.Background(), []string{a, missing, dir, "-", b}, strings.NewReader("From stdin."),
		Options{}, func(x annals.Article) error { ids = append(ids, x.ID+"@"+x.Origin.String()); return nil })
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"a@" + a, "a@" + a, "b1@" + b + ":1", "stdin@-", "b1@" + b + ":1"}
	if d := cmp.Diff(wantIDs, ids); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}
	wantProbs := []Problem{
		{File: missing, Msg: "no such file or directory"},
		{File: b, Line: 2, Field: "text", Msg: "required field is missing (or give the page's markup in html)"},
		{File: b, Line: 2, Field: "text", Msg: "required field is missing (or give the page's markup in html)"},
	}
	if d := cmp.Diff(wantProbs, probs); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}

	// No paths at all means stdin.
	ids = nil
	if _, err := ReadFiles(context.Background(), nil, strings.NewReader("Only stdin."), Options{},
		func(x annals.Article) error { ids = append(ids, x.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"stdin"}, ids); d != "" {
		t.Errorf("no paths (-want +got):\n%s", d)
	}
}

func TestStops(t *testing.T) {
	input := `{"id":"1","text":"a"}` + "\n" + `{"id":"2","text":"b"}` + "\n" + `{"id":"3","text":"c"}` + "\n"
	stop := errors.New("stop")
	tests := []struct {
		name    string
		cancel  bool // cancel ctx before Read
		failAt  int  // emit fails on this article (1-based)...
		cancelA bool // ...or cancels ctx there instead
		wantErr error
		wantN   int
	}{
		{name: "cancelled before", cancel: true, wantErr: context.Canceled, wantN: 0},
		{name: "emit error stops", failAt: 2, wantErr: stop, wantN: 2},
		{name: "cancelled between articles", failAt: 1, cancelA: true, wantErr: context.Canceled, wantN: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancel {
				cancel()
			}
			n := 0
			_, err := Read(ctx, "s.jsonl", strings.NewReader(input), Options{}, func(annals.Article) error {
				n++
				if n == tt.failAt {
					if tt.cancelA {
						cancel()
						return nil
					}
					return stop
				}
				return nil
			})
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if n != tt.wantN {
				t.Errorf("emitted %d, want %d", n, tt.wantN)
			}
		})
	}
}

// failingReader fails after its data, as a broken disk or pipe would.
type failingReader struct{ data string }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, errors.New("device gone")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestIOError(t *testing.T) {
	for _, format := range []Format{JSONL, Text, HTML} {
		_, err := Read(context.Background(), "x", &failingReader{data: `{"id":"1","text":"a"}` + "\n"}, Options{Format: format},
			func(annals.Article) error { return nil })
		if err == nil || !strings.Contains(err.Error(), "device gone") {
			t.Errorf("%s: err = %v, want the I/O error", format, err)
		}
	}
}

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"z.txt":          "Last story.",
		"sub/m.html":     articlePage("", "<p>"+testStory+"</p>"),
		"a.jsonl":        `{"id":"first","text":"First story."}` + "\n",
		"notes.md":       "Not an article.",
		".hidden.txt":    "Hidden.",
		".git/HEAD.txt":  "Hidden folder.",
		"empty/README":   "nothing",
		"sub/deep/y.txt": "Deep story.",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	probs, err := ReadFiles(context.Background(), []string{dir, filepath.Join(dir, "empty")}, nil, Options{},
		func(x annals.Article) error { got = append(got, x.Text); return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"First story.", "Deep story.", "Valley farmers block highway\n" + testStory, "Last story."}
	if d := cmp.Diff(want, got, ignoreProvenance); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}
	wantProbs := []Problem{{File: filepath.Join(dir, "empty"), Msg: "folder holds no .jsonl, .txt or .html files"}}
	if d := cmp.Diff(wantProbs, probs); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}
