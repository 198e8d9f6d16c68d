package api

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
)

// precisionServer serves events of every date and place precision: a day in a town, a month
// in a first-level region, an ISO week in a country, a year, a season, and an undated event.
func precisionServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st := openTestStore(t)
	syunik := &annals.Location{Text: "Syunik", Name: "Syunik", Lat: 39.5, Lon: 46.3, Country: "ARM", Admin1: "Syunik", Feature: "ADM1"}
	armenia := &annals.Location{Text: "Armenia", Name: "Armenia", Lat: 40, Lon: 45, Country: "ARM", Feature: "PCLI"}
	town := &annals.Location{Text: "Goris", Name: "Goris", Lat: 39.5111, Lon: 46.3417, Country: "ARM", Admin1: "Syunik", Feature: "PPLA2", GeonamesID: 616629}
	events := []annals.Event{
		ev("w", "a1b2c3d4e5f60718", "AZEMIL", "ARM", "190", 4, "2021-05-12", town, "Troops fought near Goris,\tkilling 3."),
		ev("w", "b1b2c3d4e5f60718", "AZEMIL", "ARM", "192", 4, "2021-05", syunik, "They \"occupied\" land in Syunik in May."),
		ev("w", "c1b2c3d4e5f60718", "ARMCVL", "ARMGOV", "141", 3, "2021-W19", armenia, "Protesters marched,\nthat week."),
		ev("w", "d1b2c3d4e5f60718", "RUSGOV", "AZEGOV", "042", 1, "2021", nil, "Lavrov visited Baku this year."),
		ev("w", "e1b2c3d4e5f60718", "AZEMIL", "ARM", "195", 4, "2020-FA", town, "Drones struck in the autumn."),
		ev("w", "f1b2c3d4e5f60718", "IGO", "ARM", "190", 4, "", nil, "Fighting went on."),
	}
	events[0].Quantities = []annals.Quantity{{Text: "3", Value: 3, Unit: "killed"}}
	events[0].Confidence, events[1].Confidence = 0.9, 0.5 // the others were stored without one
	for i := range events {
		events[i].SetPrecision()
	}
	// Stored before records carried precision: the export computes it.
	events[4].DatePrecision, events[4].DateStart, events[4].DateEnd = "", "", ""
	a := annals.Article{ID: "w", Published: time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC), Text: "x", URL: "https://example.org/news/1", Source: "Example Wire"}
	if _, err := st.PutArticle(ctx, &a, events, "v1"); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer((&Server{Store: st, Jobs: st}).Handler())
	t.Cleanup(ts.Close)
	return ts
}

func readCSV(t *testing.T, url string) [][]string {
	t.Helper()
	status, h, body := fetch(t, url)
	if status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("%s: %d %s %s", url, status, h.Get("Content-Type"), body)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return rows
}

func column(t *testing.T, header []string, name string) int {
	t.Helper()
	i := slices.Index(header, name)
	if i < 0 {
		t.Fatalf("no column %q in %v", name, header)
	}
	return i
}

// TestExportCSVDays loads the CSV export with Go's csv reader: every date is a day (or
// empty for the one undated event, whose precision says so), and the precision columns hold
// what the records say.
func TestExportCSVDays(t *testing.T) {
	ts := precisionServer(t)
	rows := readCSV(t, ts.URL+"/api/export?format=csv")
	if len(rows) != 7 || !slices.Equal(rows[0], csvColumns) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	date, end, prec := column(t, rows[0], "date"), column(t, rows[0], "date_end"), column(t, rows[0], "date_precision")
	geo, dead := column(t, rows[0], "geo_precision"), column(t, rows[0], "fatalities")
	var got []string
	for _, r := range rows[1:] {
		if r[prec] == "none" {
			if r[date] != "" || r[end] != "" {
				t.Errorf("undated event %s has dates %q %q", r[0], r[date], r[end])
			}
		} else {
			for _, d := range []string{r[date], r[end]} {
				if _, err := time.Parse(time.DateOnly, d); err != nil {
					t.Errorf("event %s: date %q is not a day: %v", r[0], d, err)
				}
			}
		}
		got = append(got, r[date]+" "+r[end]+" "+r[prec]+" geo "+r[geo]+" dead "+r[dead])
	}
	want := []string{
		"2021-05-12 2021-05-12 day geo 1 dead 3",
		"2021-05-01 2021-05-31 month geo 3 dead 0",
		"2021-05-10 2021-05-16 week geo 4 dead 0",
		"2021-01-01 2021-12-31 year geo  dead 0",
		"2020-09-01 2020-11-30 year geo 1 dead 0",
		"  none geo  dead 0",
	}
	if !slices.Equal(got, want) {
		t.Errorf("csv rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExportACLED loads the ACLED-style CSV: every event_date is a day, time and geo
// precision are ACLED's, and events without an ACLED category (a visit) or a date are out.
func TestExportACLED(t *testing.T) {
	ts := precisionServer(t)
	rows := readCSV(t, ts.URL+"/api/export?format=acled")
	if !slices.Equal(rows[0], acledColumns) {
		t.Fatalf("header %v", rows[0])
	}
	for _, name := range []string{"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
		"location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "notes", "source"} {
		column(t, rows[0], name)
	}
	var got []string
	for _, r := range rows[1:] {
		rec := map[string]string{}
		for i, name := range rows[0] {
			rec[name] = r[i]
		}
		if _, err := time.Parse(time.DateOnly, rec["event_date"]); err != nil {
			t.Errorf("event %s: event_date %q is not a day", rec["event_id_cnty"], rec["event_date"])
		}
		got = append(got, strings.Join([]string{rec["event_date"], rec["event_type"], rec["sub_event_type"], rec["actor1"],
			rec["country"], rec["admin1"], rec["location"], rec["geo_precision"], rec["time_precision"], rec["fatalities"], rec["source"], rec["source_url"]}, "|"))
	}
	want := []string{
		"2021-05-12|Battles|Armed clash|AZEMIL|Armenia|Syunik|Goris|1|1|3|Example Wire|https://example.org/news/1",
		"2021-05-01|Battles|Armed clash|AZEMIL|Armenia|Syunik|Syunik|3|3|0|Example Wire|https://example.org/news/1",
		"2021-05-10|Protests|Peaceful protest|ARMCVL|Armenia||Armenia|4|2|0|Example Wire|https://example.org/news/1",
		"2020-09-01|Explosions/Remote violence|Air/drone strike|AZEMIL|Armenia|Syunik|Goris|1|3|0|Example Wire|https://example.org/news/1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("acled rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// gdeltFormats are the field formats of GDELT 2.0's event codebook, by column; a field not
// listed is free text without tabs.
var gdeltFormats = map[string]*regexp.Regexp{
	"GLOBALEVENTID":  regexp.MustCompile(`^[1-9][0-9]{0,18}$`),
	"SQLDATE":        regexp.MustCompile(`^[0-9]{8}$`),
	"MonthYear":      regexp.MustCompile(`^[0-9]{6}$`),
	"Year":           regexp.MustCompile(`^[0-9]{4}$`),
	"FractionDate":   regexp.MustCompile(`^[0-9]{4}\.[0-9]{4}$`),
	"IsRootEvent":    regexp.MustCompile(`^[01]$`),
	"EventCode":      regexp.MustCompile(`^[0-9]{2,4}$`),
	"EventBaseCode":  regexp.MustCompile(`^[0-9]{2,3}$`),
	"EventRootCode":  regexp.MustCompile(`^[0-9]{2}$`),
	"QuadClass":      regexp.MustCompile(`^[1-4]$`),
	"GoldsteinScale": regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`),
	"NumMentions":    regexp.MustCompile(`^[0-9]+$`),
	"NumSources":     regexp.MustCompile(`^[0-9]+$`),
	"NumArticles":    regexp.MustCompile(`^[0-9]+$`),
	"AvgTone":        regexp.MustCompile(`^(-?[0-9.]+)?$`),
	"DATEADDED":      regexp.MustCompile(`^[0-9]{14}$`),
	"SOURCEURL":      regexp.MustCompile(`^\S+$`),
}

func init() {
	for _, g := range []string{"Actor1", "Actor2", "Action"} {
		gdeltFormats[g+"Geo_Type"] = regexp.MustCompile(`^[0-5]$`)
		gdeltFormats[g+"Geo_CountryCode"] = regexp.MustCompile(`^([A-Z]{2})?$`)
		gdeltFormats[g+"Geo_ADM1Code"] = regexp.MustCompile(`^([A-Z]{2}[A-Z0-9]{0,3})?$`)
		gdeltFormats[g+"Geo_Lat"] = regexp.MustCompile(`^(-?[0-9]+(\.[0-9]+)?)?$`)
		gdeltFormats[g+"Geo_Long"] = regexp.MustCompile(`^(-?[0-9]+(\.[0-9]+)?)?$`)
	}
	for _, a := range []string{"Actor1", "Actor2"} {
		gdeltFormats[a+"CountryCode"] = regexp.MustCompile(`^([A-Z]{3})?$`)
		for _, t := range []string{"Type1Code", "Type2Code", "Type3Code"} {
			gdeltFormats[a+t] = regexp.MustCompile(`^([A-Z]{3})?$`)
		}
	}
}

// TestExportGDELT parses the TSV by GDELT 2.0's codebook: 61 fields on every line, each in
// its format, dates from the first day of the event's date, FIPS country codes.
func TestExportGDELT(t *testing.T) {
	ts := precisionServer(t)
	status, _, body := fetch(t, ts.URL+"/api/export?format=tsv")
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	if len(gdeltColumns) != 61 || len(lines) != 5 {
		t.Fatalf("%d columns, %d lines (want 61 and the 5 dated events):\n%s", len(gdeltColumns), len(lines), body)
	}
	var got []string
	for n, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 61 {
			t.Fatalf("line %d: %d fields, want 61", n+1, len(f))
		}
		rec := map[string]string{}
		for i, name := range gdeltColumns {
			rec[name] = f[i]
			if re := gdeltFormats[name]; re != nil && !re.MatchString(f[i]) {
				t.Errorf("line %d: %s = %q, not %s", n+1, name, f[i], re)
			}
		}
		if _, err := time.Parse("20060102", rec["SQLDATE"]); err != nil {
			t.Errorf("line %d: SQLDATE %q: %v", n+1, rec["SQLDATE"], err)
		}
		if y, _ := strconv.ParseFloat(rec["FractionDate"], 64); int(y) != mustAtoi(t, rec["Year"]) {
			t.Errorf("line %d: FractionDate %s in another year than %s", n+1, rec["FractionDate"], rec["Year"])
		}
		got = append(got, strings.Join([]string{rec["SQLDATE"], rec["Actor1Type1Code"], rec["ActionGeo_Type"], rec["ActionGeo_FullName"],
			rec["ActionGeo_CountryCode"], rec["ActionGeo_ADM1Code"], rec["ActionGeo_FeatureID"], rec["SOURCEURL"]}, "|"))
	}
	want := []string{
		"20210512|MIL|4|Goris, Syunik, Armenia|AM|AM08|616629|https://example.org/news/1",
		"20210501|MIL|5|Syunik, Armenia|AM|AM08|AM08|https://example.org/news/1",
		"20210510|CVL|1|Armenia|AM|AM|AM|https://example.org/news/1",
		"20210101|GOV|0|||||https://example.org/news/1",
		"20200901|MIL|4|Goris, Syunik, Armenia|AM|AM08|616629|https://example.org/news/1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("tsv:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestExportFilters: from, to and min_confidence on every format; a record without a
// confidence counts as 1.
func TestExportFilters(t *testing.T) {
	ts := precisionServer(t)
	for _, format := range []string{"csv", "acled", "tsv", "jsonl", "geojson"} {
		for _, q := range []string{"&from=2021-05-01&to=2021-05-31", "&min_confidence=0.8", "&min_confidence=1"} {
			if status, _, body := fetch(t, ts.URL+"/api/export?format="+format+q); status != http.StatusOK {
				t.Errorf("%s%s: %d %s", format, q, status, body)
			}
		}
		for _, q := range []string{"&min_confidence=2", "&min_confidence=x", "&from=May"} {
			if status, _, _ := fetch(t, ts.URL+"/api/export?format="+format+q); status != http.StatusBadRequest {
				t.Errorf("%s%s: %d, want 400", format, q, status)
			}
		}
	}
	rows := readCSV(t, ts.URL+"/api/export?format=csv&from=2021-05-11&to=2021-05-20")
	var dates []string
	for _, r := range rows[1:] {
		dates = append(dates, r[5])
	}
	// The day, the month and the year overlap the range. The week does too, but the store
	// compares TIMEX values as text, in which a week is no interval.
	if want := []string{"2021-05-12", "2021-05", "2021"}; !slices.Equal(dates, want) {
		t.Errorf("from/to: %v, want %v", dates, want)
	}
}

func TestExportMinConfidence(t *testing.T) {
	ts := precisionServer(t)
	for _, c := range []struct {
		q    string
		want int
	}{{"", 6}, {"&min_confidence=0.8", 5}, {"&min_confidence=0.95", 4}, {"&min_confidence=1", 4}, {"&min_confidence=0", 6}} {
		if rows := readCSV(t, ts.URL+"/api/export?format=csv"+c.q); len(rows)-1 != c.want {
			t.Errorf("min_confidence %q: %d events, want %d (0.9 and 0.5 set, the rest stored without one)", c.q, len(rows)-1, c.want)
		}
	}
}
