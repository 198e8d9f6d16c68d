package gazetteer

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/annals-org/annals/linefile"
)

// AreasFile holds the point that stands for each country, first-level region and continent
// (docs/places-areas.md); tools/genareas writes it.
const AreasFile = "places/areas.tsv"

// SourceAreas is added to the Source of an area placed by AreasFile.
const SourceAreas = "point: centre of the Natural Earth 1:10m polygon (public domain), docs/places-areas.md"

// readAreas puts each area that AreasFile lists at its point: KIND CODE LAT LON METHOD NAME.
// A file system without the file leaves every area at its source's point.
func (g *Gazetteer) readAreas(fsys fs.FS) error {
	if _, err := fs.Stat(fsys, AreasFile); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	continents := make(map[string]*Place)
	for _, p := range g.places {
		if p.Feature == "CONT" {
			continents[p.Name] = p
		}
	}
	return readFile(fsys, AreasFile, 6, 6, func(l linefile.Line) error {
		f := l.Fields
		lat, lon, err := parseLatLon(f[2], f[3])
		if err != nil {
			return l.Errorf("lat/lon", "%v", err)
		}
		var p *Place
		switch f[0] {
		case "country":
			p = g.countries[f[1]]
		case "admin1":
			iso3, code, _ := strings.Cut(f[1], ".")
			p = g.admin1[iso3+"\x01"+code]
		case "continent":
			p = continents[f[5]]
		default:
			return l.Errorf("kind", "%q: want country, admin1 or continent", f[0])
		}
		if p == nil {
			return l.Errorf("code", "%s %s: not in the gazetteer", f[0], f[1])
		}
		p.Lat, p.Lon = lat, lon
		p.Source += "; " + SourceAreas
		return nil
	})
}
