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
	t := ploverTally{perType: map[string]*ploverTypeCounts{}}
	for _, text := range groupByText(recs) {
		text.events = code(text.art)
		goldTypes := map[string]bool{}
		for _, g := range text.golds {
			goldTypes[mapped(g.Event)] = true
		}
		t.addPredictions(text.events, goldTypes)
		for _, g := range text.golds {
			t.addGold(g, text.events, misses)
		}
	}
	return t.report(w, path), nil
}

// ploverText is one text of the gold records with all its gold events and the events coded
// from it: six sentences carry two gold events, and a text is scored on their union.
type ploverText struct {
	art    *annals.Article
	golds  []ploverRecord
	events []annals.Event
}

// groupByText gathers the records of each text, the texts in the order of their first record.
func groupByText(recs []ploverRecord) []*ploverText {
	byText := map[string]*ploverText{}
	var texts []*ploverText
	for _, r := range recs {
		text, ok := byText[r.Text]
		if !ok {
			text = &ploverText{art: r.article()}
			byText[r.Text] = text
			texts = append(texts, text)
		}
		text.golds = append(text.golds, r)
	}
	return texts
}

// ploverTypeCounts counts the gold records of one type, those whose type was predicted under
// its literal name (hit) and those predicted under its 2021 name (hitLegacy, see mapped).
type ploverTypeCounts struct{ gold, hit, hitLegacy int }

// ploverTally sums the PLOVER figures over the texts.
type ploverTally struct {
	perType                        map[string]*ploverTypeCounts
	total, hits, hitsLegacy        int
	predicted, predictedRight      int
	srcN, srcRight, tgtN, tgtRight int
	bands                          confidenceBands
}

// addPredictions scores a text's predicted events for precision: an event is right when its
// type is one of the text's gold types (in their 2021 names).
func (t *ploverTally) addPredictions(events []annals.Event, goldTypes map[string]bool) {
	for _, e := range events {
		if e.PLOVER == "" {
			continue
		}
		t.predicted++
		right := goldTypes[e.PLOVER]
		if right {
			t.predictedRight++
		}
		t.bands.add(&e, right)
	}
}

// addGold scores one gold record against the events coded from its text: whether its type was
// found, and when it was, whether the source and target countries were.
func (t *ploverTally) addGold(g ploverRecord, events []annals.Event, misses io.Writer) {
	t.total++
	c := t.perType[g.Event]
	if c == nil {
		c = &ploverTypeCounts{}
		t.perType[g.Event] = c
	}
	c.gold++
	// The actors are compared on the predicted events of the gold type: a record's
	// source (target) is right when one of them has a gold country.
	var matches []*annals.Event
	literal := false
	for i := range events {
		if events[i].PLOVER == g.Event {
			literal = true
		}
		if events[i].PLOVER == mapped(g.Event) {
			matches = append(matches, &events[i])
		}
	}
	if literal {
		c.hit++
		t.hits++
	}
	if len(matches) == 0 {
		writeMiss(misses, "plover", g.ID, g.Event, ploverLabels(events), g.Text)
		return
	}
	c.hitLegacy++
	t.hitsLegacy++
	srcOK, tgtOK := false, false
	for _, m := range matches {
		srcOK = srcOK || anyCountry(g.Source, m.Source)
		tgtOK = tgtOK || anyCountry(g.Target, m.Target)
	}
	if len(g.Source) > 0 {
		t.srcN++
		if srcOK {
			t.srcRight++
		}
	}
	if len(g.Target) > 0 {
		t.tgtN++
		if tgtOK {
			t.tgtRight++
		}
	}
}

// report prints the figures of the records at path, the types weakest first, and returns them.
func (t *ploverTally) report(w io.Writer, path string) []Metric {
	fmt.Fprintf(w, "PLOVER gold-standard records (%s): %d records\n", path, t.total)
	fmt.Fprintf(w, "  %-14s %6s %8s %14s\n", "type", "gold", "recall", "recall(2021)")
	types := make([]string, 0, len(t.perType))
	for typ := range t.perType {
		types = append(types, typ)
	}
	// Weakest first; equal recalls by name, so that two runs print the same table.
	sort.Slice(types, func(i, j int) bool {
		ri := fraction(t.perType[types[i]].hitLegacy, t.perType[types[i]].gold)
		rj := fraction(t.perType[types[j]].hitLegacy, t.perType[types[j]].gold)
		if ri != rj {
			return ri < rj
		}
		return types[i] < types[j]
	})
	for _, typ := range types {
		c := t.perType[typ]
		fmt.Fprintf(w, "  %-14s %6d %8.3f %14.3f\n", typ, c.gold, fraction(c.hit, c.gold), fraction(c.hitLegacy, c.gold))
	}
	m := []Metric{
		{"plover.type_accuracy", fraction(t.hitsLegacy, t.total)},
		{"plover.type_accuracy_literal", fraction(t.hits, t.total)},
		{"plover.precision", fraction(t.predictedRight, t.predicted)},
		{"plover.source_country_accuracy", fraction(t.srcRight, t.srcN)},
		{"plover.target_country_accuracy", fraction(t.tgtRight, t.tgtN)},
	}
	fmt.Fprintf(w, "  type accuracy %.3f (literal type names %.3f), precision %.3f over %d predicted events\n", m[0].Value, m[1].Value, m[2].Value, t.predicted)
	fmt.Fprintf(w, "  source country accuracy %.3f (%d/%d), target country accuracy %.3f (%d/%d), on records whose type was found\n",
		m[3].Value, t.srcRight, t.srcN, m[4].Value, t.tgtRight, t.tgtN)
	t.bands.print(w, "right: a gold type of its text")
	fmt.Fprintln(w)
	return append(m, t.bands.metrics("plover")...)
}

// fraction is a/b, and 0 when there is nothing to divide (b == 0).
func fraction(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// mapped is a gold type under its 2021 name (legacyPLOVER), the name annals emits.
func mapped(t string) string {
	if m, ok := legacyPLOVER[t]; ok {
		return m
	}
	return t
}

// anyCountry reports whether the predicted actor a is in the country of one of the gold actors.
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
