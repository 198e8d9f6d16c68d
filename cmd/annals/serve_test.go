package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeDrainsOnSIGTERM serves a store, sends the process SIGTERM as a service manager
// would, and checks that serve returns cleanly with the store closed: no -wal or -shm file
// left beside the database.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	db := filepath.Join(t.TempDir(), "annals.db")
	var stdout, stderr lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--db", db, "--create"}, strings.NewReader(""), &stdout, &stderr)
	}()
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
	var base string
	for base == "" {
		select {
		case code := <-exit:
			t.Fatalf("annals serve exited with %d before serving; stderr:\n%s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		base = addr.FindString(stderr.String())
	}
	for _, path := range []string{"/", "/api/events"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: %d, X-Content-Type-Options %q; want 200 and nosniff", path, resp.StatusCode, resp.Header.Get("X-Content-Type-Options"))
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := <-exit; code != 0 {
		t.Fatalf("annals serve exited with %d after SIGTERM; stderr:\n%s", code, stderr.String())
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(db + suffix); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left after a clean shutdown (%v)", filepath.Base(db+suffix), err)
		}
	}
}

func TestServeFolderAsDatabase(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr lockedBuffer
	code := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--db", dir}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), dir+": is a folder") {
		t.Errorf("serve --db FOLDER: exit %d, stderr %q; want 1 and a message naming the folder", code, stderr.String())
	}
}
