package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// bareNamesAtHome moves a name resolved in a country the article gives no other sign of (no
// other mention there) to an area of the article's lead country, which the article names,
// when the gazetteer files that area under the name without its place noun or with one: a
// name that ends in a place noun and names an area abroad ("the Karak district": "Karak
// District" in Pakistan, "Karak" in Jordan), or a small town abroad whose name the lead
// country gives an area with an area's noun ("the Central Coast" in a Canadian story: the
// Central Coast Regional District, not a town in New South Wales). It runs after scoring, not
// by widening the candidates before it: the bare name's namesakes would then vote for the
// article's countries.
func (r *Resolver) bareNamesAtHome(doc *text.Doc, ms []Mention, idx *placeIndex, lead string) {
	if lead == "" || idx.all.countries.get(lead) == 0 {
		return
	}
	var buf [8]string
	for i := range ms {
		m := &ms[i]
		p := m.Place
		if p == nil || p.Country == lead || m.TokEnd-m.Tok > len(buf) || idx.all.countries.get(p.Country) > 1 {
			continue
		}
		nounEnds := p.Class == "A" && m.TokEnd-m.Tok >= 2 && placeNouns[doc.Tokens[m.TokEnd-1].Lower]
		if !nounEnds && !minor(p) {
			continue
		}
		words := buf[:0]
		for t := m.Tok; t < m.TokEnd; t++ {
			words = append(words, doc.Tokens[t].Text)
		}
		var c *gazetteer.Place
		if nounEnds {
			c = areaIn(r.gaz, words[:len(words)-1], lead) // "the Karak district": Karak
		} else {
			c = r.suffixedArea(words, lead) // "the Central Coast": Central Coast Regional District
		}
		if c != nil {
			m.Candidates = append(m.Candidates[:len(m.Candidates):len(m.Candidates)], c)
			idx.set(m, c)
		}
	}
}

// areaNouns end the names the gazetteer gives areas that text names without them: "the Central
// Coast" is the Central Coast Regional District.
var areaNouns = [][]string{{"County"}, {"District"}, {"Regional", "District"}, {"Province"}, {"Region"}, {"Municipality"}}

// suffixedArea returns the area below a country in country that words name followed by one of
// areaNouns, or nil.
func (r *Resolver) suffixedArea(words []string, country string) *gazetteer.Place {
	var buf [10]string
	for _, noun := range areaNouns {
		if len(words)+len(noun) > len(buf) {
			continue
		}
		if c := areaIn(r.gaz, append(append(buf[:0], words...), noun...), country); c != nil {
			return c
		}
	}
	return nil
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
