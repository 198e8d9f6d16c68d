package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// neverPlace reports whether the words at [i, end) of sentence s name no place whatever the
// gazetteer holds, for their form or the name they are part of:
//   - a contraction ("I'd" is no Narman, "We're" no Were);
//   - a name before "Media", which is a company's ("Fairfax Media"), or before a newspaper's
//     noun, which is the newspaper's ("the Halifax Herald", "The New Hampshire Times");
//   - a single common word that heads an institution's name ("the University of Western
//     Australia", "the Commissioner of Police", "the Court of Justice") or ends one after
//     another capitalised word ("the European Centre for Disease Prevention");
//   - initials that spell a small region ("EUA" is an authorisation, not ʻEua in Tonga).
func (r *Resolver) neverPlace(doc *text.Doc, s *text.Sentence, i, end int, cands []*gazetteer.Place) bool {
	t := &doc.Tokens[i]
	if contraction(t.Text) {
		return true
	}
	if end < len(doc.Tokens) && (doc.Tokens[end].Text == "Media" || newspaperNouns[doc.Tokens[end].Text]) {
		return true
	}
	if end-i == 1 && r.commonWord(t.Lower) {
		toks := doc.Tokens
		if end+1 < len(toks) && toks[end].Lower == "of" && toks[end+1].Cap {
			return true
		}
		if i-2 >= s.First && toks[i-1].Lower == "of" && toks[i-2].Cap {
			return true
		}
		if i-1 > s.First && toks[i-1].Cap && toks[i-1].Kind == text.Word && !locativePrepositions[toks[i-1].Lower] {
			return true
		}
	}
	if end-i == 1 && acronymWord(t.Text) && len(cands) > 0 && cands[0].Feature == "ADM1" && cands[0].Population < 100000 {
		return true
	}
	return false
}

// newspaperNouns, capitalised after a place's name, make it a newspaper's name.
var newspaperNouns = map[string]bool{"Times": true, "Post": true, "Herald": true, "Journal": true, "Tribune": true,
	"Gazette": true, "Chronicle": true, "Globe": true, "Courier": true, "Examiner": true, "Telegraph": true}

// contraction reports whether w is a pronoun or verb with a contracted ending: "I'd", "we're".
func contraction(w string) bool {
	for _, apo := range [...]string{"'", "’"} {
		if k := strings.LastIndex(w, apo); k > 0 {
			switch strings.ToLower(w[k+len(apo):]) {
			case "d", "ve", "re", "ll", "m", "t":
				return true
			}
		}
	}
	return false
}
