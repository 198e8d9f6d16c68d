package evaluate

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/gazetteer"
)

// worstKm is the error of a place found but left unresolved: half the earth round.
const worstKm = 20039

// geoTally counts the figures of a geoparsing corpus over its articles.
type geoTally struct {
	golds, located, found, foundLocated, predicted, predictedRight, resolved, within161 int
	areas, areaOK                                                                       int
	errs                                                                                []float64 // km, one per located gold place found
	misses                                                                              io.Writer // or nil
	judge                                                                               *Areas
}

// overlapping returns the first predicted place that overlaps g, or nil.
func overlapping(pred []FoundPlace, g goldPlace) *FoundPlace {
	for i := range pred {
		if pred[i].Start < g.end && g.start < pred[i].End {
			return &pred[i]
		}
	}
	return nil
}

// article scores the places pred found in article n against its gold places.
func (t *geoTally) article(n int, a geoArticle, pred []FoundPlace) {
	t.predicted += len(pred)
	for _, p := range pred {
		right := false
		for _, g := range a.gold {
			if p.Start < g.end && g.start < p.End {
				right = true
				break
			}
		}
		if right {
			t.predictedRight++
		} else if t.misses != nil {
			fmt.Fprintf(t.misses, "%d\t%d\t%s\t\t\t\tnot gold: %s\n", n, p.Start, a.text[p.Start:min(p.End, len(a.text))], p.Label)
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
		if g.located {
			t.located++
		}
		match := overlapping(pred, g)
		if match == nil {
			miss(g, "\t\tnot found")
			continue
		}
		t.found++
		if !g.located {
			continue
		}
		t.foundLocated++
		if g.area != "" {
			t.areas++
			if match.Resolved && t.judge.holds(match.Place, g) {
				t.areaOK++
			} else {
				miss(g, "\t\tarea (%s %s) not held by: %s", g.area, g.name, match.Label)
			}
		}
		if !match.Resolved {
			t.errs = append(t.errs, worstKm)
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

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// errorFigures returns the median and mean error and the area under the curve of the sorted
// errors on a log scale, normalised to [0, 1] (Gritta et al. 2018: lower is better).
func errorFigures(errs []float64) (median, mean, auc float64) {
	if len(errs) == 0 {
		return 0, 0, 0
	}
	sort.Float64s(errs)
	median = errs[len(errs)/2]
	for _, e := range errs {
		mean += e
		auc += math.Log(1+e) / math.Log(1+worstKm)
	}
	return median, mean / float64(len(errs)), auc / float64(len(errs))
}

// scorePlaces runs find on every article (ids prefix + n, dated when the corpus gives a date)
// and reports the figures under metric names prefix.*.
func scorePlaces(arts []geoArticle, idPrefix, prefix string, find PlaceFinder, areas *Areas, w, misses io.Writer) []Metric {
	t := geoTally{misses: misses, judge: areas}
	for n, a := range arts {
		art := &annals.Article{ID: idPrefix + strconv.Itoa(n), Text: a.text}
		if d, err := time.Parse("2006-01-02", a.published); err == nil {
			art.Published = d
		}
		t.article(n, a, find(art))
	}
	p, r := share(t.predictedRight, t.predicted), share(t.found, t.golds)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	median, mean, auc := errorFigures(t.errs)
	fmt.Fprintf(w, "  %d gold places (%d with a point), %d predicted\n", t.golds, t.located, t.predicted)
	fmt.Fprintf(w, "  recognition (overlap): P %.3f  R %.3f  F1 %.3f\n", p, r, f1)
	fmt.Fprintf(w, "  resolution of the %d found with a point: %d resolved, %d listed unresolved; accuracy@161km %.3f of the resolved, %.3f of the found; median error %.1f km, mean %.0f km, AUC %.3f (an unresolved place counts 20,039 km)\n",
		t.foundLocated, t.resolved, t.foundLocated-t.resolved, share(t.within161, t.resolved), share(t.within161, t.foundLocated), median, mean, auc)
	fmt.Fprintf(w, "  accuracy@161km over all gold places with a point %.3f\n", share(t.within161, t.located))
	fmt.Fprintf(w, "  area_ok %.3f (%d of the %d areas found resolved to an area that holds the gold point)\n\n", share(t.areaOK, t.areas), t.areaOK, t.areas)
	return []Metric{
		{prefix + ".recall", r},
		{prefix + ".precision", p},
		{prefix + ".accuracy_161km", share(t.within161, t.resolved)},
		{prefix + ".accuracy_161km_found", share(t.within161, t.foundLocated)},
		{prefix + ".accuracy_161km_all", share(t.within161, t.located)},
		{prefix + ".area_ok", share(t.areaOK, t.areas)},
		{prefix + ".median_error_km_inverse", 1 / (1 + median)},
		{prefix + ".auc_complement", 1 - auc},
	}
}
