package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
)

// pairKm: two namesakes this close are one neighbourhood, not a coincidence.
const pairKm = 25

// maxPairNames bounds pairNamesakes' work: it compares every candidate of every isolated
// name with every other's, so an article with more isolated names than this is left as is,
// and with those of at most this many names of the others.
const maxPairNames = 8

// pairNamesakes reads again two names resolved far from each other and from every other
// place of the article when each has a namesake within pairKm of the other's, in one
// country: "a school in Edmonton ... the Enfield council" are two districts of north London,
// not Edmonton, Alberta and Enfield, Connecticut. A capital, a country or a region chosen
// stays, and so does a pair in a country the article's focus (its actors and places) leaves
// out when it holds both places chosen: "Bolivian officials met in La Paz ... leaders in Santa
// Cruz" stay in Bolivia, though the Philippines have a La Paz and a Santa Cruz next to each
// other; Edmonton, Alberta, which nothing else in a story puts in Canada, does not hold.
func pairNamesakes(ms []Mention, idx *placeIndex, focus map[string]float64) {
	var names [maxPairNames]*Mention // one isolated mention of each name
	var loose [maxPairNames]*Mention // one mention of each other name, with its neighbours
	var neighbours [maxPairNames]int
	n, nl := 0, 0
	for i := range ms {
		m := &ms[i]
		if m.Place == nil {
			continue
		}
		if m.Country || m.Place.Class != "P" || m.Place.Feature == "PPLC" || len(m.Candidates) < 2 {
			continue
		}
		if namedIn(names[:n], m.Text) || namedIn(loose[:nl], m.Text) {
			continue
		}
		switch near := idx.pointsWithin(m, isolatedKm); {
		case near == 0 && n == maxPairNames:
			return
		case near == 0:
			names[n] = m
			n++
		case nl < maxPairNames:
			loose[nl], neighbours[nl] = m, near
			nl++
		}
	}
	var moved [maxPairNames]bool // a name is read again once
	for a := 0; a < n; a++ {
		for b := a + 1; b < n && !moved[a]; b++ {
			if !moved[b] && movePair(ms, idx, focus, names[a], names[b]) {
				moved[a], moved[b] = true, true
			}
		}
	}
	// An isolated name pairs too with a name near fewer other mentions than it has: "pupils
	// of Edmonton ... the Enfield council ... Raynham Avenue" leaves Enfield, Connecticut near
	// Raynham, Massachusetts, but Edmonton, named four times, and Enfield are one place.
	var movedLoose [maxPairNames]bool
	for a := 0; a < n; a++ {
		for b := 0; b < nl && !moved[a]; b++ {
			if !movedLoose[b] && idx.text(names[a].Text).n > neighbours[b] && movePair(ms, idx, focus, names[a], loose[b]) {
				moved[a], movedLoose[b] = true, true
			}
		}
	}
}

// movePair gives the mentions of a and b their namesakes that lie together (closePair), unless
// the article's focus leaves out the namesakes' country and holds both places chosen: it
// reports whether they moved.
func movePair(ms []Mention, idx *placeIndex, focus map[string]float64, a, b *Mention) bool {
	ca, cb := closePair(a, b)
	if ca == nil || focus[ca.Country] == 0 && focus[a.Place.Country] > 0 && focus[b.Place.Country] > 0 {
		return false
	}
	setName(ms, idx, a.Text, ca)
	setName(ms, idx, b.Text, cb)
	return true
}

// namedIn reports whether one of ms is named text.
func namedIn(ms []*Mention, text string) bool {
	for _, o := range ms {
		if o.Text == text {
			return true
		}
	}
	return false
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
