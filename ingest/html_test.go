package ingest

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/annals-org/annals"
)

// testStory is a paragraph of running text long enough to make a page an article.
const testStory = "Farmers from the northern valleys blocked the main highway to the capital on Tuesday, " +
	"demanding that the government restore the fuel subsidy it cut last month. Police cleared the road by noon, " +
	"and the agriculture minister agreed to meet a delegation of the farmers' union in the capital on Thursday."

// articlePage wraps body in the furniture of a news site: a head with the given extra
// tags, a menu, a byline, share buttons, related links, a comment block and a footer.
func articlePage(head, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Valley farmers block highway | Daily Ledger</title>` + head +
		`<style>p{margin:0}</style><script>var ads = ["Skip Ad"];</script></head><body>
		<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
		<main><article>
		<h1>Valley farmers block highway</h1>
		<div class="byline">By A. Writer, March 13, 2015 9:00PM</div>` + body + `
		<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
		</article>
		<aside class="related"><h3>Read more</h3><ul>
		<li><a href="/a">Read: Neighbouring state sends troops to the border</a></li>
		<li><a href="/b">How did a surfer fend off a shark attack?</a></li></ul></aside>
		<section id="comments"><h3>Comments</h3><div class="comment">The minister should resign at once, says a reader.</div></section>
		</main>
		<footer>Copyright Daily Ledger. All rights reserved.</footer></body></html>`
}

func TestExtractPageText(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{
			name: "menus, byline, share, related links, comments and footer dropped; headline kept once",
			body: "<p>" + testStory + "</p>",
			want: "Valley farmers block highway\n" + testStory,
		},
		{
			name: "paragraphs become lines, entities decoded, white space collapsed",
			body: "<p>" + testStory + "</p><p>Trade &amp; tariffs:   &ldquo;no deal&rdquo; &#8212; talks end\nin the capital.</p>",
			want: "Valley farmers block highway\n" + testStory + "\nTrade & tariffs: \u201cno deal\u201d \u2014 talks end in the capital.",
		},
		{
			name: "soft hyphens and zero-width marks inside words dropped",
			body: "<p>" + strings.Replace(testStory, "government", "govern\u00adment", 1) + " The gover\u200bnor spoke.</p>",
			want: "Valley farmers block highway\n" + testStory + " The governor spoke.",
		},
		{
			name: "teasers for other pages inside the article dropped, a sentence with a link kept",
			body: "<p>" + testStory + `</p><p><strong>SEE MORE</strong>: <a href="/x">Neighbouring state sends troops to the border</a></p>
				<ul><li><a href="/y">Minister resigns</a> | <a href="/z">Storm hits coast</a></li></ul>
				<p>The union's leader, <a href="/p">Ana Ruiz</a>, called the talks a first step.</p>`,
			want: "Valley farmers block highway\n" + testStory + "\nThe union's leader, Ana Ruiz, called the talks a first step.",
		},
		{
			name: "figure captions dropped",
			body: `<figure><img src="x.jpg"><figcaption>A farmer waves a flag near a tractor. Photo: Agency</figcaption></figure><p>` + testStory + `</p>`,
			want: "Valley farmers block highway\n" + testStory,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, "p.html", articlePage("", tt.body), Options{})
			if len(probs) > 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v; want 1 article", len(got), probs)
			}
			if d := cmp.Diff(tt.want, got[0].Text); d != "" {
				t.Errorf("text (-want +got):\n%s", d)
			}
		})
	}
}

func TestExtractPageMetadata(t *testing.T) {
	published := time.Date(2022, 9, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, head string
		opts       Options
		want       time.Time
		wantSource string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2022-09-30T08:15:00Z">`, Options{}, published, annals.PublishedPage},
		{"JSON-LD datePublished", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-09-30"}</script>`, Options{}, published, annals.PublishedPage},
		{"the original date, not the modified one", `<meta property="article:modified_time" content="2023-01-05T10:00:00Z">` +
			`<meta property="article:published_time" content="2022-09-30T08:15:00Z">`, Options{}, published, annals.PublishedPage},
		{"page date beats --published", `<meta name="date" content="2022-09-30">`, Options{Published: day}, published, annals.PublishedPage},
		{"no date in the page: --published", "", Options{Published: day}, day, annals.PublishedInput},
		{"no date at all", "", Options{}, time.Time{}, annals.PublishedNone},
		{"a byline's date", "BYLINE", Options{}, time.Date(2015, 3, 13, 0, 0, 0, 0, time.UTC), annals.PublishedPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The byline's date is a date of the page too: leave it out here.
			page := articlePage(tt.head, "<p>"+testStory+"</p>")
			if tt.head == "BYLINE" {
				page = articlePage("", "<p>"+testStory+"</p>")
			} else {
				page = strings.Replace(page, ", March 13, 2015 9:00PM", "", 1)
			}
			got, probs := read(t, "p.html", page, tt.opts)
			if len(probs) > 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v; want 1 article", len(got), probs)
			}
			if d := cmp.Diff([2]any{tt.want, tt.wantSource}, [2]any{got[0].Published.UTC().Truncate(24 * time.Hour), got[0].PublishedSource}); d != "" {
				t.Errorf("published, source (-want +got):\n%s", d)
			}
		})
	}
}

func TestExtractPageArticle(t *testing.T) {
	head := `<meta property="og:site_name" content="Daily Ledger">
		<link rel="canonical" href="https://ledger.example/farmers"><meta name="date" content="2022-09-30">`
	got, probs := read(t, "pages/farmers.htm", articlePage(head, "<p>"+testStory+"</p>"), Options{})
	want := []annals.Article{{
		ID: "farmers", Published: time.Date(2022, 9, 30, 0, 0, 0, 0, time.UTC), Title: "Valley farmers block highway",
		Text: "Valley farmers block highway\n" + testStory, URL: "https://ledger.example/farmers", Source: "Daily Ledger",
		PublishedSource: annals.PublishedPage, Language: "en",
		Origin: annals.Origin{File: "pages/farmers.htm"},
	}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("article (-want +got):\n%s", d)
	}
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
}

func TestExtractPageEncodings(t *testing.T) {
	const story = "Caf\u00e9 owners in the old town said the mayor\u2019s curfew had emptied their terraces, " +
		"and they asked the council to lift it before the summer season begins next week."
	page := func(meta string) string {
		return `<html><head>` + meta + `<title>Curfew</title></head><body><article><p>` + story + `</p></article></body></html>`
	}
	win1252, err := charmap.Windows1252.NewEncoder().String(page(`<meta charset="windows-1252">`))
	if err != nil {
		t.Fatal(err)
	}
	// ISO-8859-1 has no curly apostrophe.
	latin1Page := strings.Replace(page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`), "\u2019", "'", 1)
	latin1, err := charmap.ISO8859_1.NewEncoder().String(latin1Page)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(page(""))
	if err != nil {
		t.Fatal(err)
	}
	undeclared, err := charmap.Windows1252.NewEncoder().String(page(""))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, page, want string
	}{
		{"windows-1252 declared", win1252, story},
		{"UTF-16 with a byte-order mark", utf16, story},
		{"undeclared and not UTF-8: windows-1252", undeclared, story},
		{"a stray bad byte in a UTF-8 page is replaced", page(`<meta charset="utf-8">`)[:60] + "\xff" + page(`<meta charset="utf-8">`)[60:], story},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, "p.html", tt.page, Options{})
			if len(probs) > 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v; want 1 article", len(got), probs)
			}
			if !strings.Contains(got[0].Text, tt.want) {
				t.Errorf("text %q does not hold %q", got[0].Text, tt.want)
			}
		})
	}
	t.Run("ISO-8859-1 declared", func(t *testing.T) {
		got, _ := read(t, "p.html", latin1, Options{})
		if len(got) != 1 || !strings.Contains(got[0].Text, "Caf\u00e9 owners") {
			t.Errorf("got %+v, want the text decoded from ISO-8859-1", got)
		}
	})
}

func TestExtractPageProblems(t *testing.T) {
	const noBody = "no article body found (a front page, an error page or a login wall?)"
	frontPage := `<html><head><title>Daily Ledger: news</title></head><body><nav><a href="/">Home</a></nav>
		<ul><li><a href="/1">Farmers block highway</a></li><li><a href="/2">Minister resigns</a></li>
		<li><a href="/3">Storm hits coast</a></li><li><a href="/4">Election date set</a></li></ul></body></html>`
	loginWall := `<html><head><title>Sign in</title></head><body><main><h1>Subscribers only</h1>
		<p>Please log in to continue reading.</p><form><input name="user"><button>Log in</button></form></main></body></html>`
	badUTF8 := `<html><head><meta charset="utf-8"></head><body><p>` + strings.Repeat("\xe9t\xe9 ", 40) + `</p></body></html>`
	tests := []struct {
		name, page string
		opts       Options
		want       []Problem
	}{
		{"front page", frontPage, Options{}, []Problem{{File: "p.html", Msg: noBody}}},
		{"login wall", loginWall, Options{}, []Problem{{File: "p.html", Msg: noBody}}},
		{"all script", `<html><head><script>` + strings.Repeat("var a = 1;", 500) + `</script></head><body></body></html>`,
			Options{}, []Problem{{File: "p.html", Msg: noBody}}},
		{"truncated page", articlePage("", "<p>"+testStory+"</p>")[:300], Options{}, []Problem{{File: "p.html", Msg: noBody}}},
		{"declared UTF-8, mostly not", badUTF8, Options{}, []Problem{{File: "p.html", Msg: "page declares UTF-8 but 80 of its 228 bytes are not UTF-8"}}},
		{"binary", "GIF89a\x01\x00\x01\x00\x00\xff", Options{}, []Problem{{File: "p.html", Msg: "binary file"}}},
		{"empty file", "", Options{}, []Problem{{File: "p.html", Msg: noBody}}},
		{"page over 8 x MaxBytes", "<p>" + strings.Repeat("a", 90) + "</p>", Options{MaxBytes: 10},
			[]Problem{{File: "p.html", Msg: "page is 97 bytes, over the limit of 80 bytes"}}},
		{"page over MaxPageBytes", "<p>" + strings.Repeat("a", MaxPageBytes) + "</p>", Options{},
			[]Problem{{File: "p.html", Msg: "page is 8388615 bytes, over the limit of 8388608 bytes"}}},
		{"text over MaxBytes", articlePage("", "<p>"+testStory+"</p>"), Options{MaxBytes: 200},
			[]Problem{{File: "p.html", Msg: "text is 328 bytes, over the limit of 200 bytes"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, "p.html", tt.page, tt.opts)
			if len(got) != 0 {
				t.Errorf("got articles %+v, want none", got)
			}
			if d := cmp.Diff(tt.want, probs); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Valley farmers block highway | Daily Ledger", "Daily Ledger", "Valley farmers block highway"},
		{"Valley farmers block highway - Daily Ledger", "Daily Ledger", "Valley farmers block highway"},
		{"Valley farmers block highway | World news", "", "Valley farmers block highway"},
		{"Valley farmers block highway - police clear road", "", "Valley farmers block highway - police clear road"},
		{"Farmers vs police: a long day | What happened, hour by hour, on the valley highway", "", "Farmers vs police: a long day | What happened, hour by hour, on the valley highway"},
		{"No separator here", "Daily Ledger", "No separator here"},
	}
	for _, tt := range tests {
		if got := headline(tt.title, tt.site); got != tt.want {
			t.Errorf("headline(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ fragment, want string }{
		{`<p>Troops <b>crossed</b> the border.</p><p>Talks are set for Saturday.</p>`, "Troops crossed the border.\nTalks are set for Saturday."},
		{`Police &amp; soldiers<br>cleared the road <a href="/x">near the plant</a>.`, "Police & soldiers\ncleared the road near the plant."},
		{`<script>track()</script><img src="x.jpg">`, ""},
	}
	for _, tt := range tests {
		if got := FragmentText(tt.fragment); got != tt.want {
			t.Errorf("FragmentText(%q) = %q, want %q", tt.fragment, got, tt.want)
		}
	}
}

// TestJSONLinesHTML checks that a JSON Lines record may carry a page's markup instead of
// its text, and that the record's own fields beat the page's.
func TestJSONLinesHTML(t *testing.T) {
	page, err := json.Marshal(articlePage(`<meta name="date" content="2022-09-30">`, "<p>"+testStory+"</p>"))
	if err != nil {
		t.Fatal(err)
	}
	input := `{"id":"p1","html":` + string(page) + "}\n" +
		`{"id":"p2","title":"Own title","published":"2022-10-01","html":` + string(page) + "}\n" +
		`{"id":"p3","html":"<p>Menu</p>"}` + "\n"
	got, probs := read(t, "in.jsonl", input, Options{})
	type summary struct{ ID, Title, Published, Source, Text string }
	var sums []summary
	for _, a := range got {
		sums = append(sums, summary{a.ID, a.Title, a.Published.Format(time.DateOnly), a.PublishedSource, a.Text})
	}
	text := "Valley farmers block highway\n" + testStory
	want := []summary{
		{"p1", "Valley farmers block highway", "2022-09-30", annals.PublishedPage, text},
		{"p2", "Own title", "2022-10-01", annals.PublishedInput, text},
	}
	if d := cmp.Diff(want, sums); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}
	wantProbs := []Problem{{File: "in.jsonl", Line: 3, Field: "html", Msg: "no article body found (a front page, an error page or a login wall?)"}}
	if d := cmp.Diff(wantProbs, probs); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}
