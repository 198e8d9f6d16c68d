package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// A plural area noun after a list of names makes each name an area of that kind: "Lane, Linn
// and Benton counties" are Lane County, Linn County and Benton County; "Idlib and Hama
// provinces" the two provinces, not their capitals. Alone, "Lane" is a common word, "Linn" an
// alternate name of Lynn, Massachusetts, and "Hama" the city.

// pluralAreaNouns maps a plural area noun to the singular that names each area of a list
// before it ("Napa and Sonoma counties": "Napa County").
var pluralAreaNouns = map[string]string{"counties": "County", "parishes": "Parish", "boroughs": "Borough",
	"provinces": "Province", "districts": "District", "regions": "Region", "governorates": "Governorate",
	"oblasts": "Oblast", "prefectures": "Prefecture", "states": "State", "departments": "Department",
	"municipalities": "Municipality", "townships": "Township"}

// maxListItems bounds the names a list before a plural area noun is looked back over.
const maxListItems = 12

// areaLists returns, in text order, a mention for each name of a list of two or more names
// joined by commas and a last "and", "or" or "&" right before a plural area noun. Each name is
// looked up with the singular noun after it ("Lane County") or before it ("County Cork"), else alone, keeping only its
// areas; a name that is neither is listed unresolved when it is no English word (the noun
// marks it as a place, as "Zelmorov district" does), else it ends the list. The candidates of each
// are narrowed to the states (for counties and other areas inside a first-level region) or
// countries that hold the most names of the list, so that the list is resolved in one
// place: "Lane, Linn and Benton counties" are all three Oregon's (Kansas has a Lane and a
// Linn County, no Benton County). Each mention asks for an area (want "A").
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
			singular, ok := pluralAreaNouns[w]
			if !ok {
				continue
			}
			if items := r.listBefore(doc, s, si, k, singular); len(items) >= 2 {
				narrowToCommonRegion(items)
				out = append(out, items...)
			}
		}
	}
	return out
}

// listBefore returns the mentions of the names listed before the plural noun at token k, in
// text order, or nil when the words before it are no list joined by "and", "or" or "&".
func (r *Resolver) listBefore(doc *text.Doc, s *text.Sentence, si, k int, singular string) []Mention {
	var items []Mention
	joined := false
	j := k // the token after the name to read next, going back
	for len(items) < maxListItems {
		first := j
		for first > s.First && first > j-3 && listNameWord(&doc.Tokens[first-1]) {
			first--
		}
		if first == j {
			break
		}
		m, ok := r.listedArea(doc, si, first, j, singular)
		if !ok {
			if !lettersOnly(doc.Tokens[first:j]) || !r.noEnglishWord(doc, first, j) {
				break
			}
			m = r.unknownMention(doc, si, first, j) // "Uttara Kannada districts": a district the gazetteer lacks
			m.want = "A"
		}
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
	if !joined || len(items) < 2 {
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

// listedArea looks up the name at tokens [i, j) as an area of a list before a plural noun:
// with the singular noun after it, else before it, else alone, keeping its areas, or for want
// of them the towns of that very name, where an area the gazetteer lacks has its seat.
func (r *Resolver) listedArea(doc *text.Doc, si, i, j int, singular string) (Mention, bool) {
	var buf [4]string
	words := buf[:0]
	for t := i; t < j; t++ {
		words = append(words, doc.Tokens[t].Text)
	}
	var cands []*gazetteer.Place
	prefixed := append([]string{singular}, words...) // "County Cork", as Ireland writes it
	if n, c := r.gaz.LookupTokens(append(words, singular)); n == len(words)+1 {
		cands = c
	} else if n, c := r.gaz.LookupTokens(prefixed); n == len(prefixed) {
		cands = c
	} else if n, c := r.gaz.LookupTokens(words); n == len(words) {
		name := doc.Text[doc.Tokens[i].Start:doc.Tokens[j-1].End]
		var towns []*gazetteer.Place
		for _, p := range c {
			switch {
			case p.Class == "A" && !strings.HasPrefix(p.Feature, "PCL"):
				cands = append(cands, p)
			case p.Class == "P" && gazetteer.IsPrimary(p, name):
				towns = append(towns, p)
			}
		}
		if len(cands) == 0 {
			cands = towns // "Udupi and Uttara Kannada districts": a district the gazetteer lacks, at its seat of the same name
		}
	}
	if len(cands) == 0 {
		return Mention{}, false
	}
	m := Mention{Tok: i, TokEnd: j, Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End, Sentence: si,
		Candidates: cands, Kind: KindPlace, want: "A"}
	m.Text = doc.Text[m.Start:m.End]
	return m, true
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
