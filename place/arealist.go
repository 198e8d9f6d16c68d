package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// A plural area or settlement noun after a list of names makes each name a place of that
// kind: "Lane, Linn and Benton counties" are Lane County, Linn County and Benton County; "Idlib
// and Hama provinces" the two provinces, not their capitals; "the Kibera and Mathare
// neighbourhoods" two places. Alone, "Lane" is a common word, "Linn" an alternate name of
// Lynn, Massachusetts, and "Hama" the city.

// listNoun is what a plural noun after a list asks of each name: the singular that names an
// area with it ("Napa and Sonoma counties": "Napa County"), and the feature class wanted (A
// for an area, P for a settlement).
type listNoun struct{ singular, want string }

// pluralListNouns are the plural nouns that make the names listed before them places.
var pluralListNouns = map[string]listNoun{"counties": {"County", "A"}, "parishes": {"Parish", "A"},
	"boroughs": {"Borough", "A"}, "provinces": {"Province", "A"}, "districts": {"District", "A"},
	"regions": {"Region", "A"}, "governorates": {"Governorate", "A"}, "oblasts": {"Oblast", "A"},
	"prefectures": {"Prefecture", "A"}, "states": {"State", "A"}, "departments": {"Department", "A"},
	"municipalities": {"Municipality", "A"}, "townships": {"Township", "A"},
	"neighbourhoods": {"", "P"}, "neighborhoods": {"", "P"}, "suburbs": {"", "P"}, "villages": {"", "P"},
	"towns": {"", "P"}, "camps": {"", "P"}}

// maxListItems bounds the names a list before a plural area noun is looked back over.
const maxListItems = 12

// areaLists returns, in text order, a mention for each name of a list of two or more names
// joined by commas and a last "and", "or" or "&" right before a plural area or settlement
// noun (listedPlace says how each is looked up). A name the gazetteer lacks is listed
// unresolved when it is no English word (the noun marks it as a place, as "Zelmorov district"
// does), else it ends the list. The candidates of each are narrowed to the states (for
// counties and other areas inside a first-level region) or countries that hold the most names
// of the list, so that the list is resolved in one place: "Lane, Linn and Benton counties" are
// all three Oregon's (Kansas has a Lane and a Linn County, no Benton County). Each mention
// asks for the noun's class (want).
func (r *Resolver) areaLists(doc *text.Doc) []Mention {
	var out []Mention
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for k := s.First + 3; k < end; k++ {
			w := doc.Tokens[k].Lower
			if len(w) < 5 || w[len(w)-1] != 's' { // most tokens: no map lookup
				continue
			}
			noun, ok := pluralListNouns[w]
			if !ok {
				continue
			}
			items := r.listBefore(doc, s, si, k, noun)
			if len(items) >= 2 && compassOnly(doc, items) {
				items = r.inCountryAfter(doc, k, items) // "the Northern and Eastern provinces of Sri Lanka"
			}
			if len(items) >= 2 {
				narrowToCommonRegion(items)
				out = append(out, items...)
			}
		}
	}
	return out
}

// listBefore returns the mentions of the names listed before the plural noun at token k, in
// text order, or nil when the words before it are no list joined by "and", "or" or "&", or
// when none of them is known as what the noun asks for.
func (r *Resolver) listBefore(doc *text.Doc, s *text.Sentence, si, k int, noun listNoun) []Mention {
	var items []Mention
	joined, anchored := false, false
	j := k // the token after the name to read next, going back
	for len(items) < maxListItems {
		first := j
		for first > s.First && first > j-3 && listNameWord(&doc.Tokens[first-1]) {
			first--
		}
		if first == j {
			break
		}
		m, strength := r.listedPlace(doc, si, first, j, noun)
		if strength == listUnknown {
			if !lettersOnly(doc.Tokens[first:j]) || !r.noEnglishWord(doc, first, j) {
				break
			}
			m = r.unknownMention(doc, si, first, j, nil) // "Uttara Kannada districts": a district the gazetteer lacks
			m.want = noun.want
		}
		anchored = anchored || strength == listNamed
		items = append(items, m)
		j = first
		sep := j - 1
		if sep <= s.First {
			break
		}
		switch doc.Tokens[sep].Lower {
		case "and", "or", "&":
			joined = true
			if sep-1 > s.First && doc.Tokens[sep-1].Lower == "," { // the serial comma
				sep--
			}
		case ",":
		default:
			sep = -1
		}
		if sep < 0 {
			break
		}
		j = sep
	}
	// One name at least must be known as what the noun asks for: "the Shia and Sunni
	// districts", "Hutu and Tutsi villages", "the Baltic and Nordic states" list peoples.
	if !joined || len(items) < 2 || !anchored {
		return nil
	}
	for a, b := 0, len(items)-1; a < b; a, b = a+1, b-1 {
		items[a], items[b] = items[b], items[a]
	}
	return items
}

// listNameWord reports whether t may be a word of a name in a list: capitalised, a word, and no
// article ("The Kerry and Cork counties").
func listNameWord(t *text.Token) bool {
	return t.Cap && t.Kind == text.Word && t.Tag != "DT"
}

// listedPlace looks up the name at tokens [i, j) as a place of a list before a plural noun.
// An area is looked up with the singular noun after it, else before it, else alone, keeping
// its areas, or for want of them the towns of that very name, where an area the gazetteer
// lacks has its seat. A settlement is looked up alone, keeping the towns of that very name.
func (r *Resolver) listedPlace(doc *text.Doc, si, i, j int, noun listNoun) (Mention, listStrength) {
	var buf [4]string
	words := buf[:0]
	for t := i; t < j; t++ {
		words = append(words, doc.Tokens[t].Text)
	}
	var cands []*gazetteer.Place
	strength := listNamed
	switch {
	case noun.want == "A" && r.lookupWhole(append(words, noun.singular), &cands):
	case noun.want == "A" && r.lookupWhole(append([]string{noun.singular}, words...), &cands): // "County Cork", as Ireland writes it
	default:
		if n, c := r.gaz.LookupTokens(words); n == len(words) {
			name := doc.Text[doc.Tokens[i].Start:doc.Tokens[j-1].End]
			var towns []*gazetteer.Place
			for _, p := range c {
				switch {
				case noun.want == "A" && p.Class == "A" && !strings.HasPrefix(p.Feature, "PCL"):
					cands = append(cands, p)
				case p.Class == "P" && (noun.want == "P" || gazetteer.IsPrimary(p, name)):
					towns = append(towns, p) // a seat bears the area's very name; a settlement any of its names
				}
			}
			if len(cands) == 0 {
				// "Udupi and Uttara Kannada districts": a district the gazetteer lacks, at its seat
				// of the same name; for a settlement noun the town is the place named.
				cands = towns
				if noun.want == "A" {
					strength = listSeat
				}
			}
		}
	}
	if len(cands) == 0 {
		return Mention{}, listUnknown
	}
	m := Mention{Tok: i, TokEnd: j, Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End, Sentence: si,
		Candidates: cands, Kind: KindPlace, want: noun.want}
	m.Text = doc.Text[m.Start:m.End]
	return m, strength
}

// listStrength says how a name of a list is known as the place its plural noun asks for.
type listStrength int

const (
	listUnknown listStrength = iota // the gazetteer lacks it
	listSeat                        // a town of that name, where an area the gazetteer lacks has its seat
	listNamed                       // the area with its noun ("Lane County"), an area or a town of that name
)

// lookupWhole sets *cands to the places named by all of words, and reports whether there are.
func (r *Resolver) lookupWhole(words []string, cands *[]*gazetteer.Place) bool {
	n, c := r.gaz.LookupTokens(words)
	if n != len(words) || len(c) == 0 {
		return false
	}
	*cands = c
	return true
}

// compassOnly reports whether every name of the list is a compass word ("the Northern and
// Southern provinces"), which many countries' regions bear: such a list needs its country.
func compassOnly(doc *text.Doc, items []Mention) bool {
	for i := range items {
		if !compassWord(doc.Tokens[items[i].Tok].Lower) {
			return false
		}
	}
	return true
}

// inCountryAfter keeps, of the list's candidates, those in the country named by "of" after
// the plural noun at token k ("provinces of Sri Lanka"), dropping a name with none there; it
// returns nil when no country follows.
func (r *Resolver) inCountryAfter(doc *text.Doc, k int, items []Mention) []Mention {
	if k+2 >= len(doc.Tokens) || doc.Tokens[k+1].Lower != "of" {
		return nil
	}
	var buf [4]string
	words := buf[:0]
	for t := k + 2; t < len(doc.Tokens) && t < k+6; t++ {
		words = append(words, doc.Tokens[t].Text)
	}
	n, cands := r.gaz.LookupTokens(words)
	if n == 0 || !strings.HasPrefix(cands[0].Feature, "PCL") {
		return nil
	}
	country := cands[0].Country
	out := items[:0]
	for _, m := range items {
		var kept []*gazetteer.Place
		for _, c := range m.Candidates {
			if c.Country == country {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			m.Candidates = kept
			out = append(out, m)
		}
	}
	return out
}

// narrowToCommonRegion keeps, of each item's candidates, those in the regions that hold the
// most items, when two items or more share one: a first-level region for an area inside one,
// a country for a first-level region. An item with no candidate there keeps its own.
func narrowToCommonRegion(items []Mention) {
	counts := make(map[string]int)
	for i := range items {
		seen := make(map[string]bool)
		for _, c := range items[i].Candidates {
			if key := holdingRegion(c); !seen[key] {
				seen[key] = true
				counts[key]++
			}
		}
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	if most < 2 {
		return
	}
	for i := range items {
		var kept []*gazetteer.Place
		for _, c := range items[i].Candidates {
			if counts[holdingRegion(c)] == most {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			items[i].Candidates = kept
		}
	}
}

// holdingRegion names the region that holds area p: its country for a first-level region,
// its country and first-level region for a smaller area.
func holdingRegion(p *gazetteer.Place) string {
	if p.Feature == "ADM1" || p.Admin1 == "" {
		return p.Country
	}
	return p.Country + "." + p.Admin1
}
