package place

import "github.com/annals-org/annals/gazetteer"

// namesakeBeyondKm: a namesake past the candidates scored must lie this close to another town
// or county of the article to replace the place chosen (a district's width).
const namesakeBeyondKm = 50

// namesakesBeyondCut gives a name of more than maxCandidates places ("San Juan", "Santa
// Rosa"), resolved far from every other place of the article, its namesake past the
// candidates best scores that lies within namesakeBeyondKm of the article's other towns (the
// one near the most): the gazetteer ranks a village of a common name far down the list,
// where best does not look, and "the communities of San Juan and Choropampa" in Cajamarca are
// no capital of Puerto Rico. Each name is looked at once; the scan is linear in its candidates.
func namesakesBeyondCut(ms []Mention, idx *placeIndex) {
	var judged map[string]bool
	var moved map[placeName]*gazetteer.Place
	for i := range ms {
		m := &ms[i]
		if m.Place == nil || m.Country || len(m.Candidates) <= maxCandidates || judged[m.Text] {
			continue
		}
		if judged == nil {
			judged = map[string]bool{}
		}
		judged[m.Text] = true
		if idx.pointsWithin(m, isolatedKm) > 0 {
			continue
		}
		var best *gazetteer.Place
		bestNear := 0
		for _, q := range m.Candidates[maxCandidates:] {
			if q.Class != "P" && q.Feature != "ADM2" {
				continue
			}
			if near := idx.pointsNear(q.Lat, q.Lon, namesakeBeyondKm, m.Text, true); near > bestNear {
				best, bestNear = q, near
			}
		}
		if best == nil {
			continue
		}
		if m.Explained != nil {
			m.Explained = append(m.Explained, Candidate{Place: best, Why: []string{"resolved far from the article's other places: a namesake past the candidates scored, near them"}})
		}
		if moved == nil {
			moved = map[placeName]*gazetteer.Place{}
		}
		moved[placeName{m.Place, m.Text}] = best
	}
	if moved == nil {
		return
	}
	for j := range ms { // in one pass: the scan stays linear
		if q := moved[placeName{ms[j].Place, ms[j].Text}]; q != nil {
			idx.set(&ms[j], q)
		}
	}
}
