package actor

import (
	"time"

	"github.com/annals-org/annals/text"
)

// CountryWord reports whether a country's name or adjective of the dictionary starts at token
// i of doc and ends before end ("Sri Lankan", "Russians", "U.S."): it returns the end of the
// phrase, the country's ISO alpha-3 code and the kind (KName or KAdj). The place stage lists
// such words as mentions of the country wherever they stand, as geoparsing corpora do.
func (f *Finder) CountryWord(doc *text.Doc, i, end int) (int, string, Kind, bool) {
	if i < 0 || i >= end || end > len(doc.Tokens) {
		return 0, "", 0, false
	}
	p, ok := f.match(doc, i, end, timeZero)
	if !ok || p.e.kind != KName && p.e.kind != KAdj || len(p.e.code) < 3 || !f.dict.countries[p.e.code[:3]] {
		return 0, "", 0, false
	}
	return p.end, p.e.code[:3], p.e.kind, true
}

// timeZero matches every entry whatever its dates (country words have none).
var timeZero time.Time
