package place

// Where a name the gazetteer matched ends: in the first part of a hyphenated word ("Hong
// Kong-based"), or before a body's noun that makes the words a body's name ("the Michigan
// Center for ...").

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

// bodyNouns head the name of a body or an institution: "the Michigan Center for Computer
// Security", "the Ontario Institute for Cancer Research".
var bodyNouns = map[string]bool{"center": true, "centre": true, "institute": true, "foundation": true,
	"council": true, "society": true, "association": true, "academy": true, "college": true,
	"school": true, "university": true, "commission": true, "committee": true, "fund": true,
	"museum": true, "library": true, "hospital": true, "clinic": true}

// headsBody reports whether token k, the last of a name the gazetteer matched, is a body's noun
// that "for" follows, inside the sentence ending before end: the name is a body's ("the
// Michigan Center for ..." is no Michigan Center, a town), and the place is the words before.
func headsBody(doc *text.Doc, k, end int) bool {
	return k+1 < end && bodyNouns[doc.Tokens[k].Lower] && doc.Tokens[k+1].Lower == "for"
}
