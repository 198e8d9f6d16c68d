package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/annals-org/annals"
)

// Coder codes one article.
type Coder func(*annals.Article) []annals.Event

// Metric is one named figure, compared with the floors.
type Metric struct {
	Name  string
	Value float64
}

// readJSONL decodes every line of path into a new T.
func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	r := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var v T
			if err := json.Unmarshal(line, &v); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, n, err)
			}
			out = append(out, v)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

type benchArticle struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func (b benchArticle) article() *annals.Article {
	a := &annals.Article{ID: b.ID, Text: b.Text}
	if t, err := time.Parse("2006-01-02", b.Published); err == nil {
		a.Published = t
	}
	return a
}

// legacyPLOVER maps the event types of the PLOVER gold-standard records, coded with an
// earlier PLOVER draft, to the types of the 2021 CAMEO -> PLOVER table that annals emits:
// that draft's DEMAND became REQUEST, DISAPPROVE and INVESTIGATE became ACCUSE, and FIGHT
// was folded into ASSAULT.
var legacyPLOVER = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

type goldActor struct {
	Text   string `json:"text"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

type ploverRecord struct {
	benchArticle
	Event  string      `json:"event"`
	Source []goldActor `json:"source"`
	Target []goldActor `json:"target"`
}

// isoAliases are the non-ISO country codes of the gold records.
var isoAliases = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

func goldCountry(code string) string {
	if len(code) < 3 {
		return code
	}
	c := code[:3]
	if a, ok := isoAliases[c]; ok {
		return a
	}
	return c
}

// actorCountry is what an actor's country is compared on: its country, else the first three
// letters of its code (IGO, NGO, IMG ...).
func actorCountry(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	if a.Country != "" {
		return a.Country
	}
	if len(a.Code) >= 3 {
		return a.Code[:3]
	}
	return a.Code
}

// PLOVER scores the gold-standard records at path: event-type recall per type, precision,
// and source and target country accuracy on the records whose type was found.
func PLOVER(path string, code Coder, w, misses io.Writer) ([]Metric, error) {
	recs, err := readJSONL[ploverRecord](path)
	if err != nil {
		return nil, err
	}
	// Six sentences carry two gold events: score the union per text.
	type item struct {
		art    *annals.Article
		golds  []ploverRecord
		events []annals.Event
	}
	byText := map[string]*item{}
	var items []*item
	for _, r := range recs {
		it, ok := byText[r.Text]
		if !ok {
			it = &item{art: r.article()}
			byText[r.Text] = it
			items = append(items, it)
		}
		it.golds = append(it.golds, r)
	}
	type counts struct{ gold, hit, hitLegacy int }
	perType := map[string]*counts{}
	var total, hits, hitsLegacy, predicted, predictedRight, srcN, srcRight, tgtN, tgtRight int
	var bands confidenceBands
	for _, it := range items {
		it.events = code(it.art)
		goldTypes := map[string]bool{}
		for _, g := range it.golds {
			goldTypes[mapped(g.Event)] = true
		}
		for _, e := range it.events {
			if e.PLOVER == "" {
				continue
			}
			predicted++
			if goldTypes[e.PLOVER] {
				predictedRight++
			}
			bands.add(&e, goldTypes[e.PLOVER])
		}
		for _, g := range it.golds {
			total++
			c := perType[g.Event]
			if c == nil {
				c = &counts{}
				perType[g.Event] = c
			}
			c.gold++
			// The actors are compared on the predicted events of the gold type: a record's
			// source (target) is right when one of them has a gold country.
			var matches []*annals.Event
			literal := false
			for i := range it.events {
				if it.events[i].PLOVER == g.Event {
					literal = true
				}
				if it.events[i].PLOVER == mapped(g.Event) {
					matches = append(matches, &it.events[i])
				}
			}
			if literal {
				c.hit++
				hits++
			}
			if len(matches) == 0 {
				writeMiss(misses, "plover", g.ID, g.Event, ploverLabels(it.events), g.Text)
				continue
			}
			c.hitLegacy++
			hitsLegacy++
			srcOK, tgtOK := false, false
			for _, m := range matches {
				srcOK = srcOK || anyCountry(g.Source, m.Source)
				tgtOK = tgtOK || anyCountry(g.Target, m.Target)
			}
			if len(g.Source) > 0 {
				srcN++
				if srcOK {
					srcRight++
				}
			}
			if len(g.Target) > 0 {
				tgtN++
				if tgtOK {
					tgtRight++
				}
			}
		}
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	fmt.Fprintf(w, "PLOVER gold-standard records (%s): %d records\n", path, total)
	fmt.Fprintf(w, "  %-14s %6s %8s %14s\n", "type", "gold", "recall", "recall(2021)")
	types := make([]string, 0, len(perType))
	for t := range perType {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		return ratio(perType[types[i]].hitLegacy, perType[types[i]].gold) < ratio(perType[types[j]].hitLegacy, perType[types[j]].gold)
	})
	for _, t := range types {
		c := perType[t]
		fmt.Fprintf(w, "  %-14s %6d %8.3f %14.3f\n", t, c.gold, ratio(c.hit, c.gold), ratio(c.hitLegacy, c.gold))
	}
	m := []Metric{
		{"plover.type_accuracy", ratio(hitsLegacy, total)},
		{"plover.type_accuracy_literal", ratio(hits, total)},
		{"plover.precision", ratio(predictedRight, predicted)},
		{"plover.source_country_accuracy", ratio(srcRight, srcN)},
		{"plover.target_country_accuracy", ratio(tgtRight, tgtN)},
	}
	fmt.Fprintf(w, "  type accuracy %.3f (literal type names %.3f), precision %.3f over %d predicted events\n", m[0].Value, m[1].Value, m[2].Value, predicted)
	fmt.Fprintf(w, "  source country accuracy %.3f (%d/%d), target country accuracy %.3f (%d/%d), on records whose type was found\n",
		m[3].Value, srcRight, srcN, m[4].Value, tgtRight, tgtN)
	bands.print(w, "right: a gold type of its text")
	fmt.Fprintln(w)
	return append(m, bands.metrics("plover")...), nil
}

func mapped(t string) string {
	if m, ok := legacyPLOVER[t]; ok {
		return m
	}
	return t
}

func anyCountry(golds []goldActor, a *annals.Actor) bool {
	got := actorCountry(a)
	if got == "" {
		return false
	}
	for _, g := range golds {
		if goldCountry(g.Code) == got {
			return true
		}
	}
	return false
}
