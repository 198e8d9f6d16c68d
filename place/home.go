package place

import (
	"slices"
	"strings"

	"github.com/annals-org/annals/gazetteer"
)

// regionKey names the first-level region that holds p: its country and GeoNames region code.
func regionKey(p *gazetteer.Place) string {
	if p == nil || p.Admin1 == "" {
		return ""
	}
	return p.Country + "." + p.Admin1
}

// inRegion reports whether regionKey(p) == key without building p's key: the resolver asks
// it of every candidate while the article has a home region.
func inRegion(p *gazetteer.Place, key string) bool {
	if p == nil || p.Admin1 == "" {
		return key == ""
	}
	n := len(p.Country)
	return len(key) == n+1+len(p.Admin1) && key[:n] == p.Country && key[n] == '.' && key[n+1:] == p.Admin1
}

// homeRegion returns the first-level region the story is about: the region its mentions name
// most often ("Kentucky", "Ky.", a dateline's region counting twice; a county or town whose
// every namesake lies in one region, "Black Hawk County", names that region), when one is
// named more than any other; else "". Counties and towns of several states go to their
// namesake there.
func homeRegion(ms []Mention) string {
	count := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if m.Place == nil {
			continue
		}
		w := 1
		if m.Kind == KindDateline {
			w = 2
		}
		switch {
		case m.Place.Feature == "ADM1" || m.Kind == KindDateline:
		case m.Place.Feature == "ADM2" || m.Place.Class == "P":
			if onlyRegion(m.Candidates) == "" {
				continue
			}
		default:
			continue
		}
		if k := regionKey(m.Place); k != "" {
			count[k] += w
		}
	}
	home, most, tie := "", 0, false
	for k, n := range count {
		switch {
		case n > most:
			home, most, tie = k, n, false
		case n == most:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return home
}

// oneSense gives every mention of a name the place that a mention of the same name got from
// a container the text names ("EDMONTON, Ky" ... "Edmonton's mayor": the Kentucky town; "Paris,
// Texas" ... "in Paris") or from a place noun ("the state of Victoria" ... "to Victoria"), when
// that place is among its candidates: an article means one place by one name. A region a
// government noun picked counts too ("the Mendoza government" ... "farmers in Mendoza").
func oneSense(ms []Mention, idx *placeIndex) {
	var fixed map[string]*gazetteer.Place
	for i := 1; i < len(ms); i++ {
		a, b := &ms[i-1], &ms[i]
		if b.holds != a || a.Place == nil || b.Place == nil || a.Place == b.Place || !within(a.Place, b.Place) {
			continue
		}
		if fixed == nil {
			fixed = map[string]*gazetteer.Place{}
		}
		if k := gazetteer.Normalize(a.Text); fixed[k] == nil {
			fixed[k] = a.Place
		}
	}
	for i := range ms { // "the state of Victoria" ... "travel to Victoria"
		m := &ms[i]
		// A government noun too: "the Quebec government" ... "legal in Quebec" is the province.
		if m.Place == nil || !(m.want == "A" && strings.HasPrefix(m.Place.Feature, "ADM") || m.want == "G" && m.Place.Feature == "ADM1" || m.want == "P" && m.Place.Class == "P") {
			continue
		}
		if fixed == nil {
			fixed = map[string]*gazetteer.Place{}
		}
		if k := gazetteer.Normalize(m.Text); fixed[k] == nil {
			fixed[k] = m.Place
		}
	}
	for i := range ms {
		m := &ms[i]
		p := fixed[gazetteer.Normalize(m.Text)]
		if p == nil || m.Place == p || !slices.Contains(m.Candidates, p) {
			continue
		}
		if strings.HasPrefix(m.Place.Feature, "PCL") && p.Class == "A" && p.Country == m.Place.Country {
			continue // "Panamá Province" names the province; "Panama" alone stays the country around it
		}
		idx.set(m, p)
	}
}

// namesRegion reports whether one of cands is the region key itself: "Idlib" in a story about
// Idlib province may be the province, and the home region gives its towns no bonus there.
func namesRegion(cands []*gazetteer.Place, key string) bool {
	for _, c := range cands {
		if c.Feature == "ADM1" && inRegion(c, key) {
			return true
		}
	}
	return false
}

// onlyRegion returns the region key of every candidate, or "" when they lie in several
// regions (or none).
func onlyRegion(cands []*gazetteer.Place) string {
	if len(cands) == 0 || len(cands) > maxCandidates {
		return ""
	}
	k := regionKey(cands[0])
	for _, p := range cands[1:] {
		if regionKey(p) != k {
			return ""
		}
	}
	return k
}

// maxCounties bounds the counties kept for inCounty: an article naming more is a list.
const maxCounties = 8

// countyKm: a town this close to the point of a county of its own region lies in it, or
// next to it (a county's point is its middle; most counties are 30 to 80 km across).
const countyKm = 40

// namedCounties returns the second-level regions (counties, districts) the mentions resolve
// to, once each, with the name each is written by; nil for none or more than maxCounties.
func namedCounties(ms []Mention) []placeName {
	var out []placeName
	for i := range ms {
		m := &ms[i]
		if m.Place == nil || m.Place.Feature != "ADM2" || slices.ContainsFunc(out, func(o placeName) bool { return o.p == m.Place }) {
			continue
		}
		if len(out) == maxCounties {
			return nil
		}
		out = append(out, placeName{m.Place, m.Text})
	}
	return out
}

// inCounty reports whether town c lies in (or next to) a county the article names by
// another name than m's, in c's own first-level region: "Oxford ... the Granville County
// fire marshal" is the Oxford of that county's state.
func inCounty(c *gazetteer.Place, m *Mention, counties []placeName) bool {
	if c.Class != "P" {
		return false
	}
	for _, k := range counties {
		if k.text != m.Text && k.p.Country == c.Country && k.p.Admin1 == c.Admin1 && gazetteer.DistanceKm(c.Lat, c.Lon, k.p.Lat, k.p.Lon) < countyKm {
			return true
		}
	}
	return false
}
