// Package pipeline wires the stages into one coder: text analysis, actor mentions, event
// patterns, quantities, and the records of CONTRACT.md.
//
// Input: an annals.Article. Output: its []annals.Event. It does not read files or write
// output; cmd/annals does.
package pipeline

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/alliance"
	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/dating"
	"github.com/annals-org/annals/event"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/place"
	"github.com/annals-org/annals/quantity"
	"github.com/annals-org/annals/territory"
	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// Coder turns articles into event records. Load it once; it is safe for concurrent use.
type Coder struct {
	Analyzer *text.Analyzer
	Actors   *actor.Dictionary
	finder   *actor.Finder
	Patterns *event.Patterns
	Table    *cameo.Table
	coder    *event.Coder
	Places   *place.Resolver
	// Alliances gives each event between two states its treaty context.
	Alliances *alliance.Table
}

// Load reads every dictionary from fsys (normally dict.FS). The gazetteer and the border
// polygons load alongside the language dictionaries.
func Load(fsys fs.FS) (*Coder, error) {
	var (
		gaz         *gazetteer.Gazetteer
		terr        *territory.Index
		gerr, terr2 error
		wg          sync.WaitGroup
	)
	wg.Add(2)
	go func() { defer wg.Done(); gaz, gerr = gazetteer.Load(fsys) }()
	go func() { defer wg.Done(); terr, terr2 = territory.Load(fsys) }()
	lex, err := text.LoadLexicon(fsys)
	wg.Wait()
	if err == nil {
		err = errors.Join(gerr, terr2)
	}
	if err != nil {
		return nil, err
	}
	an := text.NewAnalyzer(lex)
	dict, err := actor.Load(fsys, an)
	if err != nil {
		return nil, err
	}
	table, err := cameo.Load(fsys)
	if err != nil {
		return nil, err
	}
	ps, err := event.LoadPatterns(fsys, table, lex)
	if err != nil {
		return nil, err
	}
	cues, err := event.LoadCues(fsys, table)
	if err != nil {
		return nil, err
	}
	alliances, err := alliance.Load(fsys)
	if err != nil {
		return nil, err
	}
	return &Coder{
		Analyzer: an, Actors: dict, finder: actor.NewFinder(dict, lex),
		Patterns: ps, Table: table, coder: event.NewCoder(ps, table, cues),
		Places: place.NewResolver(gaz, terr, lex), Alliances: alliances,
	}, nil
}

// Code returns the events of one article.
func (c *Coder) Code(a *annals.Article) []annals.Event {
	doc := c.Analyzer.Analyze(a.Text)
	mentions, places := c.actors(doc, a)
	coded := c.coder.Code(doc, mentions)
	quants := quantity.Find(doc)
	published := a.Published
	tx := timex.Find(a.Text, published)
	if published.IsZero() {
		// No date from the input: a dateline ("Friday, 14 May 2021 -") may give one.
		if d, ok := dateline(a.Text, tx); ok {
			published = d
			tx = timex.Find(a.Text, published)
		}
	}
	toDate := make([]dating.Event, len(coded))
	for i := range coded {
		toDate[i] = dating.Event{Sentence: coded[i].Sentence, Head: coded[i].Head, Status: coded[i].Status}
	}
	dates := dating.Dates(doc, toDate, tx, published)
	var recs []annals.Event
	for i := range coded {
		e := &coded[i]
		s := &doc.Sentences[e.Sentence]
		rec := annals.Event{
			ArticleID: a.ID,
			Sentence:  e.Sentence,
			Start:     s.Start,
			End:       s.End,
			Evidence:  doc.SentenceText(s),
			Source:    actorOf(a.Text, e.Source),
			Target:    actorOf(a.Text, e.Target),
			CAMEO:     string(e.Code),
			CAMEOName: e.Info.Name,
			Goldstein: e.Info.Goldstein,
			QuadClass: e.Info.Quad,
			PLOVER:    e.Info.PLOVER,
			Status:    e.Status,
			Trigger:   e.Trigger,
		}
		rec.Date, rec.DateText, rec.DateSource = dates[i].Value, dates[i].Text, dates[i].Source
		rec.DateSpan = annals.Span{Start: dates[i].Start, End: dates[i].End}
		target := ""
		if rec.Target != nil {
			target = rec.Target.Country
		}
		rec.Location, rec.Territory, rec.TerritoryUncertain = c.Places.Locate(doc, &places,
			place.Event{Sentence: e.Sentence, Head: e.Head, Physical: physical(e.Info.Quad, e.Code), Target: target})
		rec.CrossBorder = rec.Source != nil && rec.Source.Country != "" && rec.Territory != "" && rec.Source.Country != rec.Territory
		placeTarget(&rec)
		if dates[i].Historical {
			rec.Status = annals.Historical
		}
		rec.Quantities = quantity.Attach(quants, doc, e.Sentence, e.Head, coded, i)
		if rec.Quantities == nil {
			rec.Quantities = []annals.Quantity{}
		}
		recs = append(recs, rec)
	}
	recs = foldConsequences(recs)
	var out []annals.Event
	content := sha256.Sum256([]byte(a.Text))
	for i := range recs {
		rec := &recs[i]
		if mergeInto(out, rec) {
			continue
		}
		rec.ID = eventID(a.ID, content, rec)
		out = append(out, *rec)
	}
	for i := range out {
		// After merging, which can bring a report's target or finer date into the event.
		c.Alliances.Annotate(&out[i], published)
	}
	return out
}

// foldConsequences folds casualty reports with no perpetrator ("two people were killed",
// "three officers were injured") into the violent event with a named perpetrator that caused
// them, in the same sentence or the two before: the casualties are that event's outcome, not
// events of their own. Their quantities move with them.
func foldConsequences(recs []annals.Event) []annals.Event {
	keep := recs[:0:0]
	for i := range recs {
		r := &recs[i]
		if r.Source == nil && casualty(r.CAMEO) {
			if j := cause(recs, i); j >= 0 {
				recs[j].Quantities = appendQuantities(recs[j].Quantities, r.Quantities)
				continue
			}
		}
		if j := riotOf(recs, i); j >= 0 {
			recs[j].Quantities = appendQuantities(recs[j].Quantities, r.Quantities)
			continue
		}
		keep = append(keep, *r)
	}
	return keep
}

// riotOf returns the riot (145) that property damage or a clash of unnamed sides recs[i]
// belongs to: in the same sentence, by the same crowd or by no one named ("demonstrators
// attacked, vandalized and burned the town hall", "two communities clashed and pelted
// stones"), or -1.
func riotOf(recs []annals.Event, i int) int {
	r := &recs[i]
	switch r.CAMEO {
	case "171", "1711", "1712":
	case "190", "193":
		if r.Source != nil {
			return -1 // a fight by named armed actors is no part of a riot
		}
	default:
		return -1
	}
	for j := range recs {
		o := &recs[j]
		if j != i && o.CAMEO == "145" && o.Sentence == r.Sentence && (r.Source == nil || sameActor(o.Source, r.Source)) {
			return j
		}
	}
	return -1
}

// casualty reports whether a code records harm done to people (assault, killing, wounding)
// rather than a kind of attack.
func casualty(code string) bool {
	switch code {
	case "180", "182", "1821", "1822", "1823":
		return true
	}
	return false
}

// cause returns the index of the violent event with a source that recs[i] follows from, or -1.
func cause(recs []annals.Event, i int) int {
	for j := range recs {
		if j == i || recs[j].Sentence > recs[i].Sentence || recs[j].Sentence < recs[i].Sentence-2 {
			continue
		}
		// An attack with no named perpetrator explains casualties in its own sentence
		// ("a soldier was killed when an IED exploded"), not beyond.
		if recs[j].Source == nil && (recs[j].Sentence != recs[i].Sentence && recs[j].CAMEO != "145" || casualty(recs[j].CAMEO)) {
			continue // a riot explains the injuries reported after it, whoever rioted
		}
		if recs[j].Sentence < recs[i].Sentence && j > i {
			continue
		}
		if violent(recs[j].CAMEO) {
			return j
		}
	}
	return -1
}

func violent(code string) bool {
	if strings.HasPrefix(code, "145") {
		return true
	}
	switch code[:2] {
	case "18", "19", "20":
		return true
	}
	return false
}

func actorOf(text string, m *actor.Mention) *annals.Actor {
	if m == nil {
		return nil
	}
	return &annals.Actor{Text: text[m.Start:m.End], Code: m.Code, Country: m.Country, Role: m.Role, Start: m.Start, End: m.End}
}

// mergeInto folds rec into an earlier record of the same article that reports the same event:
// the same source, code and date, and the same target or none. It reports whether it did.
func mergeInto(out []annals.Event, rec *annals.Event) bool {
	for i := range out {
		o := &out[i]
		if o.CAMEO != rec.CAMEO || !sameDay(o, rec) || !sameActor(o.Source, rec.Source) || o.Status != rec.Status && rec.Status != annals.Asserted {
			continue
		}
		if o.DateSource == "published" && rec.DateSource == "text" {
			// A date the text states beats the publication date put in for lack of one.
			o.Date, o.DateText, o.DateSource, o.DateSpan = rec.Date, rec.DateText, rec.DateSource, rec.DateSpan
		}
		if finer(rec.Location, o.Location) {
			// The more precise place of the two reports: Syunik rather than Armenia.
			o.Location, o.Territory, o.TerritoryUncertain, o.CrossBorder = rec.Location, rec.Territory, rec.TerritoryUncertain, rec.CrossBorder
		}
		switch {
		case code(o.Target) == code(rec.Target):
		case rec.Target == nil:
		case o.Target == nil:
			o.Target = rec.Target
		default:
			continue
		}
		o.Quantities = appendQuantities(o.Quantities, rec.Quantities)
		return true
	}
	return false
}

func appendQuantities(dst, src []annals.Quantity) []annals.Quantity {
	for _, q := range src {
		dup := false
		for _, d := range dst {
			if d.Start == q.Start {
				dup = true
			}
		}
		if !dup {
			dst = append(dst, q)
		}
	}
	return dst
}

// finer reports whether location a is more precise than b: any place beats none, and a town
// or region beats a country.
func finer(a, b *annals.Location) bool {
	if a == nil {
		return false
	}
	if b == nil {
		return true
	}
	country := func(l *annals.Location) bool { return strings.HasPrefix(l.Feature, "PCL") }
	return country(b) && !country(a)
}

// sameDay reports whether two records of one article can be one event by their dates: the
// same date, or one of them dated only by the publication date.
func sameDay(a, b *annals.Event) bool {
	return a.Date == b.Date || a.DateSource == "published" || b.DateSource == "published"
}

// sameActor reports whether two sources name the same actor: the same code, or the same
// country where one of them has no role ("the Azerbaijani incursion" and "Azerbaijani troops").
func sameActor(a, b *annals.Actor) bool {
	if code(a) == code(b) {
		return true
	}
	if a == nil || b == nil || a.Country == "" || a.Country != b.Country {
		return false
	}
	return a.Role == "" || b.Role == ""
}

func code(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// eventID is stable for the same article text and coding: the article id, the SHA-256 of
// the text (the store's identity of an article), the trigger's offset, the code and the
// actors (coordinated actors share a trigger). The text's hash keeps two different articles
// that share an id from giving their events one id.
func eventID(articleID string, content [sha256.Size]byte, e *annals.Event) string {
	h := sha1.Sum([]byte(articleID + "\x00" + hex.EncodeToString(content[:]) + "\x00" + strconv.Itoa(e.Trigger.Start) + "\x00" + e.CAMEO + "\x00" + code(e.Source) + "\x00" + code(e.Target)))
	return hex.EncodeToString(h[:8])
}

// dateline returns the publication date a dateline at the start of the text gives: a full
// calendar date among its first words ("YEREVAN, Friday, 14 May 2021 -").
func dateline(text string, tx []timex.Timex) (time.Time, bool) {
	for _, t := range tx {
		if t.Start > 80 {
			break
		}
		if t.Type != "DATE" || len(t.Value) != 10 {
			continue
		}
		if d, err := time.Parse("2006-01-02", t.Value); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

// PlacesOf returns the place mentions of an article, resolved.
func (c *Coder) PlacesOf(a *annals.Article) place.Result {
	doc := c.Analyzer.Analyze(a.Text)
	return c.Places.Places(doc, c.finder.Find(doc, a.Published))
}

// physical reports whether an event happens at a scene (material cooperation or conflict, a
// protest) rather than wherever its speakers are (statements, calls, demands, threats).
func physical(quad int, code cameo.Code) bool {
	return quad == 2 || quad == 4 || strings.HasPrefix(string(code), "14")
}

// placeTarget gives an event without a target the country of the place its sentence names
// for it, when that is not the source's own: "the withdrawal of US forces from Panama" is
// aimed at Panama, "a research centre in Tokyo" concerns Japan. A country's own protests
// and its events at home get no target this way, and neither do events whose place is only
// where they were said or held (see venue).
func placeTarget(rec *annals.Event) {
	l := rec.Location
	if rec.Target != nil || l == nil || l.Text == "" || l.Country == "" || l.Start < rec.Start || l.End > rec.End {
		return
	}
	if rec.Source == nil || rec.Source.Country == "" || rec.Source.Country == l.Country || venue(rec.CAMEO) {
		return
	}
	rec.Target = &annals.Actor{Text: l.Text, Code: l.Country, Country: l.Country, Start: l.Start, End: l.End}
}

// venue reports whether an event's place is where it was said or held rather than what it
// concerns: statements and appeals (01, 02), talks, meetings and mediation (04, but not a
// visit, 042, whose place is the host), and signing an agreement (057): "signed an agreement
// in Pretoria" concerns neither South Africa nor its hosts.
func venue(code string) bool {
	switch {
	case strings.HasPrefix(code, "01"), strings.HasPrefix(code, "02"), strings.HasPrefix(code, "057"):
		return true
	case strings.HasPrefix(code, "04"):
		return !strings.HasPrefix(code, "042")
	}
	return false
}
