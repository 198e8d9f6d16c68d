package evaluate

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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
	Label      string // what the place resolved to, for the list of misses
}

type goldPlace struct {
	start, end int // byte offsets
	lat, lon   float64
}

type geoArticle struct {
	text string
	gold []goldPlace
}

// readGeoVirus reads the GeoVirus file: every <location> at any depth (three are nested in
// another, a markup error), with code-point offsets shifted by one converted to bytes.
func readGeoVirus(path string) ([]geoArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var out []geoArticle
	var stack []string
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
			stack = append(stack, t.Name.Local)
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
			stack = stack[:len(stack)-1]
			switch {
			case name == "text" && cur != nil:
				cur.text = chars.String()
			case name == "location" && cur != nil && loc != nil:
				g, err := goldOf(cur.text, loc)
				if err != nil {
					return nil, fmt.Errorf("%s: article %d: %v", path, len(out)-1, err)
				}
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
	b := 0
	for i := 0; i < start-1 && b < len(text); i++ {
		_, w := utf8.DecodeRuneInString(text[b:])
		b += w
	}
	return goldPlace{start: b, end: b + len(loc["name"]), lat: lat, lon: lon}, nil
}

// geoTally counts the figures of GeoVirus over its articles.
type geoTally struct {
	golds, found, predicted, predictedRight, resolved, within161 int
	errs                                                         []float64 // km, one per gold place found
	misses                                                       io.Writer // or nil
}

// article scores the places pred found in article n against its gold places.
func (t *geoTally) article(n int, a geoArticle, pred []FoundPlace) {
	t.predicted += len(pred)
	for _, p := range pred {
		for _, g := range a.gold {
			if p.Start < g.end && g.start < p.End {
				t.predictedRight++
				break
			}
		}
	}
	miss := func(g goldPlace, format string, args ...any) {
		if t.misses != nil {
			fmt.Fprintf(t.misses, "%d\t%d\t%s\t%.3f,%.3f\t", n, g.start, a.text[g.start:min(g.end, len(a.text))], g.lat, g.lon)
			fmt.Fprintf(t.misses, format+"\n", args...)
		}
	}
	for _, g := range a.gold {
		t.golds++
		var match *FoundPlace
		for i := range pred {
			if pred[i].Start < g.end && g.start < pred[i].End {
				match = &pred[i]
				break
			}
		}
		if match == nil {
			miss(g, "\t\tnot found")
			continue
		}
		t.found++
		if !match.Resolved {
			t.errs = append(t.errs, 20039) // unresolved: the worst error, half the earth round
			miss(g, "\t\tunresolved")
			continue
		}
		t.resolved++
		d := gazetteer.DistanceKm(match.Lat, match.Lon, g.lat, g.lon)
		t.errs = append(t.errs, d)
		if d <= 161 {
			t.within161++
		} else {
			miss(g, "%.3f,%.3f\t%.0f\t%s", match.Lat, match.Lon, d, match.Label)
		}
	}
}

// GeoVirus scores place recognition and resolution on the GeoVirus file at path.
// When misses is not nil, every gold place not resolved within 161 km is written to it as a
// tab-separated line: article, offset, name, gold point, predicted point, distance, label.
func GeoVirus(path string, find PlaceFinder, w, misses io.Writer) ([]Metric, error) {
	arts, err := readGeoVirus(path)
	if err != nil {
		return nil, err
	}
	t := geoTally{misses: misses}
	for n, a := range arts {
		t.article(n, a, find(&annals.Article{ID: "geovirus-" + strconv.Itoa(n), Text: a.text}))
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	p, r := ratio(t.predictedRight, t.predicted), ratio(t.found, t.golds)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	sort.Float64s(t.errs)
	median, mean, auc := 0.0, 0.0, 0.0
	if len(t.errs) > 0 {
		median = t.errs[len(t.errs)/2]
		for _, e := range t.errs {
			mean += e
			auc += math.Log(1+e) / math.Log(1+20039)
		}
		mean /= float64(len(t.errs))
		auc /= float64(len(t.errs))
	}
	fmt.Fprintf(w, "GeoVirus (%s): %d texts, %d gold places, %d predicted\n", path, len(arts), t.golds, t.predicted)
	fmt.Fprintf(w, "  recognition (overlap): P %.3f  R %.3f  F1 %.3f\n", p, r, f1)
	fmt.Fprintf(w, "  resolution of the %d found: %d resolved, %d listed unresolved; accuracy@161km %.3f of the resolved, %.3f of the found; median error %.1f km, mean %.0f km, AUC %.3f (an unresolved place counts 20,039 km)\n",
		t.found, t.resolved, t.found-t.resolved, ratio(t.within161, t.resolved), ratio(t.within161, t.found), median, mean, auc)
	fmt.Fprintf(w, "  accuracy@161km over all gold places %.3f\n\n", ratio(t.within161, t.golds))
	return []Metric{
		{"places.recall", r},
		{"places.precision", p},
		{"places.accuracy_161km", ratio(t.within161, t.resolved)},
		{"places.accuracy_161km_found", ratio(t.within161, t.found)},
		{"places.median_error_km_inverse", 1 / (1 + median)},
	}, nil
}
