package place

import (
	"math"
	"slices"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// courtSeats appends to out, for a listing of every place the article names (Complete), the
// towns named first in a court's name on tokens not yet taken, whatever their size: a court is
// named after its seat ("arraigned in Litchfield Superior Court", "the Wood Green Crown
// Court"), where a school or a hospital is as often named after a person ("Franklin
// Elementary"), so recognition, which wants a town of some size before such a name, leaves
// them out. The town must have a namesake in a country the article names: the one nearest the
// article's other towns and regions. Not a common word ("High Court"), a person's name, nor a
// street's ("Court Street").
func (r *Resolver) courtSeats(doc *text.Doc, actors []actor.Mention, taken []bool, byText map[string]*Mention, res *Result, out []Mention) []Mention {
	var buf [4]string
	var countries []string
	var persons map[string]bool
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			t := &doc.Tokens[i]
			if taken[i] || !t.Cap || t.Kind != text.Word {
				continue
			}
			words := buf[:0]
			for j := i; j < end && j < i+len(buf) && doc.Tokens[j].Cap; j++ {
				words = append(words, doc.Tokens[j].Text)
			}
			n, cands := r.gaz.LookupTokens(words)
			if n == 0 || n == len(words) || !courtAfter(doc, i+n, end) || n == 1 && r.commonWord(t.Lower) {
				continue
			}
			if countries == nil {
				countries, persons = articleCountries(res), r.surnames(doc)
			}
			if persons[t.Text] {
				continue // "Tom Litchfield"
			}
			seat := nearestTown(cands, countries, res.Mentions)
			if seat == nil || r.notAreaMention(doc, s, actors, taken, i, i+n, cands) {
				continue
			}
			m := Mention{Tok: i, TokEnd: i + n, Start: t.Start, End: doc.Tokens[i+n-1].End, Sentence: si, Kind: KindPlace,
				Candidates: cands, Place: seat}
			m.Text = doc.Text[m.Start:m.End]
			if same := byText[m.Text]; same != nil && same.Place != nil {
				m.Place = same.Place
			}
			m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
			out = append(out, m)
			i += n - 1
		}
	}
	return out
}

// nearestTown returns the town among cands, in one of countries, nearest to the article's
// resolved towns and regions (the first such town when it resolved none), or nil.
func nearestTown(cands []*gazetteer.Place, countries []string, ms []Mention) *gazetteer.Place {
	var best *gazetteer.Place
	bestKm := math.MaxFloat64
	for _, c := range cands {
		if c.Class != "P" || !slices.Contains(countries, c.Country) {
			continue
		}
		if best == nil {
			best = c
		}
		for i := range ms {
			p := ms[i].Place
			if p == nil || ms[i].Country || p.Class != "P" && p.Feature != "ADM1" && p.Feature != "ADM2" {
				continue
			}
			if d := gazetteer.DistanceKm(c.Lat, c.Lon, p.Lat, p.Lon); d < bestKm {
				best, bestKm = c, d
			}
		}
	}
	return best
}

// courtAfter reports whether one to three capitalised words from token k, in a sentence ending
// before end, end with "Court" ("Superior Court", "Crown Court", "District Court") that no
// street's noun follows ("Court Street").
func courtAfter(doc *text.Doc, k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		t := &doc.Tokens[j]
		if !t.Cap || t.Kind != text.Word {
			return false
		}
		if t.Text == "Court" {
			return j+1 >= end || !siteNouns[doc.Tokens[j+1].Lower]
		}
	}
	return false
}
