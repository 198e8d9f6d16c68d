package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
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
	begin       func(w *bufio.Writer) error
	// event writes one event; first says whether nothing was written before it, and
	// skipped whether the format has no place for this event.
	event func(w *bufio.Writer, e *annals.Event, first bool) (skipped bool, err error)
	end   func(w *bufio.Writer) error
}

var exporters = map[string]exporter{
	"jsonl":   {contentType: "application/x-ndjson", event: writeJSONLine},
	"csv":     {contentType: "text/csv; charset=utf-8", begin: csvHeader, event: csvRow},
	"tsv":     {contentType: "text/tab-separated-values; charset=utf-8", begin: gdeltHeader, event: gdeltRow},
	"geojson": {contentType: "application/geo+json", begin: geojsonBegin, event: geojsonFeature, end: geojsonEnd},
}

// export streams every event of a query as CSV, JSON Lines, GeoJSON or GDELT-style TSV,
// in the order they were stored. It reads a page at a time after the last event written
// (keyset paging), so memory stays flat and every page costs the same however long the
// export: paging by offset made each page rescan all the events before it.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p := params{v: v}
	format := p.one("format")
	if p.err != nil {
		s.reply(w, r, nil, p.err)
		return
	}
	ex, ok := exporters[format]
	if !ok {
		s.reply(w, r, nil, badRequest("parameter format=%q: want csv, jsonl, geojson or tsv", format))
		return
	}
	v.Del("format")
	q, merged, err := parseEventQuery(v)
	if err == nil && (merged || q.Limit != 0 || q.Offset != 0) {
		err = badRequest("an export takes the filters of /api/events but not limit, offset or merged")
	}
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
	w.Header().Set("Content-Type", ex.contentType)
	w.Header().Set("Content-Disposition", `attachment; filename="annals-events.`+format+`"`)
	rc := http.NewResponseController(w)
	bw := bufio.NewWriterSize(w, 64<<10)
	if ex.begin != nil {
		err = ex.begin(bw)
	}
	n, written := 0, 0
	for err == nil && len(page) > 0 {
		// An error only means the connection cannot take deadlines (a test recorder).
		_ = rc.SetWriteDeadline(time.Now().Add(exportStall))
		for i := range page {
			var skipped bool
			if skipped, err = ex.event(bw, &page[i], written == 0); err != nil {
				break
			}
			if !skipped {
				written++
			}
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

func writeJSONLine(w *bufio.Writer, e *annals.Event, _ bool) (bool, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return false, err
	}
	w.Write(b)
	return false, w.WriteByte('\n')
}

var csvColumns = []string{
	"id", "article_id", "date", "status", "source_code", "source_country", "target_code",
	"target_country", "cameo", "cameo_name", "plover", "goldstein", "quad_class",
	"location_name", "lat", "lon", "territory", "cross_border", "evidence",
}

func csvHeader(w *bufio.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(csvColumns)
	cw.Flush()
	return cw.Error()
}

func csvRow(w *bufio.Writer, e *annals.Event, _ bool) (bool, error) {
	name, lat, lon := place(e)
	cw := csv.NewWriter(w)
	cw.Write([]string{
		e.ID, e.ArticleID, e.Date, string(e.Status), code(e.Source), country(e.Source), code(e.Target),
		country(e.Target), e.CAMEO, e.CAMEOName, e.PLOVER, num(e.Goldstein), strconv.Itoa(e.QuadClass),
		name, lat, lon, e.Territory, strconv.FormatBool(e.CrossBorder), e.Evidence,
	})
	cw.Flush()
	return false, cw.Error()
}

// gdeltColumns follow the names and order of GDELT's event table for the fields annals has;
// GDELT's own columns that annals does not compute (tone, mention counts, actor types) are
// left out rather than filled with invented values.
var gdeltColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode",
	"EventRootCode", "QuadClass", "GoldsteinScale", "ActionGeo_FullName", "ActionGeo_CountryCode",
	"ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
}

func gdeltHeader(w *bufio.Writer) error {
	_, err := w.WriteString(strings.Join(gdeltColumns, "\t") + "\n")
	return err
}

func gdeltRow(w *bufio.Writer, e *annals.Event, _ bool) (bool, error) {
	name, lat, lon := place(e)
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	root := e.CAMEO
	if len(root) > 2 {
		root = root[:2]
	}
	fields := []string{
		e.ID, strings.ReplaceAll(e.Date, "-", ""), code(e.Source), text(e.Source), country(e.Source),
		code(e.Target), text(e.Target), country(e.Target), "1", e.CAMEO, base,
		root, strconv.Itoa(e.QuadClass), num(e.Goldstein), name, e.Territory,
		lat, lon, e.ArticleID,
	}
	for i, f := range fields {
		fields[i] = tsvField(f)
	}
	_, err := w.WriteString(strings.Join(fields, "\t") + "\n")
	return false, err
}

// tsvField keeps a field on its line and in its column.
func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
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
func geojsonFeature(w *bufio.Writer, e *annals.Event, first bool) (bool, error) {
	if e.Location == nil {
		return true, nil
	}
	f := feature{Type: "Feature", Geometry: point{Type: "Point", Coordinates: [2]float64{e.Location.Lon, e.Location.Lat}}, Properties: *e}
	b, err := json.Marshal(f)
	if err != nil {
		return false, err
	}
	if !first {
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

func text(a *annals.Actor) string {
	if a == nil {
		return ""
	}
	return a.Text
}
