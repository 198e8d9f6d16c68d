package place

import (
	"math"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// Containers: the place the text says holds a name ("Pandi, Bulacan", "Kinda in Idleb",
// "Cairo's Abbasiya district"), and where a name the gazetteer lacks there is put.

// container returns the place that the text says holds mention i: "Vardenis in the
// Gegharkunik Province", "Pandi, Bulacan", "Dunda (Uttarakhand)", "the town of X in Y", or
// the town whose part it names ("Cairo's Abbasiya district").
func (r *Resolver) container(doc *text.Doc, ms []Mention, i int) *gazetteer.Place {
	if c := containerMention(doc, ms, i); c != nil {
		return c.Place
	}
	return nil
}

// containerMention returns the resolved mention that holds mention i in the text (see
// container), or nil.
func containerMention(doc *text.Doc, ms []Mention, i int) *Mention {
	m := &ms[i]
	if c := nextContainer(doc, ms, i); c != nil {
		return c
	}
	// "Cairo's Abbasiya district", "the Cincinnati suburb of Norwood": the town right before.
	if m.part && i > 0 && ms[i-1].Place != nil && ms[i-1].Place.Class == "P" && ms[i-1].Sentence == m.Sentence && m.Tok-ms[i-1].TokEnd <= 2 {
		return &ms[i-1]
	}
	// A list's names share the container named after its last: "the villages of Foua and
	// Kfraya in Idlib", "the towns of Haris and Varzaqan in East Azerbaijan".
	if n := len(m.list); n > 1 && m.list[n-1] != m {
		for j := i + 1; j < len(ms) && ms[j].Sentence == m.Sentence; j++ {
			if &ms[j] != m.list[n-1] {
				continue
			}
			if c := nextContainer(doc, ms, j); c != nil {
				return c
			}
			break
		}
	}
	return nil
}

// nextContainer returns the resolved mention right after mention i that holds it ("Pandi,
// Bulacan", "X in the Y province"), or nil.
func nextContainer(doc *text.Doc, ms []Mention, i int) *Mention {
	m := &ms[i]
	if i+1 < len(ms) && ms[i+1].Sentence == m.Sentence && ms[i+1].Place != nil && containerGap(doc, m.TokEnd, ms[i+1].Tok) && !enumerated(m) {
		return &ms[i+1]
	}
	return nil
}

// townParts after a name make it a part of a town: "Giza's Haram district".
var townParts = map[string]bool{"district": true, "neighbourhood": true, "neighborhood": true, "quarter": true, "suburb": true}

// possessiveMark reports whether w is the possessive ending: "'s", "’s".
func possessiveMark(w string) bool {
	return w == "'s" || w == "’s"
}

// inContainer returns the place of m, named with its container in but known there by no
// candidate: the village of its name there (regionVillage), else the container's own point;
// explained with score.
func (r *Resolver) inContainer(m *Mention, in *gazetteer.Place, score float64) *gazetteer.Place {
	p, why := in, "no candidate lies in "+in.Name+", named with it: its own point"
	if v := r.regionVillage(m.Text, in); v != nil {
		p, why = v, "no candidate lies in "+in.Name+", named with it: the village of that name there"
	}
	if m.Explained != nil {
		m.Explained = append(m.Explained, Candidate{Place: p, Score: score, Why: []string{why}})
	}
	return p
}

// placeUnresolved puts each mention left unresolved whose container the text names (a
// region, a district or a town, holdsTowns) at a village of its name there or at the
// container's point: "Greenlane, Auckland", "the village of Cellardyke in Fife"; with no
// container, a name the gazetteer lacks goes to the only village of its name in the article's
// country (lead), if there is one. It runs after the resolution, so that such a point weighs
// on no other choice.
func (r *Resolver) placeUnresolved(doc *text.Doc, ms []Mention, idx *placeIndex, lead string) {
	for i := range ms {
		if ms[i].Place != nil || ms[i].Country {
			continue
		}
		in := r.container(doc, ms, i)
		if in == nil || !holdsTowns(in) {
			if v := r.onlyVillageIn(ms[i].Text, lead); v != nil && ms[i].variant {
				if ms[i].Explained != nil {
					ms[i].Explained = append(ms[i].Explained, Candidate{Place: v, Why: []string{"a name the gazetteer's towns lack: the only village of that name in " + lead + ", the article's country"}})
				}
				idx.set(&ms[i], v)
			}
			continue
		}
		// The container's own resolution must be sure: a town named as the gazetteer names it,
		// of the kind its place noun asks for ("Dessa" is not Dessie, the "Chui region" no town).
		if c := containerMention(doc, ms, i); in.Class == "P" && (!gazetteer.IsPrimary(in, c.Text) || c.want == "A") {
			continue
		}
		idx.set(&ms[i], r.inContainer(&ms[i], in, 0))
	}
}

// regionVillage returns the village called name (gazetteer.Villages) in first-level region in,
// or within townRadiusKm of town or district in, the nearest to its point, or nil. Asked only
// where the text names the container with the name.
func (r *Resolver) regionVillage(name string, in *gazetteer.Place) *gazetteer.Place {
	var best *gazetteer.Place
	bestKm := math.MaxFloat64
	for _, v := range r.gaz.Villages(name) {
		if v.Country != in.Country || in.Feature == "ADM1" && (v.Admin1 == "" || v.Admin1 != in.Admin1) {
			continue
		}
		km := gazetteer.DistanceKm(v.Lat, v.Lon, in.Lat, in.Lon)
		if in.Feature != "ADM1" && km >= townRadiusKm {
			continue
		}
		if km < bestKm {
			best, bestKm = v, km
		}
	}
	return best
}

// regionOnly reports whether no candidate of a name lies in the first-level region the text
// names after it ("Holliday, Mo.", "Pelkirrow, Manitoba": towns the gazetteer lacks there),
// though one lies in the region's country, or the name has none: the region is then all the
// text says of where the place lies, and a namesake elsewhere is wrong. A city of 100,000
// people elsewhere ("Bhagalpur, Madhya Pradesh") rather says the text misnames its region,
// candidates only abroad that the region was misread ("Recanto das Emas, Distrito Federal"
// is Brazil's, not Venezuela's), and an area is no town the region holds but one of a list
// ("Alberta, Saskatchewan"). But a region in the article's lead country was not misread: its
// namesakes abroad, cities too, are other places ("Stroud, Ontario" and "a Bradford, Ontario
// court" in a story about Canada are no towns of England).
func regionOnly(cands []*gazetteer.Place, in *gazetteer.Place, lead string) bool {
	sure := in.Country == lead
	sameCountry := false
	for _, c := range cands {
		if c == in || c.Class != "P" || within(c, in) || major(c) && !(sure && c.Country != in.Country) {
			return false
		}
		sameCountry = sameCountry || c.Country == in.Country
	}
	return len(cands) == 0 || sameCountry || sure
}

// villageOnly reports whether no candidate of a name lies in region in and none is a town of
// 100,000 people or an area: a village of the name in the region (gazetteer.Villages) then
// wins over the namesakes abroad ("Churchill, Man." is the village in Manitoba, not a
// Churchill in Pennsylvania).
func villageOnly(cands []*gazetteer.Place, in *gazetteer.Place) bool {
	for _, c := range cands {
		if c == in || c.Class != "P" || within(c, in) || major(c) {
			return false
		}
	}
	return true
}

// noneWithin reports whether no candidate lies within container in: the part of a town named
// with it ("Giza's Haram district") is then no namesake elsewhere ("Haram" in Norway).
func noneWithin(cands []*gazetteer.Place, in *gazetteer.Place) bool {
	for _, c := range cands {
		if within(c, in) {
			return false
		}
	}
	return true
}

// villagesAtHome moves each mention resolved to a small town abroad, in an article about
// another country (focus at least 0.4), none of whose candidates lies in that country, to the
// only village of its name there (gazetteer.Villages): "doctors at the hospital in
// Churchill" in a story about Manitoba is the village on Hudson Bay, not a Churchill in
// Pennsylvania. The score of a town abroad already falls in such an article; this gives the
// name the place the towns' table lacks.
func (r *Resolver) villagesAtHome(ms []Mention, idx *placeIndex, focus map[string]float64, lead string) {
	if lead == "" || focus[lead] < 0.4 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Place == nil || m.Country || !minor(m.Place) || m.Place.Country == lead || m.holds != nil {
			continue
		}
		home := false
		for _, c := range m.Candidates {
			home = home || c.Country == lead
		}
		if home {
			continue
		}
		v := r.onlyVillageIn(m.Text, lead)
		if v == nil {
			continue
		}
		if m.Explained != nil {
			m.Explained = append(m.Explained, Candidate{Place: v, Why: []string{"a small town abroad in an article about " + lead + ": the only village of that name there"}})
		}
		idx.set(m, v)
	}
}

// onlyVillageIn returns the one village called name (gazetteer.Villages) in country, or nil
// when there is none or more than one: a name the text marks as a place ("the villages of X
// and Y") that the towns lack, in an article about that country.
func (r *Resolver) onlyVillageIn(name, country string) *gazetteer.Place {
	if country == "" {
		return nil
	}
	var found *gazetteer.Place
	for _, v := range r.gaz.Villages(name) {
		if v.Country != country {
			continue
		}
		if found != nil {
			return nil
		}
		found = v
	}
	return found
}

// holdsTowns reports whether a container the text names can hold a place the gazetteer lacks,
// which is then put at the container's point (or at a village of its name there): a
// first-level region, a district, or a town ("Greenlane, Auckland", "the village of
// Cellardyke in Fife"); not a country, too large for its point to say where the place lies.
func holdsTowns(in *gazetteer.Place) bool {
	return in.Feature == "ADM1" || in.Feature == "ADM2" || in.Class == "P"
}

// containerGap reports whether the tokens [from, to) between two place names make the second
// hold the first, or lie near it: "Pandi, Bulacan", "Vardenis in the Gegharkunik Province",
// "Dunda (Uttarakhand)", "Edmonton, south of Cairns", "Crawford County located in Ohio".
func containerGap(doc *text.Doc, from, to int) bool {
	if gap := to - from; gap < 1 || gap > 3 {
		return false
	}
	for t := from; t < to; t++ {
		switch doc.Tokens[t].Lower {
		case "in", ",", "(", "of", "the", "province", "region", "district", "state", "county", "near", "located", "situated",
			"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside":
		default:
			return false
		}
	}
	return true
}
