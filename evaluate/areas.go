package evaluate

import (
	"net/url"
	"path"
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/territory"
)

// The kinds of area a gold place can be. Towns, sites and features are no areas: they are
// scored by distance alone.
const (
	areaCountry   = "country"
	areaAdmin1    = "admin1"
	areaContinent = "continent"
)

// Areas decides which gold places are areas and whether a resolved area holds a gold point.
// The convention (docs/results.md, places): a country holds a point that its polygon of the
// territory index holds (or its territorial waters); a first-level region holds a point whose
// nearest town of the gazetteer, within 150 km, lies in that region (the territory index has no
// polygons for regions, and GeoNames gives every town its region), or, where no town is that
// near, a point within 161 km of the region's own point; a continent holds the point of a gold
// place that names that continent, since the two corpora only name continents as wholes.
type Areas struct {
	Gaz  *gazetteer.Gazetteer
	Terr *territory.Index
}

// areaOfFeature maps a GeoNames feature code to the kind of area it is, or "".
func areaOfFeature(code string) string {
	switch {
	case strings.HasPrefix(code, "PCL"):
		return areaCountry
	case code == "ADM1":
		return areaAdmin1
	case code == "CONT":
		return areaContinent
	}
	return ""
}

// holds reports whether area p holds the gold place g.
func (a *Areas) holds(p *gazetteer.Place, g goldPlace) bool {
	if p == nil || a == nil {
		return false
	}
	switch areaOfFeature(p.Feature) {
	case areaCountry:
		iso, _ := a.Terr.Locate(g.lat, g.lon)
		return iso != "" && iso == p.Country
	case areaAdmin1:
		iso, _ := a.Terr.Locate(g.lat, g.lon)
		if iso != p.Country {
			return false
		}
		for _, n := range a.Gaz.Nearby(g.lat, g.lon, 150) {
			if n.Class == "P" && n.Admin1 != "" { // a town: curated entries may lack a region
				return n.Country == p.Country && n.Admin1 == p.Admin1
			}
		}
		return gazetteer.DistanceKm(p.Lat, p.Lon, g.lat, g.lon) <= 161
	case areaContinent:
		return g.name != "" && gazetteer.Normalize(p.Name) == gazetteer.Normalize(g.name)
	}
	return false
}

// wikiArea tells the kind of area a GeoVirus gold place is from the title of its Wikipedia
// page: the title ("Georgia_(country)" read as "Georgia") names a country, first-level region
// or continent of the gazetteer that holds the gold point, and no town of that name lies
// within 50 km of it (the page of a city that is also a region is the city's). It returns the
// kind and the name.
func (a *Areas) wikiArea(page string, g goldPlace) (string, string) {
	if a == nil || page == "" {
		return "", ""
	}
	title := path.Base(page)
	if t, err := url.PathUnescape(title); err == nil {
		title = t
	}
	title = strings.ReplaceAll(title, "_", " ")
	if i := strings.Index(title, " ("); i > 0 {
		title = title[:i]
	}
	g.name = title
	cands := a.Gaz.Lookup(title)
	for _, p := range cands {
		if p.Class == "P" && gazetteer.DistanceKm(p.Lat, p.Lon, g.lat, g.lon) <= 50 {
			return "", "" // "Nairobi", "Beijing": the page is the city's, though a region bears its name
		}
	}
	for _, p := range cands {
		if k := areaOfFeature(p.Feature); k != "" && a.holds(p, g) {
			return k, title
		}
	}
	return "", ""
}
