// Command genweb builds the generated files of the web page under web/static from the npm
// packages of tools/npm: Leaflet's built files, copied unchanged with its licence, and
// countries.geojson, the country outlines, decoded from world-atlas's 1:110m TopoJSON.
//
//	(cd tools/npm && npm ci)
//	go run ./tools/genweb
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"math"
	"os"
	"path/filepath"
)

func main() {
	npm := flag.String("npm", "tools/npm/node_modules", "installed npm packages")
	out := flag.String("out", "web/static", "web page folder")
	flag.Parse()
	if err := copyLeaflet(filepath.Join(*npm, "leaflet"), filepath.Join(*out, "vendor", "leaflet")); err != nil {
		log.Fatal(err)
	}
	src := filepath.Join(*npm, "world-atlas", "countries-110m.json")
	data, err := os.ReadFile(src)
	if err != nil {
		log.Fatal(err)
	}
	geo, err := outlines(data)
	if err != nil {
		log.Fatalf("%s: %v", src, err)
	}
	if err := os.WriteFile(filepath.Join(*out, "countries.geojson"), geo, 0o644); err != nil {
		log.Fatal(err)
	}
}

// copyLeaflet copies the built script and style sheet, their images and the licence.
func copyLeaflet(pkg, dst string) error {
	files := []string{"dist/leaflet.js", "dist/leaflet.css", "LICENSE"}
	images, err := fs.Glob(os.DirFS(pkg), "dist/images/*.png")
	if err != nil {
		return err
	}
	if len(images) == 0 {
		return fmt.Errorf("%s: no dist/images: is leaflet installed (cd tools/npm && npm ci)?", pkg)
	}
	for _, f := range append(files, images...) {
		b, err := os.ReadFile(filepath.Join(pkg, f))
		if err != nil {
			return err
		}
		// dist/ is flattened: leaflet.css refers to images/ beside it.
		rel, err := filepath.Rel("dist", f)
		if err != nil || f == "LICENSE" {
			rel = f
		}
		to := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(to, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// topology is the part of a TopoJSON file this tool reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string            `json:"type"`
			ID         string            `json:"id"`
			Arcs       json.RawMessage   `json:"arcs"`
			Properties map[string]string `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

type feature struct {
	Type       string            `json:"type"`
	ID         string            `json:"id,omitempty"`
	Properties map[string]string `json:"properties"`
	Geometry   geometry          `json:"geometry"`
}

type geometry struct {
	Type        string          `json:"type"`
	Coordinates [][][][]float64 `json:"coordinates"`
}

// outlines converts the countries of a TopoJSON topology into a GeoJSON feature
// collection of MultiPolygons with coordinates rounded to 0.01 degrees (about 1 km, finer
// than the 1:110m source).
func outlines(data []byte) ([]byte, error) {
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, err
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("type %q: want Topology", t.Type)
	}
	countries, ok := t.Objects["countries"]
	if !ok {
		return nil, errors.New("no countries object")
	}
	arcs := decodeArcs(&t)
	var features []feature
	for _, g := range countries.Geometries {
		var polygons [][][]int
		switch g.Type {
		case "Polygon":
			var rings [][]int
			if err := json.Unmarshal(g.Arcs, &rings); err != nil {
				return nil, fmt.Errorf("%s: %v", g.Properties["name"], err)
			}
			polygons = [][][]int{rings}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polygons); err != nil {
				return nil, fmt.Errorf("%s: %v", g.Properties["name"], err)
			}
		default:
			continue // a null geometry: nothing to draw
		}
		var coords [][][][]float64
		for _, p := range polygons {
			var poly [][][]float64
			for _, r := range p {
				ring, err := stitch(arcs, r)
				if err != nil {
					return nil, fmt.Errorf("%s: %v", g.Properties["name"], err)
				}
				// Rounding can collapse a small island to a line: it is dropped, and a
				// polygon whose outer ring is dropped goes with it.
				if len(ring) < 4 {
					if len(poly) == 0 {
						break
					}
					continue
				}
				poly = append(poly, ring)
			}
			if len(poly) > 0 {
				coords = append(coords, poly)
			}
		}
		if len(coords) == 0 {
			continue
		}
		features = append(features, feature{
			Type:       "Feature",
			ID:         g.ID,
			Properties: map[string]string{"name": g.Properties["name"]},
			Geometry:   geometry{Type: "MultiPolygon", Coordinates: coords},
		})
	}
	var buf bytes.Buffer
	buf.WriteString(`{"type":"FeatureCollection","features":[`)
	for i, f := range features {
		if i > 0 {
			buf.WriteByte(',')
		}
		// One feature a line keeps diffs of the committed file readable.
		buf.WriteByte('\n')
		b, err := json.Marshal(f)
		if err != nil {
			return nil, err
		}
		buf.Write(b)
	}
	buf.WriteString("\n]}\n")
	return buf.Bytes(), nil
}

// decodeArcs returns the arcs in degrees: quantized arcs are delta-encoded integers that
// the transform scales and translates.
func decodeArcs(t *topology) [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([][2]float64, len(arc))
		var x, y float64
		for j, p := range arc {
			if t.Transform == nil {
				pts[j] = p
				continue
			}
			x += p[0]
			y += p[1]
			pts[j] = [2]float64{
				x*t.Transform.Scale[0] + t.Transform.Translate[0],
				y*t.Transform.Scale[1] + t.Transform.Translate[1],
			}
		}
		out[i] = pts
	}
	return out
}

// stitch joins the arcs of one ring, rounded, without repeated points. An index i < 0
// means arc ^i reversed; each arc after the first starts where the previous one ended.
func stitch(arcs [][][2]float64, indexes []int) ([][]float64, error) {
	var ring [][]float64
	for k, i := range indexes {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc %d of %d", i, len(arcs))
		}
		arc := arcs[i]
		for j := range arc {
			p := arc[j]
			if rev {
				p = arc[len(arc)-1-j]
			}
			if k > 0 && j == 0 {
				continue
			}
			q := []float64{round2(p[0]), round2(p[1])}
			if n := len(ring); n > 0 && ring[n-1][0] == q[0] && ring[n-1][1] == q[1] {
				continue
			}
			ring = append(ring, q)
		}
	}
	// The ring must close on its first point (stitched rings do; rounding keeps it so).
	if n := len(ring); n > 0 && (ring[0][0] != ring[n-1][0] || ring[0][1] != ring[n-1][1]) {
		ring = append(ring, ring[0])
	}
	unwrap(ring)
	return ring, nil
}

// unwrap moves the western part of a ring that crosses the 180th meridian (Fiji, Chukotka)
// east of 180 degrees, as a flat map draws such a ring across the whole world otherwise.
// Rings that go round the pole (Antarctica) are left alone: no move narrows them below 180.
func unwrap(ring [][]float64) {
	crosses := false
	for i := 1; i < len(ring); i++ {
		if math.Abs(ring[i][0]-ring[i-1][0]) > 180 {
			crosses = true
			break
		}
	}
	if !crosses {
		return
	}
	span := func(shift float64) float64 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, p := range ring {
			x := p[0]
			if x < 0 {
				x += shift
			}
			lo, hi = min(lo, x), max(hi, x)
		}
		return hi - lo
	}
	if span(360) >= 180 {
		return
	}
	for _, p := range ring {
		if p[0] < 0 {
			p[0] += 360
		}
	}
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
