package place

import (
	"slices"
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// neverPlace reports whether the words at [i, end) of sentence s name no place whatever the
// gazetteer holds, for their form or the name they are part of:
//   - a contraction ("I'd" is no Narman, "We're" no Were);
//   - a month's abbreviation before a number, which is a date ("Nov. 8" is no Nov in Tajikistan);
//   - a name joined to a dollar sign, which is a currency ("US$5 million", "NZ$40", "$US 2 billion");
//   - a name before a disease's noun, which is the disease's ("Marburg virus", "Lassa fever");
//   - a name before "Media", which is a company's ("Fairfax Media"), or before a newspaper's
//     noun, which is the newspaper's ("the Halifax Herald", "The New Hampshire Times");
//   - a single common word that heads an institution's name ("the University of Western
//     Australia", "the Commissioner of Police", "the Court of Justice") or ends one after
//     another capitalised word ("the European Centre for Disease Prevention");
//   - initials that spell a small region ("EUA" is an authorisation, not ʻEua in Tonga);
//   - a compass word used as a direction, a street's or a bloc's name (direction);
//   - a common adjective that starts an organisation's name (adjectiveInName);
//   - a word ending many place names after a lower-case non-word, the tail of a longer name (nameTail).
func (r *Resolver) neverPlace(doc *text.Doc, s *text.Sentence, i, end int, cands []*gazetteer.Place) bool {
	t := &doc.Tokens[i]
	if contraction(t.Text) || end-i == 1 && dateAbbreviation(doc, i) || dollarSign(doc, i, end) {
		return true
	}
	if namesOther(doc, end) {
		return true
	}
	if end-i == 1 {
		// The words around it before the lexicon, which most single words need not be asked.
		toks := doc.Tokens
		heads := end+1 < len(toks) && toks[end].Lower == "of" && toks[end+1].Cap
		afterOf := i-2 >= s.First && toks[i-1].Lower == "of" && toks[i-2].Cap
		ends := i-1 > s.First && toks[i-1].Cap && toks[i-1].Kind == text.Word && !locativePrepositions[toks[i-1].Lower]
		if (heads || afterOf || ends) && r.commonWord(t.Lower) {
			if heads || ends {
				return true
			}
			if !r.heldByNext(doc, s, end, cands) {
				return true // but "Ann Law of Oxford, North Carolina": the region after it holds the town
			}
		}
	}
	if end-i == 1 && acronymWord(t.Text) && len(cands) > 0 && cands[0].Feature == "ADM1" && cands[0].Population < 100000 {
		return true
	}
	if end-i == 1 && (compassWord(t.Lower) && direction(doc, s, i) || r.adjectiveInName(doc, s, i) || r.nameTail(doc, s, i)) {
		return true
	}
	return false
}

// direction reports whether the compass word at token i is a direction, a street's or a bloc's
// name rather than a region called so: before a number ("West 23rd Street", "East 110th"),
// after a verb ("they walked West on Main Street"), or as "the West" alone ("in the West
// such a law would be unthinkable"), with no place noun after it ("the West region").
func direction(doc *text.Doc, s *text.Sentence, i int) bool {
	end := s.First + len(s.Tokens)
	if i+1 < end {
		next := &doc.Tokens[i+1]
		if next.Text != "" && next.Text[0] >= '0' && next.Text[0] <= '9' {
			return true
		}
		if placeNouns[next.Lower] || next.Cap && next.Kind == text.Word {
			return false
		}
	}
	if i == s.First {
		return false
	}
	prev := &doc.Tokens[i-1]
	return prev.Tag.IsVerb() || prev.Lower == "the"
}

// adjectiveInName reports whether the word at token i is a common adjective that starts a
// longer capitalised name ("the Federal Capital Territory Command", "the National Grid
// Corporation"): two capitalised words follow it, and the lexicon knows it only as a common
// word, first as an adjective.
func (r *Resolver) adjectiveInName(doc *text.Doc, s *text.Sentence, i int) bool {
	// The two capitalised words after it first: they are cheaper to test than the lexicon.
	end := s.First + len(s.Tokens)
	if !(i+2 < end && doc.Tokens[i+1].Cap && doc.Tokens[i+1].Kind == text.Word && doc.Tokens[i+2].Cap && doc.Tokens[i+2].Kind == text.Word) {
		return false
	}
	tags := r.lex.Tags(doc.Tokens[i].Lower)
	return len(tags) > 0 && tags[0].IsAdj() && !slices.ContainsFunc(tags, text.Tag.IsProper)
}

// nameTail reports whether the word at token i is a word that ends many place names (placeSuffix:
// "Nagar", "Springs") right after a short lower-case abbreviation that is no English word: it
// ends a longer name the gazetteer lacks ("kdp Nagar" in a table), not a place of its own.
// After an English or a longer word it may be a place ("costs Africa", "sub-Saharan Africa").
func (r *Resolver) nameTail(doc *text.Doc, s *text.Sentence, i int) bool {
	if i == s.First {
		return false
	}
	prev := &doc.Tokens[i-1] // tested before the suffix map: it is rarely a short lower-case word
	return prev.Kind == text.Word && !prev.Cap && len(prev.Text) <= 4 && r.placeSuffix(doc.Tokens[i].Text) &&
		lettersOnly(doc.Tokens[i-1:i]) && len(r.lex.Tags(prev.Lower)) == 0
}

// dollarSign reports whether a "$" is written against the name at [i, end), after it or before
// it: "US$5 million", "NZ$40", "$US 2 billion" name a currency, not the country.
func dollarSign(doc *text.Doc, i, end int) bool {
	if end < len(doc.Tokens) && doc.Tokens[end].Text == "$" && doc.Tokens[end].Start == doc.Tokens[end-1].End {
		return true
	}
	return i > 0 && doc.Tokens[i-1].Text == "$" && doc.Tokens[i-1].End == doc.Tokens[i].Start
}

// monthAbbreviations are the short forms of the months' names, with or without their point.
var monthAbbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// dateAbbreviation reports whether token i is a month's abbreviation before a number, its point
// maybe between: "Nov. 8", "Sept 30, 2024".
func dateAbbreviation(doc *text.Doc, i int) bool {
	// The abbreviations have at most four letters: longer words skip the map.
	if w := doc.Tokens[i].Lower; len(w) > 5 || !monthAbbreviations[strings.TrimSuffix(w, ".")] {
		return false
	}
	k := i + 1
	if k < len(doc.Tokens) && doc.Tokens[k].Text == "." {
		k++
	}
	return k < len(doc.Tokens) && doc.Tokens[k].Kind == text.Number
}

// namesOther reports whether the word at token end makes the name before it another thing's: a
// company's ("Fairfax Media"), a newspaper's ("the Halifax Herald", "China Daily") or a
// disease's ("Marburg virus").
func namesOther(doc *text.Doc, end int) bool {
	if end >= len(doc.Tokens) {
		return false
	}
	t := &doc.Tokens[end]
	// "Media" and newspaperNouns start with an ASCII capital: other words skip the map.
	capital := t.Text != "" && 'A' <= t.Text[0] && t.Text[0] <= 'Z'
	return capital && (t.Text == "Media" || newspaperNouns[t.Text]) || diseaseNoun(t.Lower)
}

// newspaperNouns, capitalised after a place's name, make it a newspaper's name.
var newspaperNouns = map[string]bool{"Times": true, "Post": true, "Herald": true, "Journal": true, "Tribune": true,
	"Gazette": true, "Chronicle": true, "Globe": true, "Courier": true, "Examiner": true, "Telegraph": true,
	"Daily": true}

// contraction reports whether w is a pronoun or verb with a contracted ending: "I'd", "we're".
func contraction(w string) bool {
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, "’"[0]) < 0 {
		return false // most words: two byte searches spare them the two string searches
	}
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

// diseaseNoun reports whether w (lower case) names a disease or its agent after the place it is
// named after: "Marburg virus", "the Reston ebolavirus", "Lassa fever", "Lyme disease". Not
// "flu" nor "strain", which follow where a case was found as often ("the Texas flu season").
func diseaseNoun(w string) bool {
	switch w {
	case "virus", "viruses", "ebolavirus", "fever", "disease", "hemorrhagic", "haemorrhagic":
		return true
	}
	return false
}

// diseaseNames returns the names doc uses for a disease ("Marburg virus"): the name alone is
// then the disease elsewhere in the article too ("a case of imported Marburg"), unless a place
// cue makes it the town (surnamePlaceCue). Nil when there are none.
func diseaseNames(doc *text.Doc) map[string]bool {
	var out map[string]bool
	for i := 1; i < len(doc.Tokens); i++ {
		if prev := &doc.Tokens[i-1]; prev.Cap && prev.Kind == text.Word && diseaseNoun(doc.Tokens[i].Lower) {
			if out == nil {
				out = make(map[string]bool)
			}
			out[prev.Text] = true
		}
	}
	return out
}
