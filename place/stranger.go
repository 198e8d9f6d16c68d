package place

import "slices"

// strangerOthers: an article must name at least this many other towns and regions before a
// lone small town in a country it says nothing else of is doubted.
const strangerOthers = 3

// unguessStrangers leaves unresolved a small town that is the only candidate of its name, in a
// country the article gives no other sign of (no actor, no country named, no other place
// there: focus 0), more than isolatedKm from each of its at least strangerOthers other towns
// and regions: "a sushi bar in Piccadilly" in a story set in London and Moscow is no hamlet of
// Western Australia, though the places around it lie in two countries (which unguess needs
// to be one). It runs on the mentions dropStrays kept, and returns diags with the doubt
// about each such mention in place of the ones it had.
func unguessStrangers(ms []Mention, diags []Diagnostic, focus map[string]float64) []Diagnostic {
	var idx *placeIndex
	for i := range ms {
		m := &ms[i]
		p := m.Place
		if p == nil || m.Country || !minor(p) || len(m.Candidates) != 1 || focus[p.Country] > 0 {
			continue
		}
		if idx == nil {
			idx = newPlaceIndex(ms) // for the few articles that get this far
		}
		own := idx.text(m.Text)
		if idx.all.points-own.points < strangerOthers || idx.all.countries.get(p.Country) > own.countries.get(p.Country) ||
			idx.pointsNear(p.Lat, p.Lon, isolatedKm, m.Text, false) > 0 {
			continue
		}
		diags = slices.DeleteFunc(diags, func(d Diagnostic) bool { return d.Start == m.Start && d.End == m.End })
		diags = append(diags, Diagnostic{Start: m.Start, End: m.End, Message: "left unresolved: the only candidate, " + p.Name + " (" + p.Country + "), lies in a country the article says nothing else of, far from its other places"})
		idx.set(m, nil)
		m.Lat, m.Lon = 0, 0
	}
	return diags
}
