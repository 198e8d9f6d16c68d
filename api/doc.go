// Package api serves the stored record over HTTP as JSON.
//
// Input: an annals.Store, and optionally a Coder and an annals.JobStore for writes. Output:
// an http.Handler with
//
//	GET  /healthz                 200 when the store answers
//	GET  /api/events              stored events, filtered (see the query parameters below)
//	GET  /api/events/{id}         one event with its evidence
//	GET  /api/articles/{id}       one article with every event found in it
//	POST /api/articles            queue JSON Lines articles as a job: 202 with its id (needs the write token)
//	GET  /api/jobs/{id}           a job's progress: stored, rejected (first 100 and a count), done
//	GET  /api/actors              actors of the stored events with counts (prefix, limit)
//	GET  /api/places              places of the stored events with counts (country, limit)
//	GET  /api/series              daily series per country or dyad (package escalation)
//	GET  /api/escalations         escalation signals with the events behind them
//	GET  /api/export              every filtered event as csv, jsonl, geojson or tsv (GDELT-style), streamed
//	GET  /api/openapi.json        the OpenAPI 3.1 description of all of this
//	GET  /metrics                 Prometheus metrics: requests by route and status, latency
//
// Event filters: actor (actor code prefix), country (ISO alpha-3), dyad (ARM-AZE), cameo (code prefix),
// plover, status, from and to (YYYY-MM-DD), bbox (minLon,minLat,maxLon,maxLat), q (words of
// the evidence), limit, offset; merged=true merges reports of one event among the selected
// events (package merge). Unknown or malformed parameters are a 400 with a message naming
// the parameter, as is a parameter given twice; request bodies and result sizes are bounded.
//
// Under load (Guard) a request beyond MaxInFlight at once, or beyond MaxCostly costly ones,
// is answered 503 with Retry-After at once. Posted bodies are stored as jobs and coded by
// Run's workers in the background, so that a restarted server resumes them.
//
// It does not code articles itself (the Coder does), render the web page, or keep state
// beyond the store.
package api
