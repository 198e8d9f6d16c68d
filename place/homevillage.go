package place

import "github.com/annals-org/annals/gazetteer"

// homeVillageKm: the village of the story's home region that replaces a namesake elsewhere
// must lie this close to another place the article names (a county's width or two).
const homeVillageKm = 60

// villagesInHomeRegion moves each mention resolved to a small town outside the story's home
// region (homeRegion), when none of its candidates lies in that region, to the only village of
// its name there (gazetteer.Villages) that lies within homeVillageKm of another place of the
// article: "a theft near Hinton" in a story about Plymouth County, Iowa, is the village of
// that county, not a Hinton in Oklahoma. villagesAtHome does the same for a country; this is
// the story's state or province, which a local story names through its counties and towns
// rather than by its country.
func (r *Resolver) villagesInHomeRegion(ms []Mention, idx *placeIndex) {
	if idx.home == "" {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Place == nil || m.Country || !minor(m.Place) || inRegion(m.Place, idx.home) || m.holds != nil || m.variant {
			continue
		}
		if namesRegion(m.Candidates, idx.home) || anyInRegion(m.Candidates, idx.home) {
			continue
		}
		v := r.onlyVillageInRegion(m.Text, idx.home)
		if v == nil || idx.pointsNear(v.Lat, v.Lon, homeVillageKm, m.Text, true) == 0 {
			continue
		}
		if m.Explained != nil {
			m.Explained = append(m.Explained, Candidate{Place: v, Why: []string{"a small town outside the story's home region, which holds no candidate: the only village of that name there, near the article's other places"}})
		}
		idx.set(m, v)
	}
}

// anyInRegion reports whether one of cands lies in the first-level region key.
func anyInRegion(cands []*gazetteer.Place, key string) bool {
	for _, c := range cands {
		if inRegion(c, key) {
			return true
		}
	}
	return false
}

// onlyVillageInRegion returns the one village called name in the first-level region key, or
// nil when there is none or more than one.
func (r *Resolver) onlyVillageInRegion(name, key string) *gazetteer.Place {
	var found *gazetteer.Place
	for _, v := range r.gaz.Villages(name) {
		if !inRegion(v, key) {
			continue
		}
		if found != nil {
			return nil
		}
		found = v
	}
	return found
}
