package text

import "strings"

// Analyzer tags and splits texts. It is safe for concurrent use: it keeps no state between
// calls beyond the read-only lexicon.
type Analyzer struct {
	lex *Lexicon
}

// NewAnalyzer returns an Analyzer over lex.
func NewAnalyzer(lex *Lexicon) *Analyzer { return &Analyzer{lex: lex} }

// Lexicon returns the analyzer's lexicon.
func (a *Analyzer) Lexicon() *Lexicon { return a.lex }

// Analyze splits text into sentences and tokens, and tags and lemmatises every token.
func (a *Analyzer) Analyze(text string) *Doc {
	d := &Doc{Text: text}
	d.Tokens = scan(text, a.lex.abbrev, make([]Token, 0, len(text)/5+8))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		t.Lower = lower(t.Text)
		if strings.Contains(t.Lower, "’") {
			t.Lower = strings.ReplaceAll(t.Lower, "’", "'")
		}
	}
	// Lexical tags first: the sentence splitter reads them.
	options := make([][]Tag, len(d.Tokens))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		start := i == 0 || d.Tokens[i-1].Tag == "." || d.Tokens[i-1].Kind == Quote || strings.ContainsRune(text[d.Tokens[i-1].End:t.Start], '\n')
		t.Tag, options[i] = a.lex.lexicalTag(t, start)
	}
	a.splitSentences(d)
	for _, s := range d.Sentences {
		contextTags(s.Tokens, options[s.First:s.First+len(s.Tokens)])
	}
	for i := range d.Tokens {
		t := &d.Tokens[i]
		switch {
		case t.Tag.IsVerb():
			t.Lemma = a.lex.verbLemma(t.Lower)
		case t.Tag == "NNS" || t.Tag == "NNPS":
			t.Lemma = a.lex.nounLemma(t.Lower)
		default:
			t.Lemma = t.Lower
		}
	}
	return d
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
