// Package annals holds the domain types shared by every stage of the pipeline: the article
// that comes in, and the event record that goes out. Stages live in subpackages (text,
// actor, event, ingest, ...); wiring lives only in cmd/annals.
package annals

import (
	"strconv"
	"time"
)

// Article is one news report as read from a file, a feed or the API.
type Article struct {
	ID        string    `json:"id"`
	Published time.Time `json:"published,omitzero"` // zero when no date is known
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	// PublishedSource says where Published came from: PublishedInput, PublishedPage,
	// PublishedDateline or PublishedNone.
	PublishedSource string `json:"published_source,omitempty"`
	// Language is the ISO 639-1 code of the text's language, "" when it could not be told.
	Language string `json:"language,omitempty"`

	// Origin says where the article was read: a file name and line, for messages.
	Origin Origin `json:"-"`
}

// Where an article's publication date came from (Article.PublishedSource).
const (
	PublishedInput    = "input"    // the input said it: a JSON Lines field or --published
	PublishedPage     = "page"     // the HTML page's markup
	PublishedDateline = "dateline" // the article's dateline ("Friday, 14 May 2021 -")
	PublishedNone     = "none"     // no date is known
)

// Origin locates an article in its input, for diagnostics.
type Origin struct {
	File string // file name, or "-" for standard input
	Line int    // 1-based line for JSON Lines input; 0 for whole-file inputs
}

func (o Origin) String() string {
	if o.Line > 0 {
		return o.File + ":" + strconv.Itoa(o.Line)
	}
	return o.File
}

// Status says how an event is reported.
type Status string

// The statuses of CONTRACT.md.
const (
	Asserted     Status = "asserted"
	Planned      Status = "planned"
	Negated      Status = "negated"
	Hypothetical Status = "hypothetical"
	Historical   Status = "historical"
)

// Actor is a coded actor mention.
type Actor struct {
	Text    string `json:"text"`
	Code    string `json:"code"`    // CAMEO actor code: country + roles, or organisation code
	Country string `json:"country"` // ISO 3166-1 alpha-3, or ""
	Role    string `json:"role"`    // first role code, or ""
	Start   int    `json:"start"`   // byte offsets of Text in the article
	End     int    `json:"end"`
}

// Quantity is a number attached to an event.
type Quantity struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"` // troops, km, killed, injured, arrested, protesters, usd, ...
	Start int     `json:"start"`
	End   int     `json:"end"`
}

// Location is where an event happened.
type Location struct {
	// Text is the place name the text gives, with its byte offsets; "" (and 0, 0) when the
	// event was placed in the article's country for want of a place in its text.
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Name       string  `json:"name"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Country    string  `json:"country"`
	Admin1     string  `json:"admin1"`
	Feature    string  `json:"feature"`
	GeonamesID int     `json:"geonames_id"`
}

// Event is one coded event: the record of CONTRACT.md's `annals code`.
type Event struct {
	ID         string    `json:"id"`
	ArticleID  string    `json:"article_id"`
	Sentence   int       `json:"sentence"` // 0-based index of the evidence sentence
	Start      int       `json:"start"`    // byte offsets of the evidence sentence
	End        int       `json:"end"`
	Evidence   string    `json:"evidence"`
	Source     *Actor    `json:"source"`
	Target     *Actor    `json:"target"`
	CAMEO      string    `json:"cameo"`
	CAMEOName  string    `json:"cameo_name"`
	Goldstein  float64   `json:"goldstein"`
	QuadClass  int       `json:"quad_class"`
	PLOVER     string    `json:"plover"`
	Status     Status    `json:"status"`
	Date       string    `json:"date"`
	DateText   string    `json:"date_text"`
	DateSource string    `json:"date_source"`
	DateSpan   Span      `json:"date_span"` // byte offsets of DateText; 0, 0 when it is ""
	Location   *Location `json:"location"`
	Territory  string    `json:"territory"`
	// CrossBorder is true when the source actor's country differs from the territory the
	// event happened in; TerritoryUncertain when the point lies within about 2 km of a border.
	CrossBorder        bool       `json:"cross_border"`
	TerritoryUncertain bool       `json:"territory_uncertain,omitempty"`
	Quantities         []Quantity `json:"quantities"`

	// Trigger is the span of the words that gave the event code (the verb or noun and
	// its pattern), as byte offsets into the article.
	Trigger Span `json:"trigger"`

	// Alliances lists the treaties in force on the event's date that bind its target or its
	// source to third states; IntraAlliance is true when source and target are bound to each
	// other. Set for events between two states and for cross-border events (package alliance).
	Alliances     []Alliance `json:"alliances,omitempty"`
	IntraAlliance bool       `json:"intra_alliance,omitempty"`

	// DatePrecision is day, week, month, year or none; DateStart and DateEnd (YYYY-MM-DD)
	// are the first and last day Date stands for, "" when it is none (see DateInterval).
	// GeoPrecision rates Location on ACLED's scale: 1 a town or point, 2 a district or part
	// of a region, 3 a first-level region, 4 a country; 0 when there is no location.
	// Fatalities is the number of people the quantities report killed (0 when none).
	// SetPrecision sets them all.
	DatePrecision string `json:"date_precision"`
	DateStart     string `json:"date_start"`
	DateEnd       string `json:"date_end"`
	GeoPrecision  int    `json:"geo_precision"`
	Fatalities    int    `json:"fatalities"`

	// Confidence in [0, 1] is the share of events with the same evidence (who is
	// identified, whether the source governs the act, whether the act is verbal, the status)
	// that were right, set from the real-news dev pages and the PLOVER, ACLED and CASE dev
	// sets together; see pipeline/confidence.go.
	Confidence float64 `json:"confidence"`

	// ACLED is the event's category in ACLED's codebook, nil when ACLED has none for it
	// (package acled derives it from the CAMEO code, the actors' types and the weapon class).
	ACLED *ACLED `json:"acled"`
	// Casualties counts the people the event's quantities report killed, injured and
	// missing; SetPrecision sets it.
	Casualties *Casualties `json:"casualties"`
	// Rank orders the article's events by how central each is to the report: 1 is its main
	// event, the one a user filing the report under one event type would choose (package
	// rank, docs/main-event.md).
	Rank int `json:"rank"`
}

// ACLED is an event type and sub-event type of ACLED's codebook ("Battles", "Armed clash").
type ACLED struct {
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
}

// Casualties are the people an event killed, injured and left missing (abducted or
// disappeared), summed over the quantities of the clauses that report it; nil when a count
// is not reported. Approximate is true when a vague count ("dozens", "hundreds") was read
// as a number (see quantity's number words for the values).
type Casualties struct {
	Killed      *int `json:"killed"`
	Injured     *int `json:"injured"`
	Missing     *int `json:"missing"`
	Approximate bool `json:"approximate"`
}

// Alliance is a treaty that binds one side of an event to third states on the event's date.
type Alliance struct {
	Treaty   string   `json:"treaty"` // the id in dict/alliances/treaties.tsv
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`     // defence, consultation, nonaggression, neutrality, assurance
	Side     string   `json:"side"`     // "target" or "source"
	Partners []string `json:"partners"` // ISO alpha-3 of the third states that side is bound to
}

// Span is a byte range [Start, End) in an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
