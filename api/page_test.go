package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
)

// TestPostPage posts one saved web page as text/html: the job codes the article the
// extractor finds in it, under the id and url the query gives, dated by the page.
func TestPostPage(t *testing.T) {
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	ts, st := newServer(t, coder)
	page := `<!doctype html><html><head><title>Border talks | Valley Ledger</title>
		<meta property="article:published_time" content="2021-05-14T09:00:00Z"></head><body>
		<nav><a href="/">Home</a> <a href="/world">World</a></nav>
		<article><h1>Border talks</h1>
		<p>Armenian Prime Minister Nikol Pashinyan asked Russia for military aid on Thursday, his office said,
		after troops crossed the border near the southern town overnight and dug in on a hill above the road.</p>
		<p>The two governments will hold talks in the capital on Saturday, the foreign ministry said in a statement.</p>
		</article><footer>Copyright Valley Ledger</footer></body></html>`
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/api/articles?id=border-1&url=https://ledger.example/border", strings.NewReader(page))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "text/html; charset=utf-8")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var job struct{ ID string }
	err = json.NewDecoder(resp.Body).Decode(&job)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || err != nil {
		t.Fatalf("POST text/html: %d %v, want 202", resp.StatusCode, err)
	}
	if done := waitJob(t, ts.URL, job.ID); done.Added != 1 || done.RejectedCount != 0 {
		t.Fatalf("job %+v, want one article added", done)
	}
	a, events, err := st.Article(context.Background(), "border-1")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://ledger.example/border" || a.PublishedSource != "page" || strings.Contains(a.Text, "Copyright") || !strings.HasPrefix(a.Text, "Border talks\n") {
		t.Errorf("stored article %+v: want the page's body under its headline, the query's url, dated by the page", a)
	}
	if len(events) == 0 {
		t.Errorf("no events coded from the page")
	}
}
