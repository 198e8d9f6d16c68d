package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-org/annals"
)

// endless repeats a pattern for ever, counting what was read: a device or a pipe that never ends.
type endless struct {
	pattern string
	read    int64
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.pattern[(e.read+int64(i))%int64(len(e.pattern))]
	}
	e.read += int64(len(p))
	return len(p), nil
}

// TestEndlessInput: "annals code /dev/zero" read for ever. A whole-file input is now read
// only countMax past its limit, a JSON Lines line with no end the same, and a batch stops at
// MaxTotalBytes; each with a Problem, never an error.
func TestEndlessInput(t *testing.T) {
	for _, tc := range []struct {
		name, pattern string
		opts          Options
		want          string
		articles      int
	}{
		{"zeros as text", "\x00", Options{MaxBytes: 1 << 10}, "article is over the limit of 1024 bytes, and more than", 0},
		{"letters as text", "war ", Options{MaxBytes: 1 << 10}, "article is over the limit of 1024 bytes, and more than", 0},
		{"one endless line", "a", Options{Format: JSONL, MaxBytes: 1 << 10}, "line is over the limit of 1024 bytes, and more than 67108864 bytes past it were left unread with no line end; the rest of the input is not read", 0},
		{"endless good lines", `{"id":"a","text":"Russia attacked Ukraine."}` + "\n", // 45 bytes
			Options{MaxTotalBytes: 4600}, "the batch is over its limit of 4600 bytes in all (MaxTotalBytes); the rest of it is not read", 4600 / 45},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &endless{pattern: tc.pattern}
			n := 0
			probs, err := ReadFiles(context.Background(), nil, src, tc.opts, func(annals.Article) error { n++; return nil })
			if err != nil {
				t.Fatal(err)
			}
			if len(probs) != 1 || !strings.Contains(probs[0].Msg, tc.want) {
				t.Errorf("problems %v, want one saying %q", probs, tc.want)
			}
			if n != tc.articles {
				t.Errorf("%d articles, want %d", n, tc.articles)
			}
			if src.read > 1<<27 {
				t.Errorf("read %d bytes", src.read)
			}
		})
	}
}

// TestTotalAcrossFiles: the total limit counts every input of the batch, and no input after
// the one cut is read.
func TestTotalAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Repeat("Protesters marched. ", 50)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var got []string
	probs, err := ReadFiles(context.Background(), paths, nil, Options{MaxTotalBytes: 1500},
		func(a annals.Article) error { got = append(got, a.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "a" || len(probs) != 1 || probs[0].File != paths[1] {
		t.Errorf("articles %v, problems %v; want a, and b cut", got, probs)
	}
}

// TestProblemsStreamed: with Options.Problem each rejected line is handed over as it is met,
// before the articles after it, and none is held to the end (4 million bad lines held 1.42 GB).
func TestProblemsStreamed(t *testing.T) {
	in := `{"id":"1","text":"First."}` + "\nnot json\n" + `{"id":"2","text":"Second."}` + "\n{}\n"
	var log []string
	opts := Options{Problem: func(p Problem) { log = append(log, "problem "+p.Error()) }}
	probs, err := ReadFiles(context.Background(), []string{"-", filepath.Join(t.TempDir(), "missing.txt")}, strings.NewReader(in), opts,
		func(a annals.Article) error { log = append(log, "article "+a.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 0 {
		t.Errorf("problems returned as well: %v", probs)
	}
	got := strings.Join(log, "\n")
	want := []string{"article 1", "problem -:2: malformed JSON", "article 2", "problem -:4: id: required field is missing", "problem /", "missing.txt: no such file or directory"}
	last := 0
	for _, w := range want {
		i := strings.Index(got[last:], w)
		if i < 0 {
			t.Fatalf("no %q in order in:\n%s", w, got)
		}
		last += i
	}
}
