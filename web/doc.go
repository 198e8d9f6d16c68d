// Package web is the browser page of annals: a map of the located events over country
// outlines, a timeline of events per day, filters, an event list, and views of one event
// (its evidence sentence highlighted in the article) and of one article (its actors,
// places, dates and events marked).
//
// Input: nothing at run time but the JSON API under /api/ on the same origin, which the
// page's script calls. Output: an http.Handler serving the page's files, embedded in the
// binary: hand-written HTML, CSS and JavaScript, Leaflet 1.9.4 unchanged with its licence,
// and the Natural Earth country outlines as GeoJSON. The page loads nothing from other
// hosts (no tiles, fonts or CDNs), so it works offline.
//
// It does not serve the API (package api does; cmd/annals mounts both), query the store,
// or build anything at run time: the vendored and generated files are made by
// tools/genweb (go generate) and committed.
package web
