package api

import (
	"bufio"
	"encoding/csv"
	"reflect"
	"strconv"
	"strings"

	"github.com/annals-org/annals"
)

// csvColumns: date is the first day the event's date stands for (YYYY-MM-DD, "" when it is
// unknown), date_end the last, date_precision how precise the coded date is (date_timex).
var csvColumns = []string{
	"id", "article_id", "date", "date_end", "date_precision", "date_timex", "status",
	"source_code", "source_country", "target_code", "target_country", "cameo", "cameo_name",
	"plover", "goldstein", "quad_class", "location_name", "admin1", "location_country", "lat", "lon",
	"geo_precision", "territory", "cross_border", "fatalities", "confidence", "evidence",
}

func csvHeader(w *bufio.Writer) error { return writeCSV(w, csvColumns) }

func csvRow(w *bufio.Writer, e *annals.Event, _ *exportRun) (bool, error) {
	name, lat, lon := place(e)
	admin1, locCountry := "", ""
	if e.Location != nil {
		admin1, locCountry = e.Location.Admin1, e.Location.Country
	}
	return false, writeCSV(w, []string{
		e.ID, e.ArticleID, e.DateStart, e.DateEnd, e.DatePrecision, e.Date, string(e.Status),
		code(e.Source), country(e.Source), code(e.Target), country(e.Target), e.CAMEO, e.CAMEOName,
		e.PLOVER, num(e.Goldstein), strconv.Itoa(e.QuadClass), name, admin1, locCountry, lat, lon,
		geoPrecision(e), e.Territory, strconv.FormatBool(e.CrossBorder), strconv.Itoa(e.Fatalities), num(confidence(e)), e.Evidence,
	})
}

func writeCSV(w *bufio.Writer, row []string) error {
	cw := csv.NewWriter(w)
	cw.Write(row)
	cw.Flush()
	return cw.Error()
}

func geoPrecision(e *annals.Event) string {
	if e.GeoPrecision == 0 {
		return ""
	}
	return strconv.Itoa(e.GeoPrecision)
}

// acledColumns follow the names of ACLED's data export for the fields annals has, with the
// event's id first and its CAMEO code last. event_date is the first day of the event's date,
// time_precision ACLED's 1 (day), 2 (week) or 3 (month or coarser).
var acledColumns = []string{
	"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
	"admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities",
	"notes", "source", "source_url", "cameo",
}

func acledHeader(w *bufio.Writer) error { return writeCSV(w, acledColumns) }

// acledRow writes the events ACLED's categories have room for: dated events of political
// violence, protest and the strategic developments of acledType.
func acledRow(w *bufio.Writer, e *annals.Event, x *exportRun) (bool, error) {
	typ, sub := acledType(e)
	if typ == "" || e.DateStart == "" {
		return true, nil
	}
	var tp string
	switch e.DatePrecision {
	case annals.PrecisionDay:
		tp = "1"
	case annals.PrecisionWeek:
		tp = "2"
	default:
		tp = "3"
	}
	name, lat, lon := place(e)
	countryName, admin1 := "", ""
	if e.Location != nil {
		countryName, admin1 = x.codes.names[e.Location.Country], e.Location.Admin1
	}
	a := x.article(e.ArticleID)
	return false, writeCSV(w, []string{
		e.ID, e.DateStart, typ, sub, actorName(e.Source), actorName(e.Target), countryName,
		admin1, name, lat, lon, geoPrecision(e), tp, strconv.Itoa(e.Fatalities),
		e.Evidence, a.source, a.url, e.CAMEO,
	})
}

// actorName is an actor as the text names it, with its code: "Azerbaijani troops (AZEMIL)".
func actorName(a *annals.Actor) string {
	switch {
	case a == nil:
		return ""
	case a.Code == "":
		return a.Text
	case a.Text == "":
		return a.Code
	}
	return a.Text + " (" + a.Code + ")"
}

// acledType returns the ACLED event type and sub-event type of an event: the record's own
// acled field once the coder sets one (read through reflection, so that this builds before
// and after the field exists), else the nearest ACLED category of its CAMEO code. "" when
// ACLED has no category for it.
func acledType(e *annals.Event) (typ, sub string) {
	if f := reflect.ValueOf(e).Elem().FieldByName("ACLED"); f.IsValid() {
		if f.Kind() == reflect.Pointer && !f.IsNil() {
			f = f.Elem()
		}
		if f.Kind() == reflect.Struct {
			t, s := f.FieldByName("EventType"), f.FieldByName("SubEventType")
			if t.IsValid() && t.Kind() == reflect.String && t.String() != "" {
				return t.String(), s.String()
			}
		}
	}
	return cameoACLED(e.CAMEO)
}

// cameoACLED maps CAMEO codes to ACLED's categories, the longest prefix first.
func cameoACLED(c string) (typ, sub string) {
	for n := len(c); n >= 2; n-- {
		if t, ok := acledOfCAMEO[c[:n]]; ok {
			typ, sub, _ = strings.Cut(t, "|")
			return typ, sub
		}
	}
	return "", ""
}

var acledOfCAMEO = map[string]string{
	"14":   "Protests|Peaceful protest",
	"145":  "Riots|Violent demonstration",
	"171":  "Strategic developments|Looting/property destruction",
	"173":  "Strategic developments|Arrests",
	"175":  "Violence against civilians|Attack",
	"18":   "Violence against civilians|Attack",
	"181":  "Violence against civilians|Abduction/forced disappearance",
	"183":  "Explosions/Remote violence|Remote explosive/landmine/IED",
	"1831": "Explosions/Remote violence|Suicide bomb",
	"19":   "Battles|Armed clash",
	"191":  "Strategic developments|Other",
	"194":  "Explosions/Remote violence|Shelling/artillery/missile attack",
	"195":  "Explosions/Remote violence|Air/drone strike",
	"20":   "Violence against civilians|Attack",
	"204":  "Explosions/Remote violence|Chemical weapon",
	"057":  "Strategic developments|Agreement",
	"074":  "Strategic developments|Agreement",
	"0871": "Strategic developments|Agreement",
	"15":   "Strategic developments|Other",
}
