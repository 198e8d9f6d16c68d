package web

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:generate go run ../tools/genweb -npm ../tools/npm/node_modules -out static
//go:generate go run ../tools/genlabels -places ../dict/places -out static/labels.json

//go:embed static
var static embed.FS

// csp allows only this origin: the page must keep working with no network, and a script
// that slipped into event text could not load or send anything elsewhere. Inline styles
// are allowed because Leaflet positions its panes with them.
const csp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler serves the page: index.html at "/" and its files beside it.
func Handler() http.Handler {
	files, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree always holds static/
	}
	fileServer := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		// Go's MIME table lacks GeoJSON; without this the file would be sniffed as text.
		if strings.HasSuffix(r.URL.Path, ".geojson") {
			h.Set("Content-Type", "application/geo+json")
		}
		fileServer.ServeHTTP(w, r)
	})
}
