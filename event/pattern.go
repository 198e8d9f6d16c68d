package event

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/text"
)

type elemKind uint8

const (
	literal elemKind = iota
	target           // @T
	place            // @P: a target named as a place (a country or capital): "was in @P"
	gap              // *
)

type element struct {
	kind  elemKind
	words []string // alternatives, lower case
	set   wordSet  // the alternatives as a Bloom filter, for sentenceView.possible
}

// Pattern is one line of an event pattern file.
type Pattern struct {
	Code  cameo.Code
	Noun  bool
	Head  string
	elems []element
	Where string // file:line
	Text  string
}

func (p *Pattern) hasTarget() bool {
	for _, e := range p.elems {
		if e.kind == target || e.kind == place {
			return true
		}
	}
	return false
}

// Patterns indexes the patterns by head lemma.
type Patterns struct {
	verbs map[string][]*Pattern
	nouns map[string][]*Pattern
	n     int
	codes map[cameo.Code]bool
	lex   *text.Lexicon
}

// Len returns the number of patterns, and DistinctCodes the number of CAMEO codes they give.
func (ps *Patterns) Len() int           { return ps.n }
func (ps *Patterns) DistinctCodes() int { return len(ps.codes) }

// LoadPatterns reads events/*.txt from fsys. Every code must be in table.
func LoadPatterns(fsys fs.FS, table *cameo.Table, lex *text.Lexicon) (*Patterns, error) {
	ps := &Patterns{verbs: map[string][]*Pattern{}, nouns: map[string][]*Pattern{}, codes: map[cameo.Code]bool{}, lex: lex}
	names, err := fs.Glob(fsys, "events/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		err := linefile.ReadFS(fsys, name, 3, 3, func(l linefile.Line) error {
			p, err := parsePattern(l, table)
			if err != nil {
				return err
			}
			ps.add(p)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, m := range []map[string][]*Pattern{ps.verbs, ps.nouns} {
		for _, list := range m {
			// More elements first, then the more specific code.
			sort.SliceStable(list, func(i, j int) bool {
				if len(list[i].elems) != len(list[j].elems) {
					return len(list[i].elems) > len(list[j].elems)
				}
				return len(list[i].Code) > len(list[j].Code)
			})
		}
	}
	return ps, nil
}

func (ps *Patterns) add(p *Pattern) {
	if p.Noun {
		ps.nouns[p.Head] = append(ps.nouns[p.Head], p)
	} else {
		ps.verbs[p.Head] = append(ps.verbs[p.Head], p)
	}
	ps.n++
	ps.codes[p.Code] = true
}

func parsePattern(l linefile.Line, table *cameo.Table) (*Pattern, error) {
	code := cameo.Code(l.Fields[0])
	if table.Lookup(code) == nil {
		return nil, l.Errorf("code", "%q is not a CAMEO event code", code)
	}
	p := &Pattern{Code: code, Where: fmt.Sprintf("%s:%d", l.File, l.Number), Text: l.Fields[2]}
	switch l.Fields[1] {
	case "verb":
	case "noun":
		p.Noun = true
	default:
		return nil, l.Errorf("kind", "%q: want verb or noun", l.Fields[1])
	}
	words := strings.Fields(strings.ToLower(l.Fields[2]))
	if len(words) == 0 {
		return nil, l.Errorf("pattern", "empty")
	}
	if strings.ContainsAny(words[0], "@*|") {
		return nil, l.Errorf("pattern", "%q: the head must be a word", words[0])
	}
	p.Head = words[0]
	for _, w := range words[1:] {
		switch {
		case w == "@t":
			p.elems = append(p.elems, element{kind: target})
		case w == "@p":
			p.elems = append(p.elems, element{kind: place})
		case w == "*":
			p.elems = append(p.elems, element{kind: gap})
		case strings.HasPrefix(w, "@"):
			return nil, l.Errorf("pattern", "%q: unknown placeholder (want @T or @P)", w)
		default:
			alts := strings.Split(w, "|")
			for _, a := range alts {
				if a == "" {
					return nil, l.Errorf("pattern", "%q: empty alternative", w)
				}
			}
			e := element{kind: literal, words: alts}
			for _, a := range alts {
				e.set.add(a)
			}
			p.elems = append(p.elems, e)
		}
	}
	return p, nil
}
