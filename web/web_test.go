package web_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/annals-org/annals/web"
)

func get(t *testing.T, h http.Handler, path string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestHandlerServesFiles(t *testing.T) {
	h := web.Handler()
	for _, tc := range []struct {
		path, contentType, contains string
	}{
		{"/", "text/html; charset=utf-8", `<div id="map"`},
		{"/app.js", "text/javascript; charset=utf-8", "api/events"},
		{"/style.css", "text/css; charset=utf-8", "#timeline"},
		{"/vendor/leaflet/leaflet.js", "text/javascript; charset=utf-8", `version="1.9.4"`},
		{"/vendor/leaflet/leaflet.css", "text/css; charset=utf-8", ".leaflet-container"},
		{"/vendor/leaflet/LICENSE", "", "BSD 2-Clause"},
		{"/countries.geojson", "application/geo+json", "FeatureCollection"},
		{"/labels.json", "application/json", `["China",`},
		{"/map.js", "text/javascript; charset=utf-8", "labels.json"},
		{"/timeline.js", "text/javascript; charset=utf-8", "binStart"},
		{"/util.js", "text/javascript; charset=utf-8", "formatDate"},
		{"/ATTRIBUTION.md", "", "Natural Earth"},
	} {
		res := get(t, h, tc.path)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: got status %d, want 200", tc.path, res.StatusCode)
			continue
		}
		if got := res.Header.Get("Content-Type"); tc.contentType != "" && got != tc.contentType {
			t.Errorf("GET %s: got Content-Type %q, want %q", tc.path, got, tc.contentType)
		}
		if got := res.Header.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'self'") {
			t.Errorf("GET %s: got Content-Security-Policy %q, want default-src 'self'", tc.path, got)
		}
		if b := body(t, res); !strings.Contains(b, tc.contains) {
			t.Errorf("GET %s: body does not contain %q", tc.path, tc.contains)
		}
	}
	if res := get(t, h, "/nothing-here.js"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nothing-here.js: got status %d, want 404", res.StatusCode)
	}
}

// The page must work with no network: it names no other host.
func TestPageIsSelfContained(t *testing.T) {
	h := web.Handler()
	remote := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//`)
	for _, path := range []string{"/", "/style.css"} {
		if m := remote.FindString(body(t, get(t, h, path))); m != "" {
			t.Errorf("GET %s: got a remote reference %q, want none", path, m)
		}
	}
	css := body(t, get(t, h, "/style.css"))
	if m := regexp.MustCompile(`url\(|@import`).FindString(css); m != "" {
		t.Errorf("style.css: got %q, want no external resources", m)
	}
	for _, file := range []string{"/app.js", "/util.js", "/map.js", "/timeline.js"} {
		js := body(t, get(t, h, file))
		for _, risky := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if strings.Contains(js, risky) {
				t.Errorf("%s uses %s; want text nodes only for text from the API", file, risky)
			}
		}
	}
}

func TestCountries(t *testing.T) {
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates [][][][]float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(body(t, get(t, web.Handler(), "/countries.geojson"))), &fc); err != nil {
		t.Fatalf("countries.geojson: %v", err)
	}
	if got, want := len(fc.Features), 170; got < want {
		t.Errorf("countries.geojson: got %d features, want at least %d", got, want)
	}
	names := map[string]bool{}
	for _, f := range fc.Features {
		names[f.Properties.Name] = true
		for _, poly := range f.Geometry.Coordinates {
			for _, ring := range poly {
				first, last := ring[0], ring[len(ring)-1]
				if len(ring) < 4 || first[0] != last[0] || first[1] != last[1] {
					t.Errorf("%s: got an open or degenerate ring of %d points", f.Properties.Name, len(ring))
				}
			}
		}
	}
	for _, n := range []string{"Armenia", "Azerbaijan", "Burkina Faso", "Syria", "Russia"} {
		if !names[n] {
			t.Errorf("countries.geojson: no %s", n)
		}
	}
}
