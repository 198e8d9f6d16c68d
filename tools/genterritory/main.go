// Command genterritory builds dict/places/borders.tsv.gz, the country boundary polygons that
// package territory locates points in, from the Natural Earth 1:10m admin-0 countries of npm
// world-atlas (countries-10m.json, TopoJSON): arcs decoded, quantisation removed, one line per
// ring, each country coded ISO 3166-1 alpha-3 through world-countries' numeric codes.
//
//	(cd tools/npm && npm ci)
//	go run ./tools/genterritory
//
// The format is described in territory/doc.go.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var (
	npmDir = flag.String("npm", "tools/npm/node_modules", "folder holding the npm packages")
	out    = flag.String("out", "dict/places/borders.tsv.gz", "output file")
)

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]int `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []struct {
				Type       string          `json:"type"`
				ID         string          `json:"id"`
				Arcs       json.RawMessage `json:"arcs"`
				Properties struct {
					Name string `json:"name"`
				} `json:"properties"`
			} `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

// unnumbered gives the Natural Earth units that have no ISO numeric code: the ISO alpha-3 code
// of the country whose territory they are in international law ("-" where there is no agreed
// one) and an area code of their own (Natural Earth's ADM0_A3; Kosovo: XKX).
var unnumbered = map[string][2]string{
	"Kosovo":                  {"XKX", "XKX"},
	"Somaliland":              {"SOM", "SOL"},
	"N. Cyprus":               {"CYP", "CYN"},
	"Cyprus U.N. Buffer Zone": {"CYP", "CNM"},
	"Dhekelia":                {"GBR", "ESB"}, // UK sovereign base area
	"Akrotiri":                {"GBR", "WSB"}, // UK sovereign base area
	"USNB Guantanamo Bay":     {"CUB", "USG"}, // leased to the US
	"Siachen Glacier":         {"IND", "KAS"}, // held by India, claimed by Pakistan
	"Baikonur":                {"KAZ", "KAB"}, // leased to Russia
	"Indian Ocean Ter.":       {"AUS", "IOA"}, // parts split below into CXR and CCK
	"Coral Sea Is.":           {"AUS", "CSI"},
	"Spratly Is.":             {"-", "PGA"}, // contested by six states
	"Clipperton I.":           {"FRA", "CLP"},
	"Bajo Nuevo Bank":         {"COL", "BJN"}, // administered by Colombia, contested
	"Serranilla Bank":         {"COL", "SER"}, // administered by Colombia, contested
	"Scarborough Reef":        {"-", "SCR"},   // held by China, claimed by the Philippines
}

// disputed marks the units whose sovereignty is contested or not recognised.
var disputed = map[string]bool{
	"SOL": true, "CYN": true, "CNM": true, "KAS": true, "PGA": true, "BJN": true, "SER": true,
	"SCR": true, "XKX": true,
}

// overseas splits the parts of a country lying in a box off to the ISO code GeoNames gives
// them (French Guiana is GUF there, Svalbard SJM); box: minimum lat, lon, maximum lat, lon.
// Natural Earth 4.1 draws Crimea as a part of Russia: it goes back to Ukraine, whose territory
// it is in international law, as a disputed area of its own.
var overseas = []struct {
	parent, code string
	box          [4]float64
	area, name   string // when set: the part's own area code and name
	status       string
}{
	{"RUS", "UKR", [4]float64{44.3, 32.4, 46.3, 36.7}, "UKR", "Crimea", "disputed"},
	{"FRA", "GUF", [4]float64{1.5, -55, 6.5, -51}, "", "", ""},
	{"FRA", "GLP", [4]float64{15.8, -62, 16.6, -60.9}, "", "", ""},
	{"FRA", "MTQ", [4]float64{14.3, -61.3, 14.95, -60.75}, "", "", ""},
	{"FRA", "MYT", [4]float64{-13.1, 44.9, -12.5, 45.4}, "", "", ""},
	{"FRA", "REU", [4]float64{-21.5, 55.1, -20.8, 55.9}, "", "", ""},
	{"NOR", "SJM", [4]float64{74, 5, 81.5, 35}, "", "", ""},
	{"NOR", "SJM", [4]float64{70.7, -9.2, 71.2, -7.8}, "", "", ""},
	{"NOR", "BVT", [4]float64{-54.6, 3.2, -54.3, 3.6}, "", "", ""},
	{"NLD", "BES", [4]float64{11.9, -68.5, 12.4, -68.1}, "", "", ""},
	{"NLD", "BES", [4]float64{17.4, -63.3, 17.7, -62.9}, "", "", ""},
	{"NZL", "TKL", [4]float64{-9.5, -172.6, -8.5, -171.1}, "", "", ""},
	{"AUS", "CXR", [4]float64{-10.7, 105.4, -10.3, 105.8}, "", "", ""},
	{"AUS", "CCK", [4]float64{-12.4, 96.7, -11.7, 97}, "", "", ""},
}

type ring struct {
	iso3, area, name, status string
	pts                      [][2]int64 // lon, lat in 1e-5 degrees
	kinds                    []byte     // per segment (pts[i] → pts[i+1], the last closing the ring): b, i or c
}

func main() {
	flag.Parse()
	log.SetFlags(0)
	var topo topology
	readJSON(filepath.Join(*npmDir, "world-atlas/countries-10m.json"), &topo)
	byNum := numericCodes(filepath.Join(*npmDir, "world-countries/countries.json"))
	arcs := decodeArcs(&topo)
	units := codeUnits(&topo, byNum)
	parts, split := splitParts(units, arcs)
	rings, cut := buildRings(parts, arcs, arcKinds(len(arcs), parts))
	text, npts := formatRings(rings)
	size := writeGzip(*out, text)
	log.Printf("%s: %d units, %d rings (%d cut at the antimeridian), %d points, %d overseas parts split off; %d bytes (%d uncompressed)",
		*out, len(units), len(rings), cut, npts, split, size, len(text))
}

// numericCodes reads world-countries' file: the ISO alpha-3 code of each ISO numeric code,
// the codes world-atlas identifies its units by. Kosovo, UNK there, is XKX.
func numericCodes(file string) map[string]string {
	var countries []struct {
		CCA3 string `json:"cca3"`
		CCN3 string `json:"ccn3"`
	}
	readJSON(file, &countries)
	byNum := make(map[string]string)
	for _, c := range countries {
		if c.CCA3 == "UNK" {
			c.CCA3 = "XKX"
		}
		if c.CCN3 != "" {
			byNum[c.CCN3] = c.CCA3
		}
	}
	return byNum
}

// decodeArcs decodes the arcs of the topology: delta-encoded quantised positions → degrees →
// integer 1e-5 degrees.
func decodeArcs(topo *topology) [][][2]int64 {
	t := topo.Transform
	arcs := make([][][2]int64, len(topo.Arcs))
	for i, a := range topo.Arcs {
		var x, y int
		pts := make([][2]int64, len(a))
		for j, d := range a {
			x += d[0]
			y += d[1]
			lon := float64(x)*t.Scale[0] + t.Translate[0]
			lat := float64(y)*t.Scale[1] + t.Translate[1]
			pts[j] = [2]int64{int64(math.Round(lon * 1e5)), int64(math.Round(lat * 1e5))}
		}
		arcs[i] = pts
	}
	return arcs
}

// unit is one Natural Earth unit with its codes and its polygons, each a list of rings given
// by their arcs (an arc index, or ^index for the arc reversed).
type unit struct {
	iso3, area, name string
	polys            [][][]int
}

// codeUnits codes every unit of the topology: by its ISO numeric code (byNum), else by its name
// (unnumbered). A unit with neither stops the command.
func codeUnits(topo *topology, byNum map[string]string) []unit {
	var units []unit
	for _, g := range topo.Objects.Countries.Geometries {
		u := unit{name: g.Properties.Name}
		if c, ok := byNum[g.ID]; ok && g.ID != "" {
			u.iso3, u.area = c, c
		} else if c, ok := unnumbered[u.name]; ok {
			u.iso3, u.area = c[0], c[1]
		} else {
			log.Fatalf("world-atlas: unit %q (id %q) has no code", u.name, g.ID)
		}
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				log.Fatal(err)
			}
			u.polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &u.polys); err != nil {
				log.Fatal(err)
			}
		default:
			log.Fatalf("world-atlas: unit %q: geometry %q", u.name, g.Type)
		}
		units = append(units, u)
	}
	return units
}

// part is one polygon of a unit, with the codes, name and status of the unit or of the
// overseas territory or region it lies in.
type part struct {
	iso3, area, name, status string
	rings                    [][]int
}

// splitParts makes a part of each polygon of the units, and counts the parts split off their
// country to an overseas code (overseas; the box is tested on the mean of the outer ring).
func splitParts(units []unit, arcs [][][2]int64) (parts []part, split int) {
	for _, u := range units {
		for _, p := range u.polys {
			pt := part{iso3: u.iso3, area: u.area, name: u.name, status: "-", rings: p}
			if disputed[u.area] {
				pt.status = "disputed"
			}
			lat, lon := mean(ringPoints(arcs, p[0]))
			for _, o := range overseas {
				if o.parent == u.iso3 && lat >= o.box[0] && lat <= o.box[2] && lon >= o.box[1] && lon <= o.box[3] {
					pt.iso3, pt.area = o.code, o.area
					if o.area == "" {
						pt.area = o.code
					}
					if o.name != "" {
						pt.name, pt.status = o.name, o.status
					}
					split++
					break
				}
			}
			parts = append(parts, pt)
		}
	}
	return parts, split
}

// arcKinds gives the segment kind of every arc from the parts that use it: 'b' a border
// between two countries (an arc used by two different ISO3 codes), 'i' a line between two
// areas of one country (Somaliland and Somalia), 'c' a coast (an arc of one area).
func arcKinds(nArcs int, parts []part) []byte {
	arcCodes := make([]map[string]bool, nArcs) // ISO3 codes of the parts using an arc
	arcAreas := make([]map[string]bool, nArcs) // area codes and names
	for _, pt := range parts {
		for _, r := range pt.rings {
			for _, a := range r {
				if a < 0 {
					a = ^a
				}
				if arcCodes[a] == nil {
					arcCodes[a], arcAreas[a] = make(map[string]bool), make(map[string]bool)
				}
				arcCodes[a][pt.iso3] = true
				arcAreas[a][pt.area+"/"+pt.name] = true
			}
		}
	}
	kinds := make([]byte, nArcs)
	for a := range kinds {
		kinds[a] = 'c'
		if len(arcCodes[a]) > 1 {
			kinds[a] = 'b'
		} else if len(arcAreas[a]) > 1 {
			kinds[a] = 'i'
		}
	}
	return kinds
}

// buildRings makes the rings of the file from the parts: each ring's points and segment kinds
// (partRing), cut at the antimeridian (cutAntimeridian; it counts the rings cut) and sorted by
// ISO3, then area. A piece of fewer than 3 points is dropped.
func buildRings(parts []part, arcs [][][2]int64, kinds []byte) (rings []ring, cut int) {
	for _, pt := range parts {
		for _, r := range pt.rings {
			rg := partRing(pt, r, arcs, kinds)
			for _, piece := range cutAntimeridian(rg) {
				if len(piece.pts) >= 3 {
					rings = append(rings, piece)
					if len(piece.pts) != len(rg.pts) {
						cut++
					}
				}
			}
		}
	}
	sort.SliceStable(rings, func(i, j int) bool {
		if rings[i].iso3 != rings[j].iso3 {
			return rings[i].iso3 < rings[j].iso3
		}
		return rings[i].area < rings[j].area
	})
	return rings, cut
}

// partRing joins the arcs of ring r of part pt into a closed ring of points, each segment with
// the kind of its arc.
func partRing(pt part, r []int, arcs [][][2]int64, kinds []byte) ring {
	rg := ring{iso3: pt.iso3, area: pt.area, name: pt.name, status: pt.status}
	for k, a := range r {
		rev := a < 0
		if rev {
			a = ^a
		}
		pts := arcs[a]
		if rev {
			pts = reversed(pts)
		}
		if k > 0 {
			pts = pts[1:]
		}
		for range pts {
			rg.kinds = append(rg.kinds, kinds[a])
		}
		rg.pts = append(rg.pts, pts...)
	}
	// Closed ring: drop the repeated first point; segment i joins pts[i] and pts[i+1],
	// the last one pts[n-1] and pts[0]. The first point's kind belonged to no segment.
	if n := len(rg.pts); n > 1 && rg.pts[0] == rg.pts[n-1] {
		rg.pts = rg.pts[:n-1]
		rg.kinds = rg.kinds[1:]
	} else {
		log.Fatalf("world-atlas: unit %q: a ring is not closed", pt.name)
	}
	rg.pts, rg.kinds = dedupe(rg.pts, rg.kinds)
	return rg
}

// formatRings writes the file's text (territory/doc.go): the header, then one line per ring.
// It returns the text and the number of points.
func formatRings(rings []ring) ([]byte, int) {
	var b bytes.Buffer
	b.WriteString(header)
	npts := 0
	for _, r := range rings {
		npts += len(r.pts)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t", r.iso3, r.area, r.name, r.status, runs(r.kinds))
		var px, py int64
		for i, p := range r.pts {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.FormatInt(p[0]-px, 10))
			b.WriteByte(',')
			b.WriteString(strconv.FormatInt(p[1]-py, 10))
			px, py = p[0], p[1]
		}
		b.WriteByte('\n')
	}
	return b.Bytes(), npts
}

// writeGzip writes text gzip-compressed to file and returns the compressed size.
func writeGzip(file string, text []byte) int {
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	w.Name = "borders.tsv"
	w.Write(text)
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(file, z.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	return z.Len()
}

func readJSON(file string, v any) {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
}

// ringPoints returns the points of a ring given by its arcs.
func ringPoints(arcs [][][2]int64, r []int) [][2]int64 {
	var pts [][2]int64
	for _, a := range r {
		if a < 0 {
			pts = append(pts, reversed(arcs[^a])...)
		} else {
			pts = append(pts, arcs[a]...)
		}
	}
	return pts
}

func reversed(pts [][2]int64) [][2]int64 {
	r := make([][2]int64, len(pts))
	for i, p := range pts {
		r[len(pts)-1-i] = p
	}
	return r
}

// dedupe drops repeated consecutive points (rounding can make two equal) with the empty
// segment that starts at each.
func dedupe(pts [][2]int64, kinds []byte) ([][2]int64, []byte) {
	var op [][2]int64
	var ok []byte
	for i, p := range pts {
		if i > 0 && p == op[len(op)-1] {
			ok[len(ok)-1] = kinds[i]
			continue
		}
		op = append(op, p)
		ok = append(ok, kinds[i])
	}
	for len(op) > 1 && op[len(op)-1] == op[0] {
		op = op[:len(op)-1]
		ok = ok[:len(ok)-1]
	}
	return op, ok
}

func mean(pts [][2]int64) (lat, lon float64) {
	for _, p := range pts {
		lon += float64(p[0])
		lat += float64(p[1])
	}
	n := float64(len(pts)) * 1e5
	return lat / n, lon / n
}

// runs writes the segment kinds as runs: "c12 b40 c3" is 12 coast segments, 40 border
// segments, 3 coast segments.
func runs(kinds []byte) string {
	var parts []string
	for i := 0; i < len(kinds); {
		j := i
		for j < len(kinds) && kinds[j] == kinds[i] {
			j++
		}
		parts = append(parts, string(kinds[i])+strconv.Itoa(j-i))
		i = j
	}
	return strings.Join(parts, " ")
}

const header = `# Country boundary polygons: Natural Earth 1:10m admin-0 countries (version 4.1.0, public
# domain) as TopoJSON in npm world-atlas 2.0.2 (ISC), arcs decoded and quantisation removed.
# One line per ring (outer rings and holes alike; a point is inside a unit when it is inside an
# odd number of its rings):
#   ISO3 AREA NAME STATUS SEGMENTS POINTS
# ISO3: ISO 3166-1 alpha-3 of the country whose territory the unit is in international law,
# coded through world-countries 5.1.0 numeric codes; '-' for none agreed (Spratly Is.,
# Scarborough Reef). AREA: the unit's own code (the same as ISO3, or Natural Earth's ADM0_A3
# for units with no ISO numeric code: SOL Somaliland, CYN N. Cyprus, XKX Kosovo...). NAME:
# Natural Earth's name. STATUS: 'disputed' or '-'. SEGMENTS: runs of segment kinds, 'b' for a
# land border with another country, 'i' for a line between two units of one country (Somaliland
# and Somalia), 'c' for a coast ("c12 b40": 12 coast segments, then 40 border segments). POINTS: lon,lat in integer 1e-5 degrees, the first absolute, the
# others relative to the one before; segment i joins point i to point i+1, the last one closes
# the ring. Generated by tools/genterritory; do not edit.
`
