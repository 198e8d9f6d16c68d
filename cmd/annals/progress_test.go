package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProgressPlainLines(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, 3)
	p.interval = 0 // report every article
	p.add(2)
	p.add(0)
	p.finish()
	got := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(got) != 2 || !strings.HasPrefix(got[1], "progress: 2/3 articles, 2 events,") {
		t.Errorf("got %q, want two plain lines ending with 2/3 articles and 2 events", got)
	}
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, 4)
	p.terminal, p.interval = true, 0
	p.add(1)
	p.add(1)
	p.finish()
	out := buf.String()
	if !strings.Contains(out, "\r[###############---------------] 2/4 articles") || strings.Contains(out, "\n") {
		t.Errorf("got %q, want a bar half full redrawn in place", out)
	}
	if !strings.HasSuffix(out, "\r") {
		t.Errorf("got %q, want the bar cleared at the end", out)
	}
}

func TestCountArticles(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.jsonl": "{}\n\n{}\n{}\n", "b.txt": "x", "sub/c.html": "<p>x</p>", "notes.md": "x", ".h.txt": "x",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	if got := countArticles([]string{dir}); got != 5 {
		t.Errorf("countArticles(folder) = %d, want 5 (3 records, 2 files)", got)
	}
	if got := countArticles([]string{dir, "-"}); got != 0 {
		t.Errorf("with standard input: %d, want 0 (unknown)", got)
	}
}
