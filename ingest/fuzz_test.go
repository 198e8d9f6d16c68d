package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-org/annals"
)

// fuzzRead reads data in one format and checks what every emitted article must satisfy:
// valid UTF-8, non-empty text within the limit, no CRLF left, an id, an origin.
func fuzzRead(t *testing.T, name string, format Format, data []byte, max uint16) {
	opts := Options{Format: format, MaxBytes: int(max)}
	limit := opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	probs, err := Read(context.Background(), name, bytes.NewReader(data), opts, func(a annals.Article) error {
		switch {
		case !utf8.ValidString(a.Text):
			t.Errorf("article %q: invalid UTF-8 text %q", a.ID, a.Text)
		case strings.TrimSpace(a.Text) == "":
			t.Errorf("article %q: empty text", a.ID)
		case len(a.Text) > limit:
			t.Errorf("article %q: text of %d bytes over the limit %d", a.ID, len(a.Text), limit)
		case strings.Contains(a.Text, "\r\n"):
			t.Errorf("article %q: CRLF left in text", a.ID)
		case strings.TrimSpace(a.ID) == "" || !utf8.ValidString(a.ID):
			t.Errorf("bad id %q", a.ID)
		case !utf8.ValidString(a.Title) || !utf8.ValidString(a.URL) || !utf8.ValidString(a.Source):
			t.Errorf("article %q: invalid UTF-8 in title, url or source", a.ID)
		case a.Origin.File != name:
			t.Errorf("article %q: origin %v, want file %q", a.ID, a.Origin, name)
		}
		return nil
	})
	if err != nil {
		t.Errorf("Read: unexpected error %v", err)
	}
	for _, p := range probs {
		if p.File != name || p.Line < 0 || p.Msg == "" {
			t.Errorf("bad problem %#v", p)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"f1","text":"Talks resumed.","published":"2020-04-04"}` + "\n" + `{"id":2,"text":"x"}`,
		`{"id":"f2","text":"a\r\nb","published":"2020-04-04T10:00:00+01:00","title":"t"}`,
		"\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"\\u0000\"}\r\n\r\n{bad",
		`{"id":"f3","text":"\ud800 lone surrogate"}`,
		"{\"id\":\"x\",\"text\":\"\xff\"}",
		`[1,2]` + "\n" + `null` + "\n" + `{"text":" "}`,
		`{"id":"h","html":"<article><p>` + strings.Repeat("Troops crossed the border near the lake. ", 10) + `</p></article>"}`,
		`{"id":"h2","html":"<p>x</p>","title":"T","published":"2021-05-14"}`,
	} {
		f.Add([]byte(s), uint16(0))
		f.Add([]byte(s), uint16(16))
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint16) {
		fuzzRead(t, "f.jsonl", JSONL, data, max)
	})
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>T</title><meta name="date" content="2020-01-02"></head><body><article><p>A &amp; B</p></article></body></html>`,
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-01-02"}]}</script><main><p>x</p></main>`,
		`<form><p>in form</p></form><table><tr><td>a<td>b</table><svg><title>s</title></svg>&#0;&#1;&#x10FFFF;&#xD800;`,
		"<p>\r\n\u00a0\u2009 x</p><pre>  y  </pre><br><hr>",
		`<article><time datetime="2020-01-02T03:04:05Z"></time><article><p>nested</p></article></article>`,
		"<p>caf\xe9</p>",
		"\xFF\xFE<\x00p\x00>\x00x\x00",
		`<meta charset="windows-1252"><article><p>` + strings.Repeat("Caf\xe9 owners asked the council to act. ", 8) + `</p><p><b>SEE MORE</b>: <a href="/">x</a></p></article>`,
		`<meta charset="x-user-defined"><p>a</p>`,
		`<meta charset="replacement"><p>a</p>`,
		`<html><head><meta property="article:published_time" content="2021-05-14"></head><body><article><h1>H</h1><p>` + strings.Repeat("Troops crossed the border near the lake. ", 10) + `</p></article></body></html>`,
	} {
		f.Add([]byte(s), uint16(0))
		f.Add([]byte(s), uint16(8))
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint16) {
		fuzzRead(t, "f.html", HTML, data, max)
	})
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		"Plain report.\r\nSecond line.\r",
		"\xEF\xBB\xBF\r\n",
		"\xFF\xFEu\x00",
		"bin\x00ary",
		"\x01\x02\x03abc",
		"",
	} {
		f.Add([]byte(s), uint16(0))
		f.Add([]byte(s), uint16(4))
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint16) {
		fuzzRead(t, "f.txt", Text, data, max)
	})
}
