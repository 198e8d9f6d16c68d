package feed

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The feeds and the page below were written for these tests.
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Border Desk</title><link>http://example.test/</link>
<item>
  <guid>border-1</guid><title>Troops cross into Syunik</title><link>LINK/page/1</link>
  <pubDate>Wed, 12 May 2021 09:30:00 +0400</pubDate>
  <description><![CDATA[<p>Azerbaijani troops crossed <b>several kilometres</b> into Armenia on Wednesday.</p>]]></description>
</item>
<item>
  <title>Talks set for Saturday</title><link>LINK/page/2</link>
  <pubDate>Thu, 13 May 2021 18:00:00 GMT</pubDate>
  <description>Officials of the two countries will meet on Saturday.</description>
</item>
<item><description>An item with neither guid nor link.</description></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Capital Wire</title>
<entry><id>urn:wire:7</id><title>Ministers speak by phone</title>
<updated>2021-05-13T10:00:00Z</updated>
<content type="html">&lt;p&gt;The two foreign ministers spoke by telephone on Thursday.&lt;/p&gt;</content>
</entry></feed>`

const page = `<html><head><title>Troops cross into Syunik</title></head><body>
<nav>Home | World</nav><article><h1>Troops cross into Syunik</h1>
<p>Azerbaijani troops crossed several kilometres into Armenia's Syunik province on Wednesday, the Armenian defence ministry said.</p>
<p>Armenia asked the troops to withdraw and called on its allies for help.</p></article></body></html>`

func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var ts *httptest.Server
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.ReplaceAll(rss, "LINK", ts.URL)))
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(atom)) })
	mux.HandleFunc("/page/1", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(page)) })
	mux.HandleFunc("/big.xml", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("x", 5000))) })
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<rss><channel><item>")) })
	ts = httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func TestRead(t *testing.T) {
	ts := server(t)
	var r Reader
	got, problems, err := r.Read(context.Background(), ts.URL+"/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []annals.Article{
		{
			ID: "border-1", Title: "Troops cross into Syunik", URL: ts.URL + "/page/1", Source: "Border Desk",
			Published: time.Date(2021, 5, 12, 5, 30, 0, 0, time.UTC),
			Text:      "Troops cross into Syunik.\n\nAzerbaijani troops crossed several kilometres into Armenia on Wednesday.",
		},
		{
			ID: ts.URL + "/page/2", Title: "Talks set for Saturday", URL: ts.URL + "/page/2", Source: "Border Desk",
			Published: time.Date(2021, 5, 13, 18, 0, 0, 0, time.UTC),
			Text:      "Talks set for Saturday.\n\nOfficials of the two countries will meet on Saturday.",
		},
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(annals.Article{}, "Origin")); diff != "" {
		t.Errorf("RSS articles (-want +got):\n%s", diff)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "no guid and no link") {
		t.Errorf("problems = %v, want the item without guid or link", problems)
	}

	got, _, err = r.Read(context.Background(), ts.URL+"/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "urn:wire:7" || !strings.HasSuffix(got[0].Text, "spoke by telephone on Thursday.") ||
		!got[0].Published.Equal(time.Date(2021, 5, 13, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("Atom articles = %+v", got)
	}
}

func TestReadFetchPages(t *testing.T) {
	ts := server(t)
	r := Reader{FetchPages: true}
	got, _, err := r.Read(context.Background(), ts.URL+"/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got[0].Text, "the Armenian defence ministry said") || strings.Contains(got[0].Text, "Home | World") {
		t.Errorf("fetched page text = %q, want the article body without navigation", got[0].Text)
	}
	// The second item's page does not exist: its summary stays.
	if !strings.HasSuffix(got[1].Text, "will meet on Saturday.") {
		t.Errorf("item with a missing page: text %q, want its description", got[1].Text)
	}
}

func TestReadErrors(t *testing.T) {
	ts := server(t)
	r := Reader{MaxBytes: 1000}
	for _, path := range []string{"/missing.xml", "/big.xml", "/broken.xml"} {
		if _, _, err := r.Read(context.Background(), ts.URL+path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("Read(%s): err %v, want an error naming the feed", path, err)
		}
	}
}

// FuzzParse checks that any feed body gives articles with an id and text, or an error,
// and never a panic.
func FuzzParse(f *testing.F) {
	f.Add(rss)
	f.Add(atom)
	f.Add(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"Police detained 40 protesters."}]}`)
	f.Fuzz(func(t *testing.T, body string) {
		var r Reader
		articles, _, err := r.parse(context.Background(), "fuzz", body)
		if err != nil {
			return
		}
		for _, a := range articles {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article without id or text: %+v", a)
			}
		}
	})
}
