package text

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int    // byte offsets into Doc.Text
	Text       string // the token as written (a substring of Doc.Text)
	Lower      string // lower case form
	Tag        Tag    // Penn Treebank part-of-speech tag
	Lemma      string // base form: verbs to the infinitive, nouns to the singular, else Lower
	Kind       Kind
	Cap        bool // starts with an upper-case letter
}

// Kind is the lexical class a token was scanned as.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
	Quote // quotation marks, straight or curly
	Open  // ( [ {
	Close // ) ] }
)

// Tag is a Penn Treebank part-of-speech tag.
type Tag string

// IsVerb reports whether t is one of the VB* tags.
func (t Tag) IsVerb() bool { return len(t) >= 2 && t[0] == 'V' && t[1] == 'B' }

// IsNoun reports whether t is one of the NN* tags.
func (t Tag) IsNoun() bool { return len(t) >= 2 && t[0] == 'N' && t[1] == 'N' }

// IsProper reports whether t is NNP or NNPS.
func (t Tag) IsProper() bool { return t == "NNP" || t == "NNPS" }

// IsAdj reports whether t is one of the JJ* tags.
func (t Tag) IsAdj() bool { return len(t) >= 2 && t[0] == 'J' && t[1] == 'J' }

// IsAdverb reports whether t is one of the RB* tags.
func (t Tag) IsAdverb() bool { return len(t) >= 2 && t[0] == 'R' && t[1] == 'B' }

// Sentence is a run of tokens ending at a sentence boundary.
type Sentence struct {
	Index      int
	Start, End int     // byte offsets of the sentence text
	Tokens     []Token // a slice of Doc.Tokens
	First      int     // index of Tokens[0] in Doc.Tokens
}

// Doc is an analysed text.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
}

// SentenceText returns the text of sentence s.
func (d *Doc) SentenceText(s *Sentence) string { return d.Text[s.Start:s.End] }

// BeforeNoun reports whether token i, a past form, stands between a determiner, possessive,
// number or adjective and a noun or adjective, all within [lo, hi): it modifies the noun
// rather than heading a clause ("a suspected thief", "the wounded soldiers", "two injured
// herders"). The caller checks the token's own tag.
func (d *Doc) BeforeNoun(i, lo, hi int) bool {
	if i <= lo || i+1 >= hi {
		return false
	}
	prev, next := &d.Tokens[i-1], &d.Tokens[i+1]
	switch prev.Tag {
	case "DT", "PRP$", "CD", "POS":
	default:
		if !prev.Tag.IsAdj() {
			return false
		}
	}
	return next.Tag.IsNoun() || next.Tag.IsAdj()
}
