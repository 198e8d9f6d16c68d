package place

import (
	"sync"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/text"
)

// recogniseScratch holds what recognise keeps by token while it reads one text. The slices
// are reused from text to text (scratchPool) rather than allocated for each.
type recogniseScratch struct {
	blocked []bool           // tokens of actor mentions that are no places
	named   []*actor.Mention // country and capital names used as places, by first token
	texts   []string         // every token's text, so that a name's words need no copying
	found   []Mention        // the mentions found, copied out once at the end
	persons []knownWord      // the words asked about as persons' names, with the answers
}

// knownWord is a word and whether it is a person's name in the text (personName).
type knownWord struct {
	word   string
	person bool
}

// personName is r.personName(doc, w), remembered for the text.
func (sc *recogniseScratch) personName(r *Resolver, doc *text.Doc, w string) bool {
	for _, k := range sc.persons {
		if k.word == w {
			return k.person
		}
	}
	person := r.personName(doc, sc.texts, w)
	sc.persons = append(sc.persons, knownWord{w, person})
	return person
}

var scratchPool = sync.Pool{New: func() any { return new(recogniseScratch) }}

// newScratch returns a scratch for doc, its slices as long as doc's tokens and zero.
func newScratch(doc *text.Doc) *recogniseScratch {
	sc := scratchPool.Get().(*recogniseScratch)
	n := len(doc.Tokens)
	sc.blocked = resize(sc.blocked, n)
	sc.named = resize(sc.named, n)
	sc.texts = resize(sc.texts, n)
	for i := range doc.Tokens {
		sc.texts[i] = doc.Tokens[i].Text
	}
	sc.found = sc.found[:0]
	sc.persons = sc.persons[:0]
	return sc
}

// release returns the mentions found, in a slice of their own (nil for none), and puts the
// scratch back in the pool, holding on to nothing of the text.
func (sc *recogniseScratch) release() []Mention {
	var out []Mention
	if len(sc.found) > 0 {
		out = make([]Mention, len(sc.found))
		copy(out, sc.found)
	}
	clear(sc.named)
	clear(sc.texts)
	clear(sc.found)
	clear(sc.persons)
	scratchPool.Put(sc)
	return out
}

// resize returns s with length n and every element zero, reusing its array when it is large
// enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// namesCounty reports whether any token of doc may be the "Co." of a county's name
// (countyAbbreviation): most texts have none, and are spared the test at every capital.
func namesCounty(doc *text.Doc) bool {
	for i := range doc.Tokens {
		// "co", "Co." in any case, byte by byte: the ASCII bytes that fold to 'c' and 'o'.
		if w := doc.Tokens[i].Text; len(w) >= 2 && len(w) <= 3 && w[0]|0x20 == 'c' && w[1]|0x20 == 'o' && (len(w) == 2 || w[2] == '.') {
			return true
		}
	}
	return false
}
