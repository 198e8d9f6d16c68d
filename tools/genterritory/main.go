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
	var countries []struct {
		CCA3 string `json:"cca3"`
		CCN3 string `json:"ccn3"`
	}
	readJSON(filepath.Join(*npmDir, "world-countries/countries.json"), &countries)
	byNum := make(map[string]string)
	for _, c := range countries {
		if c.CCA3 == "UNK" {
			c.CCA3 = "XKX"
		}
		if c.CCN3 != "" {
			byNum[c.CCN3] = c.CCA3
		}
	}

	// Decode the arcs: delta-encoded quantised positions → degrees → integer 1e-5 degrees.
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

	// Code every unit, then count which country codes use each arc: an arc used by two
	// different codes is a land border, one used by one code a coast.
	type unit struct {
		iso3, area, name string
		polys            [][][]int
	}
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
	// Parts: each polygon of a unit, with the unit's codes, or the codes of the overseas
	// territory or region it lies in.
	type part struct {
		iso3, area, name, status string
		rings                    [][]int
	}
	var parts []part
	split := 0
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

	// Segment kinds: 'b' a border between two countries, 'i' a line between two areas of one
	// country (Somaliland and Somalia), 'c' a coast.
	arcCodes := make([]map[string]bool, len(arcs)) // ISO3 codes of the parts using an arc
	arcAreas := make([]map[string]bool, len(arcs)) // area codes and names
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
	var rings []ring
	cut := 0
	for _, pt := range parts {
		for _, r := range pt.rings {
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
				kind := byte('c')
				if len(arcCodes[a]) > 1 {
					kind = 'b'
				} else if len(arcAreas[a]) > 1 {
					kind = 'i'
				}
				for range pts {
					rg.kinds = append(rg.kinds, kind)
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
			for _, r := range cutAntimeridian(rg) {
				if len(r.pts) >= 3 {
					rings = append(rings, r)
					if len(r.pts) != len(rg.pts) {
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
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	w.Name = "borders.tsv"
	w.Write(b.Bytes())
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, z.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d units, %d rings (%d cut at the antimeridian), %d points, %d overseas parts split off; %d bytes (%d uncompressed)",
		*out, len(units), len(rings), cut, npts, split, z.Len(), b.Len())
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

// cutAntimeridian splits a ring that crosses the 180th meridian (TopoJSON's spherical rings
// jump from 180 to -180: Chukotka, Fiji) into its part east of -180 and its part west of 180,
// so that the plane geometry of package territory holds. The cut runs along the meridian; those
// segments are of kind 'i' (no border, no coast).
func cutAntimeridian(r ring) []ring {
	const half = 180e5
	jump := false
	for i := range r.pts {
		j := (i + 1) % len(r.pts)
		if abs(r.pts[j][0]-r.pts[i][0]) > half {
			jump = true
			break
		}
	}
	if !jump {
		return []ring{r}
	}
	// Unwrap the longitudes into one continuous run, then place the run so that it crosses
	// +180 (and not -180).
	u := make([][2]int64, len(r.pts))
	u[0] = r.pts[0]
	for i := 1; i < len(r.pts); i++ {
		dx := r.pts[i][0] - r.pts[i-1][0]
		switch {
		case dx > half:
			dx -= 2 * half
		case dx < -half:
			dx += 2 * half
		}
		u[i] = [2]int64{u[i-1][0] + dx, r.pts[i][1]}
	}
	// A ring around a pole (Antarctica) does not close once unwrapped: close it along the
	// meridians at ±180 and the pole instead.
	n := len(u)
	if total := u[n-1][0] - u[0][0] + wrapDelta(r.pts[0][0]-r.pts[n-1][0]); abs(total) > half {
		return []ring{closeAroundPole(r)}
	}
	lo := u[0][0]
	for _, p := range u {
		lo = min(lo, p[0])
	}
	if lo < -half {
		for i := range u {
			u[i][0] += 2 * half
		}
	}
	west := clip(u, r.kinds, half, true)
	east := clip(u, r.kinds, half, false)
	for i := range east.pts {
		east.pts[i][0] -= 2 * half
	}
	var out []ring
	for _, c := range []ring{west, east} {
		c.iso3, c.area, c.name, c.status = r.iso3, r.area, r.name, r.status
		c.pts, c.kinds = dedupe(c.pts, c.kinds)
		out = append(out, c)
	}
	return out
}

func wrapDelta(dx int64) int64 {
	const half = 180e5
	switch {
	case dx > half:
		return dx - 2*half
	case dx < -half:
		return dx + 2*half
	}
	return dx
}

// closeAroundPole turns a ring that winds around a pole into a plane polygon: starting after
// its jump across the antimeridian, it runs from one side of the map to the other, then back
// along the map's edge at the pole.
func closeAroundPole(r ring) ring {
	const half = 180e5
	n := len(r.pts)
	start := 0
	for i := range r.pts {
		j := (i + 1) % n
		if abs(r.pts[j][0]-r.pts[i][0]) > half {
			start = j
			break
		}
	}
	var out ring
	out.iso3, out.area, out.name, out.status = r.iso3, r.area, r.name, r.status
	lat := 0.0
	for k := range n {
		i := (start + k) % n
		out.pts = append(out.pts, r.pts[i])
		out.kinds = append(out.kinds, r.kinds[i])
		lat += float64(r.pts[i][1])
	}
	pole := int64(90e5)
	if lat < 0 {
		pole = -pole
	}
	first, last := out.pts[0], out.pts[n-1]
	side := int64(half) // the side the ring ends on
	if last[0] < first[0] {
		side = -side
	}
	out.kinds[n-1] = 'c' // last point → the map's edge
	out.pts = append(out.pts, [2]int64{side, last[1]}, [2]int64{side, pole}, [2]int64{-side, pole}, [2]int64{-side, first[1]})
	out.kinds = append(out.kinds, 'i', 'i', 'i', 'c')
	out.pts, out.kinds = dedupe(out.pts, out.kinds)
	return out
}

// clip keeps the part of a ring on one side of the meridian x = l (Sutherland–Hodgman): x <= l
// when west, else x >= l. kinds[i] is the kind of the segment from pts[i] to pts[i+1].
func clip(pts [][2]int64, kinds []byte, l int64, west bool) ring {
	in := func(p [2]int64) bool { return west && p[0] <= l || !west && p[0] >= l }
	cross := func(a, b [2]int64) [2]int64 {
		t := float64(l-a[0]) / float64(b[0]-a[0])
		return [2]int64{l, a[1] + int64(math.Round(t*float64(b[1]-a[1])))}
	}
	// Points with the kind of the segment that arrives at each.
	var out [][2]int64
	var arrive []byte
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		k := kinds[i]
		switch {
		case in(a) && in(b):
			out, arrive = append(out, b), append(arrive, k)
		case in(a) && !in(b):
			out, arrive = append(out, cross(a, b)), append(arrive, k)
		case !in(a) && in(b):
			out, arrive = append(out, cross(a, b), b), append(arrive, 'i', k)
		}
	}
	// Segment m runs from out[m] to out[m+1]: its kind is the arriving kind of out[m+1].
	var r ring
	r.pts = out
	for m := range out {
		r.kinds = append(r.kinds, arrive[(m+1)%len(out)])
	}
	return r
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
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
