package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
)

// pairKm: two namesakes this close are one neighbourhood, not a coincidence.
const pairKm = 25

// maxPairNames bounds pairNamesakes' work: it compares every candidate of every isolated
// name with every other's, so an article with more isolated names than this is left as is.
const maxPairNames = 8

// pairNamesakes reads again two names resolved far from each other and from every other
// place of the article when each has a namesake within pairKm of the other's, in one
// country: "a school in Edmonton ... the Enfield council" are two districts of north London,
// not Edmonton, Alberta and Enfield, Connecticut. A capital, a country or a region chosen
// stays, and so does a pair in a country the article's focus (its actors and places) leaves
// out: "Bolivian officials met in La Paz ... leaders in Santa Cruz" stay in Bolivia, though
// the Philippines have a La Paz and a Santa Cruz next to each other.
func pairNamesakes(ms []Mention, idx *placeIndex, focus map[string]float64) {
	var names [maxPairNames]*Mention // one isolated mention of each name
	n := 0
	for i := range ms {
		m := &ms[i]
		if m.Place == nil {
			continue
		}
		if m.Country || m.Place.Class != "P" || m.Place.Feature == "PPLC" || len(m.Candidates) < 2 {
			continue
		}
		dup := false
		for _, o := range names[:n] {
			dup = dup || o.Text == m.Text
		}
		if dup || idx.pointsWithin(m, isolatedKm) > 0 {
			continue
		}
		if n == maxPairNames {
			return
		}
		names[n] = m
		n++
	}
	var moved [maxPairNames]bool // a name is read again once
	for a := 0; a < n; a++ {
		for b := a + 1; b < n && !moved[a]; b++ {
			if moved[b] {
				continue
			}
			ca, cb := closePair(names[a], names[b])
			if ca == nil || len(focus) > 0 && focus[ca.Country] == 0 {
				continue
			}
			setName(ms, idx, names[a].Text, ca)
			setName(ms, idx, names[b].Text, cb)
			moved[a], moved[b] = true, true
		}
	}
}

// closePair returns the candidates of a and b, other than those chosen, that lie in one
// country within pairKm of each other (the closest such pair), or nil.
func closePair(a, b *Mention) (*gazetteer.Place, *gazetteer.Place) {
	ac, bc := a.Candidates, b.Candidates
	if len(ac) > maxCandidates {
		ac = ac[:maxCandidates]
	}
	if len(bc) > maxCandidates {
		bc = bc[:maxCandidates]
	}
	var pa, pb *gazetteer.Place
	bestKm := float64(pairKm)
	for _, x := range ac {
		if x.Class != "P" || x == a.Place {
			continue
		}
		for _, y := range bc {
			if y.Class != "P" || y == b.Place || y.Country != x.Country || strings.EqualFold(x.Name, y.Name) {
				continue
			}
			if d := gazetteer.DistanceKm(x.Lat, x.Lon, y.Lat, y.Lon); d < bestKm {
				pa, pb, bestKm = x, y, d
			}
		}
	}
	return pa, pb
}

// setName gives every mention named text the place p.
func setName(ms []Mention, idx *placeIndex, text string, p *gazetteer.Place) {
	for i := range ms {
		if ms[i].Text == text && ms[i].Place != nil && !ms[i].Country {
			idx.set(&ms[i], p)
		}
	}
}
