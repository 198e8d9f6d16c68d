package ingest

import (
	"bufio"
	"bytes"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/annals-org/annals"
)

// minWords is the shortest body that makes a page an article: coding the scraps of a
// front page, an error page or a login wall would give boilerplate events.
const minWords = 25

// pageLimit is the largest HTML page read: htmlFactor times the article limit, and never
// more than MaxPageBytes.
func (rd *reader) pageLimit() int {
	limit := rd.max
	if limit <= math.MaxInt/htmlFactor {
		limit *= htmlFactor
	}
	return min(limit, MaxPageBytes)
}

func (rd *reader) html(br *bufio.Reader) error {
	limit := rd.pageLimit()
	data, size, err := readAll(br, limit)
	if err != nil {
		return err
	}
	if data == nil {
		rd.problem(0, "", overMsg("page", size, limit))
		return nil
	}
	p, msg := ExtractPage(data)
	if msg != "" {
		rd.problem(0, "", msg)
		return nil
	}
	text, msg := rd.finish([]byte(p.Text))
	if msg != "" {
		rd.problem(0, "", msg)
		return nil
	}
	a := annals.Article{
		ID:     fileID(rd.name),
		Title:  p.Title,
		Text:   text,
		URL:    p.URL,
		Source: p.Site,
		Origin: annals.Origin{File: rd.name},
	}
	if !p.Published.IsZero() {
		a.Published, a.PublishedSource = p.Published, annals.PublishedPage
	}
	return rd.send(a)
}

// Page is what ExtractPage takes from one HTML document.
type Page struct {
	Title     string    // the headline, without the site's name
	Body      string    // the article body, one paragraph a line
	Text      string    // the text the coder reads: the headline, then the body
	URL, Site string    // canonical URL and site name, when the page gives them
	Language  string    // the page's declared or detected language (ISO 639-1), or ""
	Published time.Time // publication date from the page's markup, or zero
}

// ExtractPage takes the article out of an HTML page with go-trafilatura: the main text
// without menus, captions, bylines, related links, share and comment blocks, and the
// metadata (title, URL, site, and the original publication date through go-htmldate). The
// body keeps the page's paragraphs as lines, which trafilatura's plain text loses and our
// sentence splitter needs. It returns a message, and no page, when the bytes cannot be
// decoded or the page holds no article body.
func ExtractPage(data []byte) (Page, string) {
	if !bytes.HasPrefix(data, utf16LE) && !bytes.HasPrefix(data, utf16BE) && isBinary(data) {
		return Page{}, "binary file"
	}
	data, msg := decodePage(data)
	if msg != "" {
		return Page{}, msg
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// The reader cannot fail, so this is the page: nesting past the parser's limit.
		return Page{}, "malformed HTML: " + strings.TrimPrefix(err.Error(), "html: ")
	}
	pruneTeasers(doc)
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true},
	})
	if err != nil || res.ContentNode == nil {
		return Page{}, "no article body found (a front page, an error page or a login wall?)"
	}
	p := Page{
		Body:      mainText(res.ContentNode, true),
		URL:       res.Metadata.URL,
		Site:      collapse(res.Metadata.Sitename),
		Language:  res.Metadata.Language,
		Published: res.Metadata.Date,
	}
	if !isArticleBody(p.Body) {
		return Page{}, "no article body found (a front page, an error page or a login wall?)"
	}
	p.Title = headline(collapse(res.Metadata.Title), p.Site)
	p.Text = p.Body
	if p.Title != "" && !opensWith(p.Body, p.Title) {
		p.Text = p.Title + "\n" + p.Body
	}
	return p, ""
}

// headline drops the site's name that pages append to their <title> ("… | Al Bawaba",
// "… - The Daily Beast"): the site's own name when the page gives it, else a short last
// part after a bar, which titles use for nothing else.
func headline(title, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if site != "" && (strings.EqualFold(tail, site) || strings.Contains(strings.ToLower(site), strings.ToLower(tail))) ||
			sep == " | " && len(strings.Fields(tail)) <= 4 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// opensWith reports whether the body's first lines already hold the headline (many
// extractions keep the page's <h1>).
func opensWith(body, title string) bool {
	head := body
	for i, n := 0, 0; i < len(body); i++ {
		if body[i] == '\n' {
			if n++; n == 3 {
				head = body[:i]
				break
			}
		}
	}
	return strings.Contains(foldSpace(head), foldSpace(title))
}

func foldSpace(s string) string {
	return strings.ToLower(collapse(s))
}

// isArticleBody reports whether a body reads as an article: 25 words or more, with at
// least one line that reads as a sentence (six words or more and a sentence end). Front
// pages (lists of headlines), error pages and login walls fail one test or the other.
func isArticleBody(body string) bool {
	total, sentence := 0, false
	for line := range strings.Lines(body) {
		n := words(line)
		total += n
		sentence = sentence || n >= 6 && strings.ContainsAny(line, ".!?。！？")
	}
	return total >= minWords && sentence
}

// words counts a line's words: runs between spaces, and for scripts written without
// spaces (Chinese, Japanese), one word for every two of their characters.
func words(line string) int {
	n, cjk := len(strings.Fields(line)), 0
	for _, r := range line {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	return n + cjk/2
}

// collapse turns runs of white space into one space and trims the ends.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
