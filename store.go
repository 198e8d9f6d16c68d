package annals

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrNotFound is returned by a Store when the article or event asked for is not stored.
var ErrNotFound = errors.New("not found")

// Store keeps coded articles and their events, for `annals ingest` to fill and `annals
// serve` to query. Implementations are safe for concurrent use.
type Store interface {
	// PutArticle stores an article with the events coded from it by the dictionaries of
	// dictVersion, in one transaction. An article is identified by the SHA-256 of its
	// text alone: storing a text already stored with the same dictVersion changes nothing
	// (PutUnchanged); storing it with another dictVersion replaces its metadata and all
	// its events (PutRecoded), which is how articles are recoded when dictionaries change.
	PutArticle(ctx context.Context, a *Article, events []Event, dictVersion string) (PutResult, error)

	// Has reports whether this text is stored, coded by the dictionaries of dictVersion:
	// storing it again would change nothing (PutUnchanged), so it need not be coded again.
	Has(ctx context.Context, text, dictVersion string) (bool, error)

	// Events returns the stored events that match every filter set in q, latest event
	// date first, at most q's bounded Limit (see EventQuery.Page).
	Events(ctx context.Context, q EventQuery) ([]Event, error)

	// EventsAfter returns up to limit stored events that match q's filters (its Limit and
	// Offset are not used) in the order they were stored, starting after the position
	// cursor (0 for the first page), and the cursor to pass for the next page. Every page
	// costs the same wherever it starts, unlike paging by Offset, so that an export of
	// any size takes time in proportion to its length.
	EventsAfter(ctx context.Context, q EventQuery, cursor int64, limit int) (events []Event, next int64, err error)

	// Event returns the stored event with this id, or ErrNotFound.
	Event(ctx context.Context, id string) (Event, error)

	// Reports returns every stored report of the event with this id, itself included, in
	// the order they were stored: the records of other articles that package merge's rule
	// joined to it when they were stored. ErrNotFound when no event has this id.
	Reports(ctx context.Context, id string) ([]Event, error)

	// Article returns the stored article with this id and its events in coding order, or
	// ErrNotFound. When several stored texts carry the same id, the last stored wins.
	Article(ctx context.Context, id string) (Article, []Event, error)

	// Outlines returns the stored events that match country (as source or target), from and
	// to as Events does, latest date first, at most limit of them, with only the fields that
	// merging and daily series read: ID, ArticleID, Date, Status, CAMEO, QuadClass, Goldstein,
	// the Code and Country of Source and Target, the point of Location, Territory, and as many
	// empty Quantities as the event has. They are read from columns, without decoding each
	// record.
	Outlines(ctx context.Context, country, from, to string, limit int) ([]Event, error)

	// Actors returns the actors of the stored events, most events first; prefix, when set,
	// keeps the actor codes that start with it. At most limit (bounded like EventQuery).
	Actors(ctx context.Context, prefix string, limit int) ([]ActorCount, error)

	// Places returns the places of the stored events, most events first; country, when
	// set, keeps the places in that country. At most limit (bounded like EventQuery).
	Places(ctx context.Context, country string, limit int) ([]PlaceCount, error)

	// Close releases the store; it must not be used afterwards.
	Close() error
}

// ActorCount is an actor code with the events it takes part in.
type ActorCount struct {
	Code      string `json:"code"`
	Country   string `json:"country"`
	Role      string `json:"role"`
	Events    int    `json:"events"`
	FirstDate string `json:"first_date"`
	LastDate  string `json:"last_date"`
}

// PlaceCount is a place with the events located there.
type PlaceCount struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Events    int     `json:"events"`
	FirstDate string  `json:"first_date"`
	LastDate  string  `json:"last_date"`
}

// PutResult says what Store.PutArticle did.
type PutResult int

const (
	PutUnchanged PutResult = iota // the text was stored already, coded with this dictionary version
	PutAdded                      // the text was new
	PutRecoded                    // the text was stored under another dictionary version: its events were replaced
)

func (r PutResult) String() string {
	switch r {
	case PutUnchanged:
		return "unchanged"
	case PutAdded:
		return "added"
	case PutRecoded:
		return "recoded"
	}
	return fmt.Sprintf("PutResult(%d)", int(r))
}

// Limits of EventQuery.Limit: a query without one gets DefaultLimit, and none gets more
// than MaxLimit, so that one request cannot make a server read the whole store.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// EventQuery selects stored events. Zero fields do not filter; set fields must all match.
type EventQuery struct {
	Actor   string // CAMEO actor code prefix of the source or the target ("RUS" matches RUSMIL)
	Country string // ISO 3166-1 alpha-3 country of the source or the target
	Dyad    string // two countries "ARM-AZE": events of one against the other, either way
	CAMEO   string // CAMEO event code prefix ("19" matches 190 to 196)
	PLOVER  string // PLOVER event type, e.g. COERCE
	Status  Status
	From    string // first event date, YYYY-MM-DD, inclusive
	To      string // last event date, YYYY-MM-DD, inclusive
	Box     *Box   // events located inside this box; events without a location never match
	Text    string // words that must all occur in the evidence sentence (full-text search)
	Limit   int    // at most this many events: 0 means DefaultLimit, more than MaxLimit means MaxLimit
	Offset  int    // skip this many matching events first, for paging
}

// Box is a latitude and longitude rectangle. MinLon > MaxLon means the box crosses the
// 180th meridian.
type Box struct {
	MinLat, MinLon, MaxLat, MaxLon float64
}

// Validate reports a malformed date or box.
func (q *EventQuery) Validate() error {
	if q.Dyad != "" {
		a, b, ok := strings.Cut(q.Dyad, "-")
		if !ok || len(a) != 3 || len(b) != 3 {
			return fmt.Errorf("dyad %q: want two country codes, ARM-AZE", q.Dyad)
		}
	}
	for _, d := range []struct{ name, v string }{{"from", q.From}, {"to", q.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("%s date %q: want YYYY-MM-DD", d.name, d.v)
		}
	}
	if b := q.Box; b != nil {
		// Negated comparisons so that NaN fails them too.
		if !(-90 <= b.MinLat && b.MinLat <= b.MaxLat && b.MaxLat <= 90) {
			return fmt.Errorf("box latitudes %g to %g: want -90 <= min <= max <= 90", b.MinLat, b.MaxLat)
		}
		if !(-180 <= b.MinLon && b.MinLon <= 180 && -180 <= b.MaxLon && b.MaxLon <= 180) {
			return fmt.Errorf("box longitudes %g to %g: want -180 to 180", b.MinLon, b.MaxLon)
		}
	}
	return nil
}

// Page returns q's limit and offset within bounds.
func (q *EventQuery) Page() (limit, offset int) {
	limit, offset = q.Limit, q.Offset
	switch {
	case limit <= 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	return limit, max(offset, 0)
}
