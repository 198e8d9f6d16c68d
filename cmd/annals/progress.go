package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/annals-org/annals/ingest"
)

// progress reports a long batch: a bar redrawn in place on a terminal, a plain line every
// interval otherwise (logs, CI).
type progress struct {
	w        io.Writer
	terminal bool
	total    int // articles expected; 0 when unknown (standard input)
	start    time.Time
	interval time.Duration

	mu          sync.Mutex
	done, evs   int
	last        time.Time
	drewOnce    bool
	lastLineLen int
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, terminal: isTerminal(w), total: total, start: time.Now()}
	p.interval = 10 * time.Second
	if p.terminal {
		p.interval = 100 * time.Millisecond
	}
	p.last = p.start
	return p
}

// isTerminal says whether w is a character device, as a terminal is.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// add counts one article and its events, and reports when the interval has passed.
func (p *progress) add(events int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.evs += events
	if now := time.Now(); now.Sub(p.last) >= p.interval {
		p.last = now
		p.report(now)
	}
}

func (p *progress) report(now time.Time) {
	rate := float64(p.done) / max(now.Sub(p.start).Seconds(), 1e-3)
	of := ""
	if p.total > 0 {
		of = fmt.Sprintf("/%d", p.total)
	}
	line := fmt.Sprintf("%d%s articles, %d events, %.0f articles/s", p.done, of, p.evs, rate)
	if !p.terminal {
		fmt.Fprintln(p.w, "progress:", line)
		return
	}
	if p.total > 0 {
		const width = 30
		filled := min(width, width*p.done/p.total)
		line = "[" + strings.Repeat("#", filled) + strings.Repeat("-", width-filled) + "] " + line
		if p.done < p.total && rate > 0 {
			line += fmt.Sprintf(", %s left", (time.Duration(float64(p.total-p.done)/rate) * time.Second).Round(time.Second))
		}
	}
	pad := max(0, p.lastLineLen-len(line))
	fmt.Fprint(p.w, "\r"+line+strings.Repeat(" ", pad))
	p.lastLineLen = len(line)
	p.drewOnce = true
}

// finish clears the bar, so that the summary that follows starts on a clean line.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal && p.drewOnce {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.lastLineLen)+"\r")
	}
}

// countArticles estimates the articles of a batch for the bar: a line per JSON Lines
// record, one per other file, folders as ingest reads them. Standard input is not counted
// (0 means unknown). Files that cannot be read count nothing; ingest reports them.
func countArticles(paths []string) int {
	n := 0
	for _, p := range ingest.Files(paths) {
		switch {
		case p == "-":
			return 0
		case strings.EqualFold(filepath.Ext(p), ".jsonl"):
			n += countLines(p)
		default:
			n++
		}
	}
	return n
}

func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	return n
}
