package place

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// Places the gazetteer lacks: a name the text marks as a place ("Takalout village", "the
// villages of X and Y", "in Takalout") is listed unresolved, with the places known by another
// spelling of it as candidates.

// unknownMention is the mention of a name the gazetteer lacks at [i, k), with the candidates
// of its other spellings (memo may hold them, or be nil).
func (r *Resolver) unknownMention(doc *text.Doc, si, i, k int, memo *variantMemo) Mention {
	m := Mention{Tok: i, TokEnd: k, Start: doc.Tokens[i].Start, End: doc.Tokens[k-1].End, Sentence: si, Kind: KindPlace}
	m.Text = doc.Text[m.Start:m.End]
	if !siteNouns[doc.Tokens[k-1].Lower] { // a street is not another spelling of a town
		m.Candidates, m.variant = r.variantsOf(memo, m.Text), true
	}
	return m
}

// variantMemo keeps the spellings last looked up: unknownPlace's test of a name after a
// preposition and the mention made of it both need them.
type variantMemo struct {
	name  string
	cands []*gazetteer.Place
	set   bool
}

// variantsOf returns variantCandidates(name), from memo when it holds them (memo may be nil).
func (r *Resolver) variantsOf(memo *variantMemo, name string) []*gazetteer.Place {
	if memo != nil && memo.set && memo.name == name {
		return memo.cands
	}
	cands := r.variantCandidates(name)
	if memo != nil {
		*memo = variantMemo{name: name, cands: cands, set: true}
	}
	return cands
}

// unknownPlace returns the end of a name at token i that the text marks as a place although
// the gazetteer does not know it: before a place noun ("Takalout village"), after "the town
// of" and its like, or after "in", "near" or "into" when no word of it is an English word
// ("in Takalout"), or after another preposition of place when another spelling of it is
// known ("at Kiryat Shmona"). Such a mention is listed unresolved, or resolved among the
// places of its other spellings. It returns i when there is none.
func (r *Resolver) unknownPlace(doc *text.Doc, s *text.Sentence, i int, blocked []bool, memo *variantMemo) int {
	end := s.First + len(s.Tokens)
	if i == s.First {
		return i
	}
	k := i
	for k < end && k < i+5 && !blocked[k] && nameWord(doc, i, k) {
		if notPlaceNames[doc.Tokens[k].Lower] {
			return i
		}
		k++
	}
	if k == i || k < end && doc.Tokens[k].Cap && doc.Tokens[k].Kind == text.Word {
		return i // not a whole name
	}
	if k = r.markedPlaceEnd(doc, s, i, k, memo); k == i+1 && (compassWord(doc.Tokens[i].Lower) || r.demonymOfKnownPlace(doc.Tokens[i].Text)) {
		return i // "Kowloon West district": a direction; "the Gazan city": a demonym
	}
	return k
}

// markedPlaceEnd returns k, the end of the name at [i, k), when the text around it marks it as
// a place (see unknownPlace), else i. unknownPlace asks it before the costlier tests of a
// direction or demonym, which only a marked name needs.
func (r *Resolver) markedPlaceEnd(doc *text.Doc, s *text.Sentence, i, k int, memo *variantMemo) int {
	end := s.First + len(s.Tokens)
	p := i - 1
	if regionAdjectives[doc.Tokens[p].Lower] && p > s.First {
		p-- // "in eastern X", "near rural X"
	}
	prev := doc.Tokens[p].Lower
	switch {
	case k < end && townNouns[doc.Tokens[k].Lower]:
		if prev == "a" || prev == "an" {
			return i // "a Hutu village", "a Shia district": a people's, not a name
		}
		return k
	case k-i >= 2 && siteNouns[doc.Tokens[k-1].Lower]:
		return k // "Paulista Avenue", "Hollin Road": a street, which the gazetteer lacks
	case prev == "of" && p >= 1 && townNouns[doc.Tokens[p-1].Lower] && doc.Tokens[p-1].Lower != "department":
		return k // "the village of X"; not "the Department of Health"
	case prev == "," && p >= 1 && townNouns[doc.Tokens[p-1].Lower]:
		return k // "Chora district, X": the region that holds it
	case (prev == "in" || prev == "near" || prev == "into") && lettersOnly(doc.Tokens[i:k]) && r.noEnglishWord(doc, i, k):
		return k
	case prev == "of" && p >= 1 && pluralTownNouns[doc.Tokens[p-1].Lower] || (prev == "and" || prev == ",") && listedAfterTownNoun(doc, s, p):
		return k // "the villages of X and Y", "the towns of X, Y and Z"
	case locativePrepositions[prev] && prev != "of" && (k-i > 1 || len(doc.Tokens[i].Text) >= 5) && lettersOnly(doc.Tokens[i:k]) &&
		r.noEnglishWord(doc, i, k) && len(r.variantsOf(memo, doc.Text[doc.Tokens[i].Start:doc.Tokens[k-1].End])) > 0:
		// "rockets fell at Kiryat Shmona": another spelling of a known place ("Qiryat Shmona");
		// a word of four letters or fewer has too many ("a blow to Eta" is no Etah)
		return k
	}
	return i
}

// noEnglishWord reports whether no token of [i, k) is in the lexicon. Only one rule of
// unknownPlace asks it, after its cheaper tests.
func (r *Resolver) noEnglishWord(doc *text.Doc, i, k int) bool {
	for j := i; j < k; j++ {
		if len(r.lex.Tags(doc.Tokens[j].Lower)) > 0 {
			return false
		}
	}
	return true
}

// pluralTownNouns before "of" make the names after it places: "the villages of X and Y".
var pluralTownNouns = map[string]bool{"villages": true, "towns": true, "cities": true, "districts": true,
	"communities": true, "settlements": true, "municipalities": true, "neighbourhoods": true, "neighborhoods": true}

// listedAfterTownNoun reports whether the "and" or comma at token p continues a list of
// capitalised names that opens after a plural town noun and "of": "the villages of Foua and
// X". It looks back at most a dozen tokens.
func listedAfterTownNoun(doc *text.Doc, s *text.Sentence, p int) bool {
	for t := p - 1; t > s.First && t >= p-12; t-- {
		w := &doc.Tokens[t]
		switch {
		case w.Lower == "of":
			return t-1 >= s.First && pluralTownNouns[doc.Tokens[t-1].Lower]
		case w.Cap && w.Kind == text.Word, w.Lower == ",", w.Lower == "and", strings.HasPrefix(w.Lower, "al-"), articleForms[w.Lower]:
		default:
			return false
		}
	}
	return false
}

// nameWord reports whether token k continues a name that starts at token i: a capitalised
// proper noun, a name with a hyphenated article ("al-Hasakeh"), or an article inside it.
func nameWord(doc *text.Doc, i, k int) bool {
	t := &doc.Tokens[k]
	return t.Cap && t.Kind == text.Word && t.Tag.IsProper() || articleName(t) || k > i && arabicArticleAt(doc, k)
}

// regionAdjectives place a name within a wider area: "in eastern X", "in rural X".
var regionAdjectives = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "rural": true, "northeastern": true, "northwestern": true, "southeastern": true,
	"southwestern": true, "north-eastern": true, "north-western": true, "south-eastern": true,
	"south-western": true, "greater": true, "upper": true, "lower": true}

// articleName reports whether t is a name written with a lower-case Arabic article joined by
// a hyphen: "al-Hasakeh", "ar-Raqqa".
func articleName(t *text.Token) bool {
	art, rest, ok := strings.Cut(t.Text, "-")
	if !ok || rest == "" || !articleForms[art] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// lettersOnly reports whether every token is a word of letters (and hyphens or apostrophes)
// with some in lower case: not an acronym ("HIV"), not a code ("TLF-1").
func lettersOnly(toks []text.Token) bool {
	for _, t := range toks {
		lower := 0
		for _, r := range t.Text {
			switch {
			case unicode.IsLower(r):
				lower++
			case unicode.IsLetter(r), r == '-', r == '\'', r == '’':
			default:
				return false
			}
		}
		if lower == 0 {
			return false
		}
	}
	return true
}

// directionPrefixes name a part of a region: "Mid-Jutland", "North Kordofan".
var directionPrefixes = []string{"mid", "north", "south", "east", "west", "central", "upper", "lower",
	"northern", "southern", "eastern", "western"}

// variantCandidates returns the places known by another spelling of name, best first as the
// gazetteer ranks them, without countries and continents (a misspelt country is not guessed).
func (r *Resolver) variantCandidates(name string) []*gazetteer.Place {
	var out []*gazetteer.Place
	variants := spellingVariants(name)
	// "Mid-Jutland", "Upper Nile": a part of a known region, placed at the region.
	for _, p := range directionPrefixes {
		if len(name) > len(p)+3 && strings.EqualFold(name[:len(p)], p) && (name[len(p)] == '-' || name[len(p)] == ' ') {
			variants = append(variants, name[len(p)+1:])
		}
	}
	r.gaz.LookupEach(variants, func(_ int, ps []*gazetteer.Place) {
		for _, p := range ps {
			if !strings.HasPrefix(p.Feature, "PCL") && p.Feature != "CONT" && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	})
	return out
}
