package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer that a command writes while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestDemo runs `annals demo`, reads the page and the examples' events from the address it
// prints, stops it, and checks that its temporary folder is gone.
func TestDemo(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var stdout, stderr lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- run(ctx, []string{"demo", "--addr", "127.0.0.1:0"}, strings.NewReader(""), &stdout, &stderr)
	}()

	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == ""; time.Sleep(20 * time.Millisecond) {
		base = addr.FindString(stdout.String())
		select {
		case code := <-exit:
			t.Fatalf("annals demo exited with %d before serving; stderr:\n%s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("annals demo printed no address in 30s; stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
		}
	}

	get := func(path string) []byte {
		t.Helper()
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: got status %d, want 200: %s", path, res.StatusCode, b)
		}
		return b
	}
	if page := get("/"); !bytes.Contains(page, []byte(`id="map"`)) {
		t.Errorf("GET /: got no map in the page:\n%s", page)
	}
	if got := get("/healthz"); len(got) == 0 {
		t.Error("GET /healthz: got an empty body")
	}
	var events []json.RawMessage
	if err := json.Unmarshal(get("/api/events?limit=1000"), &events); err != nil {
		t.Fatal(err)
	}
	if want := regexp.MustCompile(`into (\d+) events`).FindStringSubmatch(stdout.String()); want == nil || want[1] == "0" {
		t.Errorf("annals demo output: got %q, want the count of coded events", stdout.String())
	} else if got := len(events); want[1] != strconv.Itoa(got) {
		t.Errorf("GET /api/events: got %d events, want %s as printed", got, want[1])
	}

	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("annals demo: got exit status %d, want 0; stderr:\n%s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("annals demo did not stop within 15s of its context's end")
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) > 0 {
		t.Errorf("after annals demo: got %d entries left in the temporary folder (%s...), want none", len(left), left[0].Name())
	}
}
