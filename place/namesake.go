package place

import (
	"sort"
	"strings"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
)

// namesakesAtHome moves each name resolved to a town in a country the article gives no other
// sign of (no country named, no actor, no other place there), far from all its other places,
// to a namesake in a country the article names that lies near the article's other towns, or
// that is a major city of its lead country (namesakeNamed): "a London rally ... thanked
// Canada ... charities in Canada" in a Canadian story is London, Ontario; "Amber of Edmonton
// ... studied in Wales ... UK students" is Edmonton in north London, not Alberta's capital.
// Every mention of the name moves, and a street put at the town's point with it.
func namesakesAtHome(ms []Mention, idx *placeIndex, actors []actor.Mention, lead string) {
	var named map[string]int // how often the article names each country, demonyms too
	for i := range ms {
		if ms[i].Place != nil && strings.HasPrefix(ms[i].Place.Feature, "PCL") {
			if named == nil {
				named = map[string]int{}
			}
			named[ms[i].Place.Country]++
		}
	}
	if named == nil {
		return
	}
	var judged map[string]bool
	var moved map[*gazetteer.Place]*gazetteer.Place // in one pass at the end: the scan stays linear
	var actorIn map[string]bool                     // computed for the few names that get that far
	byActor := func(c string) bool {
		if actorIn == nil {
			actorIn = actorCountries(ms, actors)
		}
		return actorIn[c]
	}
	var regions map[string]map[string]bool // by country, the first-level regions of the towns and regions named
	alone := func(q *gazetteer.Place) bool {
		if regions == nil {
			regions = localRegions(ms)
		}
		for r := range regions[q.Country] {
			if r != q.Admin1 {
				return false
			}
		}
		return true
	}
	for i := range ms {
		m := &ms[i]
		p := m.Place
		if p == nil || m.Country || p.Class != "P" || m.variant || named[p.Country] > 0 || judged[m.Text] {
			continue
		}
		if judged == nil {
			judged = map[string]bool{}
		}
		judged[m.Text] = true
		// Other mentions put at p itself (a street named with the town) are no other sign.
		own, same := idx.text(m.Text), samePlace(idx, m)
		if idx.all.countries.get(p.Country)-own.countries.get(p.Country) > same || idx.pointsWithin(m, isolatedKm) > same ||
			byActor(p.Country) {
			continue
		}
		q := namesakeNamed(m, idx, named, lead, alone)
		if q == nil {
			continue
		}
		if m.Explained != nil {
			m.Explained = append(m.Explained, Candidate{Place: q, Why: []string{"chosen in " + p.Country + ", a country the article gives no other sign of, far from its other places: the namesake in " + q.Country + ", a country it names"}})
		}
		if moved == nil {
			moved = map[*gazetteer.Place]*gazetteer.Place{}
		}
		moved[p] = q
	}
	if moved == nil {
		return
	}
	for j := range ms { // a street put at the town's point ("Felixstowe Road, Edmonton") moves with it
		if q := moved[ms[j].Place]; q != nil && !ms[j].Country {
			idx.set(&ms[j], q)
		}
	}
}

// localRegions returns, by country, the first-level regions of the towns, counties and
// regions the mentions name.
func localRegions(ms []Mention) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i := range ms {
		p := ms[i].Place
		if p == nil || ms[i].Country || p.Admin1 == "" || !(p.Class == "P" || p.Feature == "ADM2" || p.Feature == "ADM1") {
			continue
		}
		if out[p.Country] == nil {
			out[p.Country] = map[string]bool{}
		}
		out[p.Country][p.Admin1] = true
	}
	return out
}

// samePlace counts the mentions of other names than m's resolved to m's place.
func samePlace(idx *placeIndex, m *Mention) int {
	k := placeKey{m.Place, false}
	return idx.all.places.get(k) - idx.text(m.Text).places.get(k)
}

// namesakeNamed returns the candidate of m, a town other than its place, in a country the
// article names, that lies within isolatedKm of the article's other towns or counties (the
// nearest to most of them, then the most populous), or else a major city of the article's lead
// country named more than once, whose other towns and regions there all lie in the city's own
// first-level region (alone); nil for none. A country's or a region's point says nothing of
// what lies near it ("U.S. diplomats will meet in Geneva" names no town of Nebraska, near the
// middle of the United States), and a city passed through abroad stays where it is in a story
// that names Canada in passing ("flying from London to Moscow") or sets it in another province
// ("Vancouver officials flew to London").
func namesakeNamed(m *Mention, idx *placeIndex, named map[string]int, lead string, alone func(*gazetteer.Place) bool) *gazetteer.Place {
	cands := m.Candidates
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	var best *gazetteer.Place
	bestNear := -1
	for _, q := range cands {
		if q == m.Place || q.Class != "P" || named[q.Country] == 0 {
			continue
		}
		near := idx.pointsNear(q.Lat, q.Lon, isolatedKm, m.Text, true)
		if near == 0 && !(major(q) && q.Country == lead && named[q.Country] > 1 && alone(q)) {
			continue
		}
		if near > bestNear || near == bestNear && q.Population > best.Population {
			best, bestNear = q, near
		}
	}
	return best
}

// actorCountries returns the countries the article's actors name by their own words: a
// country's leader, organisation or institution ("Whitehall", "Scotland Yard"), not a role or
// title, which takes its country from the places around it ("a London doctor"), nor a town's
// name as an actor ("London said"), whose country is the question asked.
func actorCountries(ms []Mention, actors []actor.Mention) map[string]bool {
	out := map[string]bool{}
	for i := range actors {
		a := &actors[i]
		if a.Country != "" && !out[a.Country] && !contextual(a) && !atTownName(a, ms) {
			out[a.Country] = true
		}
	}
	return out
}

// contextual reports whether actor a is a role or a title alone ("doctor", "spokesperson"),
// or a person named again as one ("Haddara"), whose country comes from the text around it;
// a longer phrase names it ("Canadian officials", "the Ontario premier").
func contextual(a *actor.Mention) bool {
	role := a.Head == actor.KRole || a.Head == actor.KTitle || strings.Contains(a.Where, "/roles") || strings.Contains(a.Where, "/titles")
	return role && a.TokEnd-a.Tok <= 1
}

// atTownName reports whether actor a overlaps a mention that is no country's name (ms are in
// text order).
func atTownName(a *actor.Mention, ms []Mention) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].TokEnd > a.Tok })
	for ; i < len(ms) && ms[i].Tok < a.TokEnd; i++ {
		if !ms[i].Country {
			return true
		}
	}
	return false
}
