package place

import (
	"slices"
	"sort"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// The article's country focus: how much its actors and its places that lie in one country
// each name each country, as shares that sum to one. Resolution weighs a candidate by its
// country's share, and the country with the most is the article's lead.

// focus weighs the countries of the article: named actors count once, a country named as a
// place twice, and a name whose candidates all lie in one country once.
func (r *Resolver) focus(doc *text.Doc, ms []Mention, actors []actor.Mention) map[string]float64 {
	f := map[string]float64{}
	for i := range actors {
		a := &actors[i]
		if a.TokEnd < len(doc.Tokens) && currencies[doc.Tokens[a.TokEnd].Lemma] {
			continue // "the US dollar" says nothing of where the story is
		}
		if a.Country != "" && !atSharedCountryName(a, ms) {
			f[a.Country]++
		}
	}
	for _, m := range ms {
		switch {
		case m.Country && sharedCountryName(&m):
			// "Georgia" is also a US state: the other places tell which (Places weighs both)
		case m.Country:
			f[m.Candidates[0].Country] += 2
		case m.variant:
			// another spelling's places say nothing of the article's country
		default:
			// A one-word name the gazetteer knows only as a small village is weak evidence:
			// most villages are missing, and an unknown one often matches a namesake elsewhere
			// ("Karan" in Mogadishu is no Iranian village); a longer name is not.
			if c := onlyCountry(m.Candidates); c != "" && (m.TokEnd-m.Tok > 1 || slices.ContainsFunc(m.Candidates, bigEnough)) {
				f[c]++
			}
		}
	}
	total := 0.0
	for _, v := range f {
		total += v
	}
	for k := range f {
		f[k] /= total
	}
	return f
}

// sharedCountryName reports whether country mention m names a region of another country too
// ("Georgia"), so that it says nothing of the article's country by itself.
func sharedCountryName(m *Mention) bool {
	return m.Country && onlyCountry(m.Candidates) == ""
}

// atSharedCountryName reports whether actor a overlaps a mention of a country's name that a
// region of another country shares ("the Georgia State Patrol"; ms are in text order).
func atSharedCountryName(a *actor.Mention, ms []Mention) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].TokEnd > a.Tok })
	for ; i < len(ms) && ms[i].Tok < a.TokEnd; i++ {
		if sharedCountryName(&ms[i]) {
			return true
		}
	}
	return false
}

// onlyCountry returns the country of every candidate, or "" when they lie in several (or none).
func onlyCountry(cands []*gazetteer.Place) string {
	if len(cands) == 0 {
		return ""
	}
	c := cands[0].Country
	for _, p := range cands[1:] {
		if p.Country != c {
			return ""
		}
	}
	return c
}

// top returns the country with the largest share of f, the first in name order on a tie, or
// "" for none: the article's lead country.
func top(f map[string]float64) string {
	best, v := "", 0.0
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if f[k] > v {
			best, v = k, f[k]
		}
	}
	return best
}
