package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/annals-org/annals"
)

// TestFolderLinks: a link named like an article file that points back up the tree
// ("ln -s . d/self.txt") used to be read as a file, found to be a folder, walked again and
// so on until the stack overflowed. Each real folder and file is now read once, and every
// link that is skipped is a Problem while the batch goes on.
func TestFolderLinks(t *testing.T) {
	dir := t.TempDir()
	d := filepath.Join(dir, "d")
	write := func(name, body string) {
		p := filepath.Join(d, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "First story.")
	write("sub/b.txt", "Second story.")
	for link, target := range map[string]string{
		"self.txt":     ".",           // a folder named like a text file
		"sub/up":       "..",          // a loop through a subfolder
		"again.txt":    "a.txt",       // the same file under a second name
		"gone.txt":     "missing.txt", // a broken link
		"sub/loop.txt": "loop.txt",    // a link to itself
	} {
		if err := os.Symlink(target, filepath.Join(d, link)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(d, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{d, filepath.Join(d, "self.txt")} {
		var got []string
		probs, err := ReadFiles(context.Background(), []string{name}, nil, Options{},
			func(a annals.Article) error { got = append(got, a.Text); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "|") != "First story.|Second story." {
			t.Errorf("%s: articles %q, want the two stories once each", name, got)
		}
		var msgs []string
		for _, p := range probs {
			msgs = append(msgs, strings.TrimPrefix(p.Error(), d+"/"))
		}
		all := strings.Join(msgs, "\n")
		for _, want := range []string{"again.txt: same as", "gone.txt: broken link", "pipe.txt: not a regular file", "self.txt: same as", "sub/loop.txt: broken link", "sub/up: same as"} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: no problem %q in:\n%s", name, want, all)
			}
		}
	}
	if files := Files([]string{d}); len(files) != 2 {
		t.Errorf("Files = %q, want the two stories", files)
	}
}
