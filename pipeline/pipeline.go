// Package pipeline wires the stages into one coder: text analysis, actor mentions, event
// patterns, quantities, and the records of CONTRACT.md.
//
// Input: an annals.Article. Output: its []annals.Event. It does not read files or write
// output; cmd/annals does.
package pipeline

import (
	"context"
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
	"github.com/annals-org/annals/acled"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/alliance"
	"github.com/annals-org/annals/cameo"
	"github.com/annals-org/annals/dating"
	"github.com/annals-org/annals/event"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/place"
	"github.com/annals-org/annals/quantity"
	"github.com/annals-org/annals/rank"
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
	// ACLED gives each event its category in ACLED's codebook.
	ACLED *acled.Typer
	// Rank orders each article's events, its main event first (package rank).
	Rank *rank.Cues
	// AllStatements keeps every statement (CAMEO 01x), even those without an identified
	// speaker or without a target or content code (annals code --all-statements). Set it
	// before the first Code.
	AllStatements bool
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
	ranker, err := rank.Load(fsys)
	if err != nil {
		return nil, err
	}
	typer, err := acled.Load(fsys, ranker)
	if err != nil {
		return nil, err
	}
	return &Coder{
		Analyzer: an, Actors: dict, finder: actor.NewFinder(dict, lex),
		Patterns: ps, Table: table, coder: event.NewCoder(ps, table, cues),
		Places: place.NewResolver(gaz, terr, lex), Alliances: alliances, ACLED: typer, Rank: ranker,
	}, nil
}

// Code returns the events of one article: CodeContext without a deadline.
func (c *Coder) Code(a *annals.Article) []annals.Event {
	evs, _ := c.CodeContext(context.Background(), a)
	return evs
}

// CodeContext returns the events of one article, or ctx's error when ctx ends first, so that
// a caller can give each article a budget. The stages do not watch ctx themselves: it is
// looked at between them and every few hundred events, which bounds how long an abandoned
// article runs on, each stage being linear in the article's length.
func (c *Coder) CodeContext(ctx context.Context, a *annals.Article) ([]annals.Event, error) {
	doc := c.Analyzer.Analyze(a.Text)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	mentions, places := c.actors(doc, a)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	coded := c.coder.Code(doc, mentions)
	event.AnaphoricTargets(doc, coded)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
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
	recs := make([]annals.Event, 0, len(coded))
	for i := range coded {
		if i%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if !c.AllStatements && !event.WorthRecord(&coded[i]) {
			// Dropped only now: the statement still helped date and place its neighbours.
			continue
		}
		recs = append(recs, c.record(a, doc, &places, coded, i, dates[i], quants))
	}
	recs = foldConsequences(recs)
	var mg merger
	content := sha256.Sum256([]byte(a.Text))
	for i := range recs {
		rec := &recs[i]
		if mg.merge(rec) {
			continue
		}
		rec.ID = eventID(a.ID, content, rec)
		mg.push(*rec)
	}
	out := foldHeadline(a, leadOnlyActorless(a.Text, mg.out))
	for i := range out {
		// After merging, which can bring a report's target or finer date into the event.
		c.Alliances.Annotate(&out[i], published)
		out[i].SetPrecision()
		out[i].Confidence = confidence(&out[i])
	}
	c.ACLED.TypeReport(out)
	addTallies(out, quants)
	c.Rank.Rank(a.Text, out)
	return out, ctx.Err()
}

// record makes the record of coded event i.
func (c *Coder) record(a *annals.Article, doc *text.Doc, places *place.Result, coded []event.Event, i int, date dating.Date, quants []quantity.Quantity) annals.Event {
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
	rec.Date, rec.DateText, rec.DateSource = date.Value, date.Text, date.Source
	rec.DateSpan = annals.Span{Start: date.Start, End: date.End}
	target := ""
	if rec.Target != nil {
		target = rec.Target.Country
	}
	rec.Location, rec.Territory, rec.TerritoryUncertain = c.Places.Locate(doc, places,
		place.Event{Sentence: e.Sentence, Head: e.Head, Physical: physical(e.Info.Quad, e.Code), Target: target,
			TargetCivilians: rec.Target != nil && rec.Target.Role == "CVL"})
	rec.CrossBorder = rec.Source != nil && rec.Source.Country != "" && rec.Territory != "" && rec.Source.Country != rec.Territory
	if !coSubject(coded, i, rec.Location) && !inDateline(doc, s, rec.Location) {
		placeTarget(&rec)
	}
	if date.Historical {
		rec.Status = annals.Historical
	}
	rec.Quantities = quantity.Attach(quants, doc, e.Sentence, e.Head, coded, i)
	if rec.Quantities == nil {
		rec.Quantities = []annals.Quantity{}
	}
	return rec
}

func actorOf(text string, m *actor.Mention) *annals.Actor {
	if m == nil {
		return nil
	}
	return &annals.Actor{Text: text[m.Start:m.End], Code: m.Code, Country: m.Country, Role: m.Role, Start: m.Start, End: m.End}
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

// coSubject reports whether a place is part of the subject phrase of event i and of another
// event coded from the same trigger: a coordinated subject ("Israel and the United States
// objected to the deal") is the second actor of the act, and a country named between two
// coordinated subjects ("Residents of Kenya and Uganda protested": the residents are
// Kenya's) belongs to the first; neither is the place the act concerns, so placeTarget must
// not hand it to the other as target.
func coSubject(coded []event.Event, i int, l *annals.Location) bool {
	if l == nil || l.Text == "" {
		return false
	}
	e := &coded[i]
	for j := range coded {
		o := &coded[j]
		if j == i || o.Sentence != e.Sentence || o.Trigger != e.Trigger || o.Source == nil {
			continue
		}
		if o.Source.Start < l.End && l.Start < o.Source.End {
			return true
		}
		if e.Source != nil && min(o.Source.Start, e.Source.Start) <= l.Start && l.End <= max(o.Source.End, e.Source.End) {
			return true
		}
	}
	return false
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
	if rec.Source.Start <= l.Start && l.End <= rec.Source.End {
		return // a word of the actor's own name: "South Korean army officers" is no place "South"
	}
	rec.Target = &annals.Actor{Text: l.Text, Code: l.Country, Country: l.Country, Start: l.Start, End: l.End}
}

// inDateline reports whether location l is the place of the dateline sentence s opens with
// ("WASHINGTON (Reuters) -"): where the report was filed, which no event of it is aimed at.
func inDateline(doc *text.Doc, s *text.Sentence, l *annals.Location) bool {
	d, ok := text.DatelineOf(s)
	if !ok || l == nil || l.Text == "" {
		return false
	}
	return l.Start >= doc.Tokens[d.Place[0]].Start && l.End <= doc.Tokens[d.Place[1]-1].End
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
