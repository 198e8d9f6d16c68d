package evaluate

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/gazetteer"
)

// PlaceFinder returns the resolved places of an article: byte spans with coordinates (ok is
// false for an unresolved mention).
type PlaceFinder func(*annals.Article) []FoundPlace

// FoundPlace is one predicted place mention.
type FoundPlace struct {
	Start, End int
	Lat, Lon   float64
	Resolved   bool
	Place      *gazetteer.Place // the entry resolved to, nil when unresolved (for area_ok)
	Label      string           // what the place resolved to, for the list of misses
	Demonym    bool             // a country's adjective or demonym ("Russian"), not its name
}

type goldPlace struct {
	start, end int // byte offsets
	lat, lon   float64
	located    bool   // has a point: TR-News toponyms without a GeoNames entry count for recognition only
	area       string // areaCountry, areaAdmin1, areaContinent or "" (not an area)
	name       string // the gold entity's name, for continents
}

type geoArticle struct {
	text      string
	published string // YYYY-MM-DD or ""
	gold      []goldPlace
}

// readGeoVirus reads the GeoVirus file: every <location> at any depth (three are nested in
// another, a markup error), with code-point offsets shifted by one converted to bytes. areas
// (or nil) tells which gold places are areas, from their Wikipedia page.
func readGeoVirus(path string, areas *Areas) ([]geoArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var out []geoArticle
	var cur *geoArticle
	var loc map[string]string
	var chars strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			chars.Reset()
			switch t.Name.Local {
			case "article":
				out = append(out, geoArticle{})
				cur = &out[len(out)-1]
			case "location":
				loc = map[string]string{}
			}
		case xml.CharData:
			chars.Write(t)
		case xml.EndElement:
			name := t.Name.Local
			switch {
			case name == "text" && cur != nil:
				cur.text = chars.String()
			case name == "location" && cur != nil && loc != nil:
				g, err := goldOf(cur.text, loc)
				if err != nil {
					return nil, fmt.Errorf("%s: article %d: %v", path, len(out)-1, err)
				}
				g.area, g.name = areas.wikiArea(loc["page"], g)
				cur.gold = append(cur.gold, g)
				loc = map[string]string{}
			case loc != nil:
				loc[name] = strings.TrimSpace(chars.String())
			}
			chars.Reset()
		}
	}
}

func goldOf(text string, loc map[string]string) (goldPlace, error) {
	start, err1 := strconv.Atoi(loc["start"])
	lat, err2 := strconv.ParseFloat(loc["lat"], 64)
	lon, err3 := strconv.ParseFloat(loc["lon"], 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return goldPlace{}, fmt.Errorf("location %q: bad start, lat or lon", loc["name"])
	}
	// Offsets count code points from 1: text[start-1:end-1] is the name.
	b := byteOffset(text, start-1)
	return goldPlace{start: b, end: min(b+len(loc["name"]), len(text)), lat: lat, lon: lon, located: true}, nil
}

// GeoVirus scores place recognition and resolution on the GeoVirus file at path (metrics
// places.*). When misses is not nil, every gold place not resolved within 161 km is written
// to it as a tab-separated line: article, offset, name, gold point, predicted point, distance,
// label.
func GeoVirus(path string, find PlaceFinder, areas *Areas, w, misses io.Writer) ([]Metric, error) {
	arts, err := readGeoVirus(path, areas)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "GeoVirus (%s): %d texts\n", path, len(arts))
	// GeoVirus marks place names only, never adjectives: its scores leave demonyms out.
	names := func(a *annals.Article) []FoundPlace {
		all := find(a)
		out := all[:0]
		for _, p := range all {
			if !p.Demonym {
				out = append(out, p)
			}
		}
		return out
	}
	return scorePlaces(arts, "geovirus-", "places", names, areas, w, misses), nil
}
