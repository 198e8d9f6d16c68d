package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// bareNamesAtHome moves a name that ends in a place noun ("the Karak district"), resolved to an
// area of that whole name in a country the article gives no other sign of (no other mention
// there), to the area of its bare name in the article's lead country, which the article names:
// the gazetteer may file one country's district under the longer name and another's
// governorate under the bare one ("Karak District" in Pakistan, "Karak" in Jordan). It runs
// after scoring, not by widening the candidates before it: the bare name's namesakes would
// then vote for the article's countries.
func (r *Resolver) bareNamesAtHome(doc *text.Doc, ms []Mention, idx *placeIndex, lead string) {
	if lead == "" {
		return
	}
	var perCountry map[string]int // mentions resolved in each country, made on first need
	var buf [8]string
	for i := range ms {
		m := &ms[i]
		p := m.Place
		if p == nil || p.Country == lead || p.Class != "A" || m.TokEnd-m.Tok < 2 || m.TokEnd-m.Tok > len(buf) ||
			!placeNouns[doc.Tokens[m.TokEnd-1].Lower] {
			continue
		}
		if perCountry == nil {
			perCountry = map[string]int{}
			for k := range ms {
				if q := ms[k].Place; q != nil {
					perCountry[q.Country]++
				}
			}
		}
		if perCountry[p.Country] > 1 || perCountry[lead] == 0 {
			continue
		}
		words := buf[:0]
		for t := m.Tok; t < m.TokEnd-1; t++ {
			words = append(words, doc.Tokens[t].Text)
		}
		if c := areaIn(r.gaz, words, lead); c != nil {
			m.Candidates = append(m.Candidates[:len(m.Candidates):len(m.Candidates)], c)
			idx.set(m, c)
		}
	}
}

// areaIn returns the first area below a country that the gazetteer names words in country, or
// nil.
func areaIn(g *gazetteer.Gazetteer, words []string, country string) *gazetteer.Place {
	n, cands := g.LookupTokens(words)
	if n != len(words) {
		return nil
	}
	for _, c := range cands {
		if c.Country == country && c.Class == "A" && !strings.HasPrefix(c.Feature, "PCL") {
			return c
		}
	}
	return nil
}
