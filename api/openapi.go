package api

import (
	_ "embed"
	"net/http"
)

// openAPI describes every route of Handler; a test keeps the two in step.
//
//go:embed openapi.json
var openAPI []byte

func serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPI)
}
