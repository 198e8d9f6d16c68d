package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, page string
		want       string
	}{
		{
			name: "boilerplate dropped, blocks become lines",
			page: `<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body>
				<header><h1>Site name</h1></header><nav><a href="/">Home</a></nav>
				<p>Farmers   blocked
				the   highway.</p><div>Police <b>cleared</b> it<br>by noon.</div>
				<script>var x = "not text";</script><form><input value="q"><button>Search</button></form>
				<aside>Related: other news</aside><footer>Copyright</footer></body></html>`,
			want: "Farmers blocked the highway.\nPolice cleared it\nby noon.",
		},
		{
			name: "entities decoded",
			page: `<p>Trade &amp; tariffs: &ldquo;no deal&rdquo; &#8212; 3.5&nbsp;km &lt;south&gt; &eacute;t&eacute;</p>`,
			want: "Trade & tariffs: \u201cno deal\u201d \u2014 3.5 km <south> \u00e9t\u00e9",
		},
		{
			name: "article preferred over page text",
			page: `<body><div>Breaking ticker</div><article><header><h1>Headline</h1></header>
				<p>The council voted.</p><p>It passed.</p><footer>Share this</footer></article><div>More stories</div></body>`,
			want: "The council voted.\nIt passed.",
		},
		{
			name: "main preferred when no article",
			page: `<body><div>Menu words</div><main><h2>Floods</h2><p>Rivers rose.</p></main><div>Ad</div></body>`,
			want: "Floods\nRivers rose.",
		},
		{
			name: "role=main counts as main",
			page: `<body><div>Menu</div><div role="main"><p>Main story.</p></div></body>`,
			want: "Main story.",
		},
		{
			name: "longest article wins over teasers; articles in asides ignored",
			page: `<body><aside><article><p>A much longer teaser in the sidebar that should never be chosen at all.</p></article></aside>
				<article><p>Short teaser.</p></article>
				<article><p>The real story is here.</p><p>With a second paragraph.</p></article></body>`,
			want: "The real story is here.\nWith a second paragraph.",
		},
		{
			name: "hidden content and nested inline tags",
			page: `<p>Seen <span hidden>unseen</span><span aria-hidden="true">icon</span><span style="display: none">gone</span>text<i>,</i> <em>here</em>.</p>`,
			want: "Seen text, here.",
		},
		{
			name: "lists, headings and table cells",
			page: `<h2>Casualties</h2><ul><li>Three   killed</li><li>Nine hurt</li></ul><table><tr><td>North</td><td>12</td></tr><tr><th>South</th><th>4</th></tr></table>`,
			want: "Casualties\nThree killed\nNine hurt\nNorth 12\nSouth 4",
		},
		{
			name: "svg, noscript, template and control references dropped",
			page: `<p>Map<svg><text>label</text></svg> below.<noscript>Enable JS</noscript><template>tpl</template> Bell&#7;s.</p>`,
			want: "Map below. Bells.",
		},
		{
			name: "body inside a form still yields text",
			page: `<body><form id="page"><div><p>Whole page sits in a form.</p></div></form></body>`,
			want: "Whole page sits in a form.",
		},
		{
			name: "broken markup",
			page: `<p>Unclosed <b>bold <p>next para<div>div</p></span>tail`,
			want: "Unclosed bold\nnext para\ndiv\ntail",
		},
		{
			name: "text fragment without tags",
			page: "Just words,\r\nno tags.",
			want: "Just words, no tags.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, "page.html", tt.page, Options{})
			if len(probs) != 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v", len(got), probs)
			}
			if d := cmp.Diff(tt.want, got[0].Text); d != "" {
				t.Errorf("text (-want +got):\n%s", d)
			}
		})
	}
}

func TestHTMLMetadata(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	body := `<body><article><p>Story.</p></article></body>`
	meta := func(attr, key, val string) string {
		return `<html><head><meta ` + attr + `="` + key + `" content="` + val + `"></head>` + body + `</html>`
	}
	ld := func(js string) string {
		return `<html><head><script type="application/ld+json">` + js + `</script></head>` + body + `</html>`
	}
	tests := []struct {
		name, page string
		want       time.Time
	}{
		{"article:published_time", meta("property", "article:published_time", "2022-06-01T10:15:00Z"), utc(2022, 6, 1, 10, 15)},
		{"date", meta("name", "date", "2022-06-02"), utc(2022, 6, 2, 0, 0)},
		{"pubdate", meta("name", "pubdate", "2022-06-03T07:00:00"), utc(2022, 6, 3, 7, 0)},
		{"publishdate", meta("name", "publishdate", "2022-06-04 09:30"), utc(2022, 6, 4, 9, 30)},
		{"DC.date.issued", meta("name", "DC.date.issued", "2022-06-05"), utc(2022, 6, 5, 0, 0)},
		{"dcterms.created", meta("name", "dcterms.created", "2022-06-06"), utc(2022, 6, 6, 0, 0)},
		{"citation_publication_date", meta("name", "citation_publication_date", "2022/06/07"), utc(2022, 6, 7, 0, 0)},
		{"og:published_time", meta("property", "og:published_time", "2022-06-08T12:00:00.000+0000"), utc(2022, 6, 8, 12, 0)},
		{"itemprop datePublished", meta("itemprop", "datePublished", "2022-06-09"), utc(2022, 6, 9, 0, 0)},
		{"JSON-LD object", ld(`{"@type":"NewsArticle","datePublished":"2022-06-10T08:00:00Z"}`), utc(2022, 6, 10, 8, 0)},
		{"JSON-LD array", ld(`[{"@type":"Organization","name":"X"},{"@type":"Article","datePublished":"2022-06-11"}]`), utc(2022, 6, 11, 0, 0)},
		{"JSON-LD @graph prefers the article",
			ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["ReportageNewsArticle"],"datePublished":"2022-06-12"}]}`),
			utc(2022, 6, 12, 0, 0)},
		{"JSON-LD other type when no article", ld(`{"@type":"WebPage","datePublished":"2022-06-13"}`), utc(2022, 6, 13, 0, 0)},
		{"bad JSON-LD ignored", ld(`{"datePublished": "2022-06-14",}`), day},
		{"time in the article", `<body><time datetime="2019-01-01">old</time><article><header><time datetime="2022-06-15T06:00:00+00:00">June 15</time></header><p>Story.</p></article></body>`,
			utc(2022, 6, 15, 6, 0)},
		{"time outside an article is not used", `<body><time datetime="2022-06-16">x</time><p>Story.</p></body>`, day},
		{"unparseable meta falls through to the next source",
			`<head><meta property="article:published_time" content="yesterday"><meta name="date" content="2022-06-17"></head>` + body,
			utc(2022, 6, 17, 0, 0)},
		{"meta beats JSON-LD beats time",
			`<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-01"}</script>` +
				`<meta name="date" content="2022-06-18"></head><article><time datetime="2021-01-01"></time><p>Story.</p></article>`,
			utc(2022, 6, 18, 0, 0)},
		{"JSON-LD beats time",
			`<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-06-19"}</script></head>` +
				`<article><time datetime="2021-01-01"></time><p>Story.</p></article>`,
			utc(2022, 6, 19, 0, 0)},
		{"no metadata: Options.Published", `<p>Story.</p>`, day},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, "m.html", tt.page, Options{Published: day})
			if len(probs) != 0 || len(got) != 1 {
				t.Fatalf("got %d articles, problems %v", len(got), probs)
			}
			if d := cmp.Diff(tt.want, got[0].Published); d != "" {
				t.Errorf("published (-want +got):\n%s", d)
			}
		})
	}
}

func TestHTMLArticle(t *testing.T) {
	page := `<html><head><title>  Storm
		hits   coast | The Gazette </title>
		<meta property="og:title" content="Storm hits coast">
		<meta property="og:site_name" content="The Gazette">
		<link rel="canonical" href="https://gazette.example/storm">
		<meta name="date" content="2022-09-30"></head>
		<body><article><p>Winds reached 150 km/h.</p></article></body></html>`
	got, probs := read(t, "pages/storm.htm", page, Options{Published: day})
	want := []annals.Article{{
		ID: "storm", Published: time.Date(2022, 9, 30, 0, 0, 0, 0, time.UTC), Title: "Storm hits coast | The Gazette",
		Text: "Winds reached 150 km/h.", URL: "https://gazette.example/storm", Source: "The Gazette",
		Origin: annals.Origin{File: "pages/storm.htm"},
	}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("article (-want +got):\n%s", d)
	}
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
}

func TestHTMLProblems(t *testing.T) {
	tests := []struct {
		name, page string
		opts       Options
		want       []Problem
	}{
		{"invalid UTF-8", "<p>caf\xe9</p>", Options{}, []Problem{{File: "p.html", Msg: "invalid UTF-8 at byte 6"}}},
		{"binary", "GIF89a\x01\x00\x01\x00\x00\xff", Options{}, []Problem{{File: "p.html", Msg: "binary file"}}},
		{"no text", `<html><head><title>Only a title</title></head><body><nav>Home</nav><script>x()</script></body></html>`,
			Options{}, []Problem{{File: "p.html", Msg: "empty text"}}},
		{"nested past the parser's limit", strings.Repeat("<div>", 600) + "deep", Options{},
			[]Problem{{File: "p.html", Msg: "malformed HTML: open stack of elements exceeds 512 nodes"}}},
		{"empty file", "", Options{}, []Problem{{File: "p.html", Msg: "empty text"}}},
		{"page over 8 x MaxBytes", "<p>" + strings.Repeat("a", 90) + "</p>", Options{MaxBytes: 10},
			[]Problem{{File: "p.html", Msg: "page is 97 bytes, over the limit of 80 bytes"}}},
		{"text over MaxBytes", "<p>" + strings.Repeat("a", 30) + "</p>", Options{MaxBytes: 10},
			[]Problem{{File: "p.html", Msg: "text is 30 bytes, over the limit of 10 bytes"}}},
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
