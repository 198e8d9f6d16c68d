package ingest

import (
	"bufio"
	"bytes"
	"math"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/annals-org/annals"
)

func (rd *reader) html(br *bufio.Reader) error {
	limit := rd.max
	if limit <= math.MaxInt/htmlFactor {
		limit *= htmlFactor
	}
	data, size, err := readAll(br, limit)
	if err != nil {
		return err
	}
	if data == nil {
		rd.problem(0, "", overMsg("page", size, limit))
		return nil
	}
	// The parser would pass invalid UTF-8 through or hide it; check the raw bytes.
	if msg := checkBytes(data, "binary file"); msg != "" {
		rd.problem(0, "", msg)
		return nil
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// The reader cannot fail, so this is the page: nesting past the parser's limit.
		rd.problem(0, "", "malformed HTML: "+strings.TrimPrefix(err.Error(), "html: "))
		return nil
	}
	p := extract(doc)
	text, msg := rd.finish([]byte(p.text))
	if msg != "" {
		rd.problem(0, "", msg)
		return nil
	}
	published := p.published
	if published.IsZero() {
		published = rd.opts.Published
	}
	return rd.send(annals.Article{
		ID:        fileID(rd.name),
		Published: published,
		Title:     p.title,
		Text:      text,
		URL:       p.url,
		Source:    p.site,
		Origin:    annals.Origin{File: rd.name},
	})
}

// page is what is taken from one HTML document.
type page struct {
	title, text, url, site string
	published              time.Time
}

// metaDateKeys are the <meta> names and properties that carry a publication date, most
// trusted first. "datepublished" is schema.org microdata (itemprop).
var metaDateKeys = []string{
	"article:published_time", "date", "pubdate", "publishdate", "dc.date.issued",
	"dcterms.created", "citation_publication_date", "og:published_time", "datepublished",
}

// scan gathers the page's metadata and the candidate roots of its main text.
type scan struct {
	title, ogTitle, canonical, ogURL, site string
	meta                                   map[string]string // first content per key
	ldDates                                []string          // JSON-LD datePublished, best first
	articles                               []*html.Node      // outermost, outside asides and navs
	main, body                             *html.Node
}

func extract(doc *html.Node) page {
	s := &scan{meta: map[string]string{}}
	s.walk(doc, false, false)

	var p page
	p.title = firstNonEmpty(s.title, s.ogTitle)
	p.url = firstNonEmpty(s.canonical, s.ogURL)
	p.site = s.site

	// Prefer the <article> with the most text (a page may also hold teasers), then <main>.
	var root *html.Node
	for _, a := range s.articles {
		if t := mainText(a, false); len(t) > len(p.text) {
			root, p.text = a, t
		}
	}
	if root == nil && s.main != nil {
		root, p.text = s.main, mainText(s.main, false)
	}
	if p.text == "" {
		top := s.body
		if top == nil {
			top = doc
		}
		p.text = mainText(top, false)
		if p.text == "" {
			// Some sites wrap the whole body in a <form>: look inside forms too.
			p.text = mainText(top, true)
		}
	}

	for _, k := range metaDateKeys {
		if t, ok := parseHTMLDate(s.meta[k]); ok {
			p.published = t
			return p
		}
	}
	for _, d := range s.ldDates {
		if t, ok := parseHTMLDate(d); ok {
			p.published = t
			return p
		}
	}
	if root != nil {
		p.published = firstTime(root)
	}
	return p
}

func (s *scan) walk(n *html.Node, inArticle, aside bool) {
	if n.Type == html.ElementNode && n.Namespace == "" {
		switch n.DataAtom {
		case atom.Title:
			if s.title == "" {
				s.title = collapse(textOf(n))
			}
		case atom.Meta:
			s.metaTag(n)
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && s.canonical == "" {
				s.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if t, _, _ := strings.Cut(strings.ToLower(attr(n, "type")), ";"); strings.TrimSpace(t) == "application/ld+json" {
				s.ldDates = append(s.ldDates, jsonLDDates(textOf(n))...)
			}
		case atom.Body:
			if s.body == nil {
				s.body = n
			}
		case atom.Main:
			if s.main == nil && !aside {
				s.main = n
			}
		case atom.Article:
			if !inArticle && !aside {
				s.articles = append(s.articles, n)
			}
			inArticle = true
		case atom.Aside, atom.Nav, atom.Footer:
			aside = true
		}
		if s.main == nil && !aside && strings.EqualFold(attr(n, "role"), "main") {
			s.main = n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, inArticle, aside)
	}
}

func (s *scan) metaTag(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, a := range []string{"property", "name", "itemprop"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, a)))
		if k == "" {
			continue
		}
		if _, ok := s.meta[k]; !ok {
			s.meta[k] = content
		}
		switch k {
		case "og:title":
			s.ogTitle = firstNonEmpty(s.ogTitle, collapse(content))
		case "og:url":
			s.ogURL = firstNonEmpty(s.ogURL, content)
		case "og:site_name":
			s.site = firstNonEmpty(s.site, collapse(content))
		}
	}
}

// firstTime is the first parseable <time datetime> under root, header included: that is
// where bylines put it.
func firstTime(root *html.Node) time.Time {
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Time {
			if t, ok := parseHTMLDate(attr(n, "datetime")); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// htmlDateLayouts are the date forms seen in page metadata; a time without a zone is UTC.
var htmlDateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.DateOnly,
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
}

func parseHTMLDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range htmlDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// textOf is the raw text of n's descendants (a <title> or <script> holds one text node).
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// collapse turns runs of white space into one space and trims the ends.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
