package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func fetch(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func TestExport(t *testing.T) {
	ts, _ := newServer(t, nil)

	status, h, body := fetch(t, ts.URL+"/api/export?format=csv&country=ARM")
	if status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", status, h.Get("Content-Type"))
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	if len(rows) != 3 || !slices.Equal(rows[0], csvColumns) {
		t.Fatalf("csv: got %d rows with header %v, want a header and 2 events", len(rows), rows[0])
	}
	if got, want := rows[1][0]+" "+rows[1][slices.Index(csvColumns, "location_name")], "wire-1-e1 Goris"; got != want {
		t.Errorf("csv row 1: id and place %q, want %q", got, want)
	}

	_, _, body = fetch(t, ts.URL+"/api/export?format=jsonl")
	var n int
	for sc := bufio.NewScanner(strings.NewReader(body)); sc.Scan(); n++ {
		var e map[string]any
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Errorf("jsonl line %d: %v", n+1, err)
		}
	}
	if n != 3 {
		t.Errorf("jsonl: %d lines, want 3", n)
	}

	_, _, body = fetch(t, ts.URL+"/api/export?format=geojson")
	var fc struct {
		Type     string
		Features []struct {
			Geometry   struct{ Coordinates []float64 }
			Properties struct{ ID string }
		}
	}
	if err := json.Unmarshal([]byte(body), &fc); err != nil {
		t.Fatalf("geojson: %v in %s", err, body)
	}
	// paper-1-e1 has no location and is left out.
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 || fc.Features[0].Geometry.Coordinates[0] < 40 {
		t.Errorf("geojson: %+v, want 2 located features as [lon, lat]", fc)
	}

	_, _, body = fetch(t, ts.URL+"/api/export?format=tsv&cameo=042")
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if len(lines) != 1 {
		t.Fatalf("tsv: %d lines, want 1 event and no header", len(lines))
	}
	cols := strings.Split(lines[0], "\t")
	if len(cols) != 61 || cols[1] != "20210513" || cols[28] != "04" || cols[26] != "042" {
		t.Errorf("tsv: %q, want 61 columns with SQLDATE 20210513, EventCode 042, root 04", lines[0])
	}

	for _, q := range []string{"", "?format=xml", "?format=csv&limit=5", "?format=csv&colour=red"} {
		if status, _, _ := fetch(t, ts.URL+"/api/export"+q); status != http.StatusBadRequest {
			t.Errorf("/api/export%s: %d, want 400", q, status)
		}
	}
}

// TestOpenAPI keeps the OpenAPI document in step with the routes of Handler.
func TestOpenAPI(t *testing.T) {
	ts, _ := newServer(t, nil)
	status, _, body := fetch(t, ts.URL+"/api/openapi.json")
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	var doc struct {
		OpenAPI string
		Paths   map[string]map[string]json.RawMessage
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	src, err := readSource("api.go")
	if err != nil {
		t.Fatal(err)
	}
	routes := regexp.MustCompile(`mux\.Handle(?:Func)?\("(GET|POST) ([^"]+)"`).FindAllStringSubmatch(src, -1)
	if len(routes) < 10 {
		t.Fatalf("found %d routes in api.go; the pattern is out of date", len(routes))
	}
	for _, r := range routes {
		if _, ok := doc.Paths[r[2]][strings.ToLower(r[1])]; !ok {
			t.Errorf("route %s %s is not in openapi.json", r[1], r[2])
		}
	}
}

func TestMetrics(t *testing.T) {
	ts, _ := newServer(t, nil)
	fetch(t, ts.URL+"/api/events?country=ARM")
	fetch(t, ts.URL+"/api/events?bogus=1")
	fetch(t, ts.URL+"/nowhere")
	_, _, body := fetch(t, ts.URL+"/metrics")
	for _, want := range []string{
		`annals_http_requests_total{code="200",route="GET /api/events"} 1`,
		`annals_http_requests_total{code="400",route="GET /api/events"} 1`,
		`annals_http_requests_total{code="404",route="unmatched"} 1`,
		`annals_http_request_duration_seconds_count{route="GET /api/events"} 2`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

func readSource(name string) (string, error) {
	b, err := os.ReadFile(name)
	return string(b), err
}
