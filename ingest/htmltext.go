package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// codeTags never hold readable text.
var codeTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// chromeTags hold page furniture rather than the story.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Dialog: true,
}

// blockTags end a paragraph where they start and where they end.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Tfoot: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Br: true, atom.Option: true,
}

// paragraphs builds text one paragraph per line, white space collapsed inside each.
type paragraphs struct {
	out     strings.Builder
	cur     strings.Builder
	pending bool // white space seen since the last word
}

func (p *paragraphs) add(s string) {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			p.pending = p.cur.Len() > 0
		case r < 0x20 || r == 0x7f || invisible(r):
			// control characters (from numeric references such as &#1;), soft hyphens and
			// zero-width marks are invisible, and would split words for the coder: drop
		default:
			if p.pending {
				p.cur.WriteByte(' ')
				p.pending = false
			}
			p.cur.WriteRune(r)
		}
	}
}

// invisible reports the format characters pages put inside words: the soft hyphen, the
// zero-width space and joiners, the word joiner and a stray byte-order mark.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func (p *paragraphs) brk() {
	if p.cur.Len() > 0 {
		if p.out.Len() > 0 {
			p.out.WriteByte('\n')
		}
		p.out.WriteString(p.cur.String())
		p.cur.Reset()
	}
	p.pending = false
}

// mainText extracts the readable text under root. relaxed keeps <form> elements, for
// pages (ASP.NET ones, say) whose whole body sits inside one.
func mainText(root *html.Node, relaxed bool) string {
	var p paragraphs
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			p.add(n.Data)
			return
		case html.ElementNode:
			if n != root && skipped(n, relaxed) {
				return
			}
		case html.DocumentNode:
		default:
			return // comments, doctypes
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			p.brk()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		switch {
		case block:
			p.brk()
		case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
			p.pending = p.cur.Len() > 0 // cells of a row read as words apart
		}
	}
	walk(root)
	p.brk()
	return p.out.String()
}

func skipped(n *html.Node, relaxed bool) bool {
	if n.Namespace != "" { // svg and math content
		return true
	}
	if codeTags[n.DataAtom] {
		return true
	}
	if chromeTags[n.DataAtom] {
		return !(relaxed && n.DataAtom == atom.Form)
	}
	if _, hidden := attrOK(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none")
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// FragmentText turns a fragment of markup that is all content (a feed item's description,
// say) into text, one paragraph a line, without the page extractor's search for a body.
func FragmentText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return mainText(root, true)
}

// teaserLinkShare is the share of a paragraph's text inside links from which the paragraph
// is a teaser for other pages ("SEE MORE: <a>headline</a>", a line of related links), not
// the article's own text: a sentence with a link in it has far less.
const teaserLinkShare = 0.7

// pruneTeasers removes from a page the paragraphs and list items that are mostly link
// text, before the extractor sees it: pages put such teasers inside the article's own
// container, where the extractor keeps them.
func pruneTeasers(doc *html.Node) {
	var teasers []*html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Li) && isTeaser(n) {
			teasers = append(teasers, n)
		}
	}
	for _, n := range teasers {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isTeaser reports whether most of n's visible text is inside links.
func isTeaser(n *html.Node) bool {
	var all, linked int
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inLink {
				linked += k
			}
			return
		}
		inLink = inLink || n.Type == html.ElementNode && n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return linked > 0 && float64(linked) >= teaserLinkShare*float64(all)
}
