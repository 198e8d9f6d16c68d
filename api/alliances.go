package api

import (
	"net/http"
	"time"

	"github.com/annals-org/annals/alliance"
)

// alliances answers GET /api/alliances?country=&date=&with=: the treaties binding country on
// the day (default today, UTC), or, with `with`, those binding it to that country; the
// records of `annals alliances`. The table is the embedded dictionary.
func (s *Server) alliances(w http.ResponseWriter, r *http.Request) {
	p := params{v: r.URL.Query()}
	country := p.match("country", countryPattern, true)
	date := p.date("date")
	with := p.match("with", countryPattern, true)
	p.unknown("country", "date", "with")
	if p.err == nil && country == "" {
		p.err = badRequest("country is required")
	}
	if p.err != nil {
		s.reply(w, r, nil, p.err)
		return
	}
	day := alliance.Day(time.Now().UTC())
	if date != "" {
		day, _ = time.Parse(time.DateOnly, date) // checked by p.date
	}
	table, err := alliance.Default()
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	bindings := table.Binding(country, day)
	if with != "" {
		bindings = table.Between(country, with, day)
	}
	out := make([]alliance.Record, len(bindings))
	for i, b := range bindings {
		out[i] = table.Record(b)
	}
	s.reply(w, r, out, nil)
}
