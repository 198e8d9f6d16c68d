package place

import (
	"strings"

	"github.com/annals-org/annals/text"
)

// hyphenContinues reports whether the name on tokens [i, k) goes on into the first part of
// the hyphenated word at k, making a longer name the gazetteer knows: "Hong Kong-based" is no
// Hong, Denmark. Such a word is a modifier, which Complete lists (hyphenParts).
func (r *Resolver) hyphenContinues(doc *text.Doc, texts []string, i, k, end int) bool {
	if k >= end || k-i >= 7 {
		return false
	}
	t := &doc.Tokens[k]
	h := strings.IndexByte(t.Text, '-')
	if h <= 0 || !t.Cap || t.Start != doc.Tokens[k-1].End+1 {
		return false
	}
	var buf [8]string
	words := append(append(buf[:0], texts[i:k]...), t.Text[:h])
	n, _ := r.gaz.LookupTokens(words)
	return n == len(words)
}
