package api

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/annals-org/annals"
)

// exportPage is how many events an export reads at a time; exportStall is how long the
// client may take to receive one page before the export is cut, so that an export of any
// length may outlast the server's write timeout but a client that stops reading cannot
// hold the request for ever.
const (
	exportPage  = annals.MaxLimit
	exportStall = 30 * time.Second
)

// exporter writes events in one format.
type exporter struct {
	contentType string
	extension   string // of the file name offered; the format's name when ""
	begin       func(w *bufio.Writer) error
	// event writes one event; skipped says whether the format has no place for it.
	event func(w *bufio.Writer, e *annals.Event, x *exportRun) (skipped bool, err error)
	end   func(w *bufio.Writer) error
}

var exporters = map[string]exporter{
	"jsonl":   {contentType: "application/x-ndjson", event: writeJSONLine},
	"csv":     {contentType: "text/csv; charset=utf-8", begin: csvHeader, event: csvRow},
	"acled":   {contentType: "text/csv; charset=utf-8", extension: "acled.csv", begin: acledHeader, event: acledRow},
	"tsv":     {contentType: "text/tab-separated-values; charset=utf-8", extension: "gdelt.tsv", event: gdeltRow},
	"geojson": {contentType: "application/geo+json", begin: geojsonBegin, event: geojsonFeature, end: geojsonEnd},
}

// exportRun is what an exporter may need beyond the event: whether it is the first written,
// the time of the export, the tables of geographic codes, and the event's article.
type exportRun struct {
	first   bool
	now     time.Time
	article func(id string) articleInfo
	codes   *geoCodes
}

// articleInfo is what exports write of an event's article.
type articleInfo struct{ url, source string }

// articles returns a function that gives the URL and source of a stored article (empty when
// it has none or cannot be read), asking the store once per article.
func (s *Server) articles(ctx context.Context) func(string) articleInfo {
	seen := map[string]articleInfo{}
	return func(id string) articleInfo {
		if a, ok := seen[id]; ok {
			return a
		}
		if len(seen) >= 10000 {
			clear(seen)
		}
		var info articleInfo
		if a, _, err := s.Store.Article(ctx, id); err == nil {
			info = articleInfo{url: a.URL, source: a.Source}
		}
		seen[id] = info
		return info
	}
}

// export streams every event of a query as CSV, ACLED-style CSV, JSON Lines, GeoJSON or
// GDELT 2.0 event-table TSV, in the order they were stored. It reads a page at a time after
// the last event written (keyset paging), so memory stays flat and every page costs the same
// however long the export: paging by offset made each page rescan all the events before it.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	format, ex, q, minConf, err := parseExport(r.URL.Query())
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	// Read the first page before writing anything, so that a failing store is still a
	// proper error reply.
	page, cursor, err := s.Store.EventsAfter(r.Context(), q, 0, exportPage)
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	ext := ex.extension
	if ext == "" {
		ext = format
	}
	w.Header().Set("Content-Type", ex.contentType)
	w.Header().Set("Content-Disposition", `attachment; filename="annals-events.`+ext+`"`)
	rc := http.NewResponseController(w)
	bw := bufio.NewWriterSize(w, 64<<10)
	if ex.begin != nil {
		err = ex.begin(bw)
	}
	x := &exportRun{first: true, now: time.Now().UTC(), article: s.articles(r.Context()), codes: loadGeoCodes()}
	n := 0
	for err == nil && len(page) > 0 {
		// An error only means the connection cannot take deadlines (a test recorder).
		_ = rc.SetWriteDeadline(time.Now().Add(exportStall))
		for i := range page {
			e := &page[i]
			if confidence(e) < minConf {
				continue
			}
			if e.DatePrecision == "" {
				e.SetPrecision() // stored before records carried it
			}
			var skipped bool
			if skipped, err = ex.event(bw, e, x); err != nil {
				break
			}
			x.first = x.first && skipped
			n++
		}
		if err != nil || len(page) < exportPage {
			break
		}
		page, cursor, err = s.Store.EventsAfter(r.Context(), q, cursor, exportPage)
	}
	if err == nil && ex.end != nil {
		err = ex.end(bw)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		// The status is sent; all that is left is to log and cut the body short.
		s.Log.Warn("export", "format", format, "events", n, "err", err)
	}
}

// parseExport reads an export's parameters: format, the filters of /api/events but limit,
// offset and merged, and min_confidence.
func parseExport(v url.Values) (format string, ex exporter, q annals.EventQuery, minConf float64, err error) {
	p := params{v: v}
	format = p.one("format")
	minConf = p.fraction("min_confidence")
	if p.err != nil {
		return format, ex, q, 0, p.err
	}
	ex, ok := exporters[format]
	if !ok {
		return format, ex, q, 0, badRequest("parameter format=%q: want csv, acled, jsonl, geojson or tsv", format)
	}
	v.Del("format")
	v.Del("min_confidence")
	q, merged, err := parseEventQuery(v)
	if err == nil && (merged || q.Limit != 0 || q.Offset != 0) {
		err = badRequest("an export takes the filters of /api/events and min_confidence, but not limit, offset or merged")
	}
	return format, ex, q, minConf, err
}

// confidence is the event's confidence for min_confidence: a record stored before records
// carried one (0: the coder gives none lower than about 0.01) counts as 1.
func confidence(e *annals.Event) float64 {
	if e.Confidence == 0 {
		return 1
	}
	return e.Confidence
}

func writeJSONLine(w *bufio.Writer, e *annals.Event, _ *exportRun) (bool, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return false, err
	}
	w.Write(b)
	return false, w.WriteByte('\n')
}

func geojsonBegin(w *bufio.Writer) error {
	_, err := w.WriteString(`{"type":"FeatureCollection","features":[`)
	return err
}

// feature is a GeoJSON feature of one located event.
type feature struct {
	Type       string       `json:"type"`
	Geometry   point        `json:"geometry"`
	Properties annals.Event `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// geojsonFeature writes located events only: GeoJSON features without a geometry would
// only clutter a map.
func geojsonFeature(w *bufio.Writer, e *annals.Event, x *exportRun) (bool, error) {
	if e.Location == nil {
		return true, nil
	}
	f := feature{Type: "Feature", Geometry: point{Type: "Point", Coordinates: [2]float64{e.Location.Lon, e.Location.Lat}}, Properties: *e}
	b, err := json.Marshal(f)
	if err != nil {
		return false, err
	}
	if !x.first {
		w.WriteByte(',')
	}
	_, err = w.Write(b)
	return false, err
}

func geojsonEnd(w *bufio.Writer) error {
	_, err := w.WriteString("]}\n")
	return err
}

func place(e *annals.Event) (name, lat, lon string) {
	if e.Location == nil {
		return "", "", ""
	}
	return e.Location.Name, num(e.Location.Lat), num(e.Location.Lon)
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func code(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func country(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	return a.Country
}
