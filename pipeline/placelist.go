package pipeline

import (
	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/place"
	"github.com/annals-org/annals/text"
)

// PlaceList returns every place mention of a, for `annals places` and its evaluation: the
// places the coder resolves (PlacesOf) and, listed with them, the countries and capitals used
// as actors and the countries' adjectives and demonyms (place.Resolver.Complete).
func (c *Coder) PlaceList(a *annals.Article) place.Result {
	return c.placeList(a, false)
}

// PlaceListExplained is PlaceList with each resolved mention's scored candidates
// (place.Mention.Explained), for annals places --explain.
func (c *Coder) PlaceListExplained(a *annals.Article) place.Result {
	return c.placeList(a, true)
}

func (c *Coder) placeList(a *annals.Article, explain bool) place.Result {
	doc := c.Analyzer.Analyze(a.Text)
	actors := c.finder.Find(doc, a.Published)
	var res place.Result
	if explain {
		res = c.Places.Explain(doc, actors)
	} else {
		res = c.Places.Places(doc, actors)
	}
	c.Places.Complete(doc, actors, &res, c.countryWords)
	return res
}

// countryWords adapts actor.Finder.CountryWord to place.CountryWords.
func (c *Coder) countryWords(doc *text.Doc, i, end int) (int, string, bool, bool) {
	stop, iso, kind, ok := c.finder.CountryWord(doc, i, end)
	return stop, iso, kind == actor.KAdj, ok
}
