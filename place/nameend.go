package place

// Where a name the gazetteer matched ends: in the first part of a hyphenated word ("Hong
// Kong-based"), or before a body's noun that makes the words a body's name ("the Michigan
// Center for ..."); and a compass word whose name the next one completes ("North and South
// Korea").

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
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

// bodyNouns, with institutionNouns, head the name of a body or an institution: "the Michigan
// Center for Computer Security", "the Ontario Institute for Cancer Research".
var bodyNouns = map[string]bool{"center": true, "centre": true, "institute": true, "foundation": true,
	"society": true, "academy": true, "university": true, "commission": true, "committee": true, "fund": true}

// headsBody reports whether token k, the last of a name the gazetteer matched, is a body's noun
// that "for" follows, inside the sentence ending before end: the name is a body's ("the
// Michigan Center for ..." is no Michigan Center, a town), and the place is the words before.
func headsBody(doc *text.Doc, k, end int) bool {
	w := doc.Tokens[k].Lower
	return k+1 < end && (bodyNouns[w] || institutionNouns[w]) && doc.Tokens[k+1].Lower == "for"
}

// compassShared reports whether the compass word at token i is joined by "and", "or" or a
// comma to another compass word before a capitalised name: then it takes its name from that
// one, and returns the places the gazetteer knows by it ("North and South Korea": North Korea;
// "Eastern and Southern Africa": East Africa), or none ("Eastern and Southern Europe", where
// the gazetteer has no Eastern Europe). Alone the word would name a region called North or
// Eastern somewhere.
func (r *Resolver) compassShared(doc *text.Doc, texts []string, i, end int) ([]*gazetteer.Place, bool) {
	if i+3 >= end || !doc.Tokens[i].Cap || !compassWord(doc.Tokens[i].Lower) {
		return nil, false
	}
	switch doc.Tokens[i+1].Lower {
	case "and", "or", ",":
	default:
		return nil, false
	}
	j := i + 2
	if !doc.Tokens[j].Cap || !compassWord(doc.Tokens[j].Lower) || !doc.Tokens[j+1].Cap || doc.Tokens[j+1].Kind != text.Word {
		return nil, false
	}
	var buf [6]string
	n, _ := r.gaz.LookupTokens(texts[j:min(end, j+6)])
	if n < 2 {
		// A name the gazetteer lacks ("Southern Ruritania"), not a common word ("the North and
		// South Wing"); the first compass word may still make a known name with the words
		// after the second ("Eastern and Southern Europe": Eastern Europe).
		if r.commonWord(doc.Tokens[j+1].Lower) {
			return nil, false
		}
		words := append(append(buf[:0], texts[i]), texts[j+1:min(end, j+6)]...)
		if k, cands := r.gaz.LookupTokens(words); k >= 2 {
			return cands, true
		}
		return nil, true
	}
	words := append(append(buf[:0], texts[i]), texts[j+1:j+n]...)
	if k, cands := r.gaz.LookupTokens(words); k == len(words) {
		return cands, true
	}
	return nil, true
}
