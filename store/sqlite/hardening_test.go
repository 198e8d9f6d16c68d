package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-org/annals/store/storetest"
)

func TestCloseLeavesNoWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	f := storetest.Fixture()[0]
	if _, err := s.PutArticle(context.Background(), &f.A, f.Events, "v1"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left after Close (%v)", filepath.Base(path+suffix), err)
		}
	}
	s = open(t, path)
	if _, err := s.Event(context.Background(), f.Events[0].ID); err != nil {
		t.Errorf("after reopening: %v", err)
	}
}

func TestOpenFolderNamesPath(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(context.Background(), dir)
	if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "folder") {
		t.Errorf("Open(folder): %v, want an error naming %s as a folder", err, dir)
	}
}
