package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-org/annals/store/sqlite"
)

// A feed written for this test.
const testFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Desk</title>
<item><guid>t-1</guid><title>Clashes on the border</title><pubDate>Wed, 12 May 2021 09:00:00 GMT</pubDate>
<description>Azerbaijani troops attacked Armenian positions near Vardenis on Tuesday.</description></item>
</channel></rss>`

func TestWatchOnce(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(testFeed))
	}))
	defer ts.Close()
	db := filepath.Join(t.TempDir(), "w.db")
	for run := range 2 {
		var stdout, stderr bytes.Buffer
		code := run_(t, []string{"watch", "--once", "--db", db, ts.URL + "/feed.xml"}, &stdout, &stderr)
		if code != 0 {
			t.Fatalf("run %d: exit %d: %s", run, code, &stderr)
		}
		wantNew := []string{"new=1", "new=0"}[run]
		if !strings.Contains(stderr.String(), wantNew) {
			t.Errorf("run %d: log %q, want %s", run, &stderr, wantNew)
		}
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, events, err := st.Article(context.Background(), "t-1")
	found := false
	for _, e := range events {
		found = found || strings.HasPrefix(e.CAMEO, "19") && e.Date == "2021-05-11" && e.Source != nil && e.Source.Country == "AZE"
	}
	if err != nil || !found {
		t.Errorf("stored t-1: err %v, events %+v; want an attack (19x) by AZE dated 2021-05-11", err, events)
	}
	var stderr bytes.Buffer
	if code := run_(t, []string{"watch", "--once", "--db", db, ts.URL + "/missing.xml"}, &bytes.Buffer{}, &stderr); code != 1 || !strings.Contains(stderr.String(), "missing.xml") {
		t.Errorf("missing feed: exit %d, log %q; want 1 naming the feed", code, &stderr)
	}
}

func run_(t *testing.T, args []string, stdout, stderr *bytes.Buffer) int {
	t.Helper()
	return run(context.Background(), args, strings.NewReader(""), stdout, stderr)
}
