package place

import (
	"sort"
	"strings"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/quantity"
	"github.com/annals-org/annals/text"
)

// countryTownKm: a town named like a country is the one meant when at least minTownsNear of
// the article's other towns and counties lie within this distance of it (a local story's reach).
const (
	countryTownKm = 60
	minTownsNear  = 2
)

// townsNamedLikeCountries moves a country's name, in an article that gives no other sign of
// that country (no other place there, no actor or demonym of it), to a town of that name that
// the article's other towns and counties surround, where the text once uses the name as a
// town's (namedAsTown): "students at Lebanon High School ... Warren County officials ... in
// Lebanon, 30 miles northeast of Cincinnati" is Lebanon, Ohio, not the Levant's Lebanon; "a
// family that fled Lebanon settled in Mason" is the country. Every mention of the name moves.
// A name that is a country's is looked up as a town here only: recognition gives it the
// country and the regions of that name (fromActor), never the towns. The article's lead
// country is no test: the country's name itself, named twice, may make it the lead.
func (r *Resolver) townsNamedLikeCountries(doc *text.Doc, ms []Mention, idx *placeIndex, actors []actor.Mention) {
	var judged map[string]bool
	for i := range ms {
		m := &ms[i]
		p := m.Place
		if p == nil || !m.Country || !strings.HasPrefix(p.Feature, "PCL") || judged[m.Text] {
			continue
		}
		if judged == nil {
			judged = map[string]bool{}
		}
		judged[m.Text] = true
		own := idx.text(m.Text)
		if idx.all.countries.get(p.Country) > own.countries.get(p.Country) || actorOutside(actors, ms, m.Text, p.Country) ||
			!r.namedAsTown(doc, ms, m.Text) {
			continue
		}
		q := r.townNamedLikeCountry(m, idx)
		if q == nil {
			continue
		}
		for j := range ms {
			if ms[j].Text == m.Text && ms[j].Place == p {
				if ms[j].Explained != nil {
					ms[j].Explained = append(ms[j].Explained, Candidate{Place: q, Why: []string{"a country the article gives no other sign of, named like a town the article's other towns surround"}})
				}
				ms[j].Country = false
				idx.set(&ms[j], q)
			}
		}
	}
}

// townNamedLikeCountry returns the town called m's name, outside the country m names, with at
// least minTownsNear of the article's other towns and counties within countryTownKm (the one
// with the most), or nil.
func (r *Resolver) townNamedLikeCountry(m *Mention, idx *placeIndex) *gazetteer.Place {
	var best *gazetteer.Place
	bestNear := minTownsNear - 1
	for _, q := range r.gaz.Lookup(m.Text) {
		if q.Class != "P" || q.Country == m.Place.Country || !gazetteer.IsPrimary(q, m.Text) {
			continue
		}
		if near := idx.pointsNear(q.Lat, q.Lon, countryTownKm, m.Text, true); near > bestNear {
			best, bestNear = q, near
		}
	}
	return best
}

// actorOutside reports whether an actor of country c stands outside the mentions named text:
// a demonym ("Lebanese troops"), a leader or an institution of that country (ms are in text
// order).
func actorOutside(actors []actor.Mention, ms []Mention, text, c string) bool {
	for i := range actors {
		if a := &actors[i]; a.Country == c && !atMentionNamed(a, ms, text) {
			return true
		}
	}
	return false
}

// atMentionNamed reports whether actor a overlaps a mention named text (ms are in text order).
func atMentionNamed(a *actor.Mention, ms []Mention, text string) bool {
	j := sort.Search(len(ms), func(j int) bool { return ms[j].TokEnd > a.Tok })
	for ; j < len(ms) && ms[j].Tok < a.TokEnd; j++ {
		if ms[j].Text == text {
			return true
		}
	}
	return false
}

// namedAsTown reports whether one mention named text is followed by a town's institution or
// office ("Lebanon High School", "the Lebanon City Council", "Lebanon Mayor") or by its
// distance from another place ("Lebanon, about 30 miles northeast of Cincinnati").
func (r *Resolver) namedAsTown(doc *text.Doc, ms []Mention, text string) bool {
	for i := range ms {
		if ms[i].Text != text || ms[i].TokEnd >= len(doc.Tokens) {
			continue
		}
		k := ms[i].TokEnd
		if townOffices[doc.Tokens[k].Lower] || r.institutionAfter(doc, k) || distanceAfter(doc, k) {
			return true
		}
	}
	return false
}

// distanceAfter reports whether the tokens from k give a distance from another place: an
// optional comma and hedge, a number, a unit, then compass words and "of" or "from" ("30
// miles northeast of", ", about 50 km from").
func distanceAfter(doc *text.Doc, k int) bool {
	at := func(k int) string {
		if k < len(doc.Tokens) {
			return doc.Tokens[k].Lower
		}
		return ""
	}
	if at(k) == "," {
		k++
	}
	if distanceHedges[at(k)] {
		k++
	}
	if k >= len(doc.Tokens) || doc.Tokens[k].Tag != "CD" {
		return false
	}
	k++
	if k >= len(doc.Tokens) || !quantity.DistanceUnit(doc.Tokens[k].Lemma) {
		return false
	}
	k++
	for compassPrefix(at(k)) || compassPoint(at(k)) {
		k++
	}
	return at(k) == "of" || at(k) == "from"
}

var distanceHedges = map[string]bool{"about": true, "some": true, "roughly": true, "nearly": true, "around": true, "just": true}
