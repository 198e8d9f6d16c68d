package place

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// eventPrepositions introduce the place of an event in its clause.
var eventPrepositions = map[string]bool{"in": true, "into": true, "near": true, "at": true, "from": true, "along": true,
	"across": true, "outside": true, "inside": true, "on": true, "around": true, "towards": true, "toward": true}

// Locate returns where the event whose head is token head of sentence si happened: the place
// its clause names after a preposition ("crossed into Syunik", "clashed near Vardenis"), else
// the nearest place of its sentence, else the article's focus country; with the territory
// that holds the point and whether the point is near a border.
func (r *Resolver) Locate(doc *text.Doc, res *Result, si, head int) (*annals.Location, string, bool) {
	var pick *Mention
	bestDist := 1 << 30
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Sentence != si || m.Place == nil {
			continue
		}
		d := m.Tok - head
		if d < 0 {
			d = -d + 6 // places before the verb are more often the subject's home than the scene
		}
		if m.Tok > 0 && eventPrepositions[doc.Tokens[m.Tok-1].Lower] {
			d -= 4
		}
		if !m.Country {
			d -= 2 // a town or region is more precise than a country
		}
		if d < bestDist {
			pick, bestDist = m, d
		}
	}
	var p *gazetteer.Place
	text := ""
	if pick != nil {
		p, text = pick.Place, pick.Text
	} else if res.Focus != "" {
		p = r.gaz.Country(res.Focus)
	}
	if p == nil {
		return nil, "", false
	}
	loc := &annals.Location{Text: text, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Admin1: p.Admin1Name, Feature: p.Feature, GeonamesID: p.ID}
	if loc.Admin1 == "" && p.Feature == "ADM1" {
		loc.Admin1 = p.Name
	}
	switch p.Feature {
	case "PCLI", "PCLD", "PCLS", "PCLF":
		return loc, p.Country, false
	}
	if r.terr == nil {
		return loc, "", false
	}
	terr, uncertain := r.terr.Locate(p.Lat, p.Lon)
	return loc, terr, uncertain
}
