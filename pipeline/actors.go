package pipeline

import (
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/place"
	"github.com/annals-org/annals/text"
)

// actors finds the actor mentions of doc and the places it names, and resolves the mentions
// in the article's context (actor.Situate): the place stage needs the mentions first, and the
// mentions then take what the places say of the article's countries.
func (c *Coder) actors(doc *text.Doc, a *annals.Article) ([]actor.Mention, place.Result) {
	mentions := c.finder.Find(doc, a.Published)
	places := c.Places.Places(doc, mentions)
	ps := actor.OwnPlaces(mentions, placeEvidence(&places))
	mentions, _ = actor.Yield(doc, mentions, ps)
	actor.Situate(doc, mentions, ps, actor.ArticleFocus(doc, mentions, ps))
	return mentions, places
}

// ActorsOf returns the actor mentions of an article as the coder resolves them.
func (c *Coder) ActorsOf(a *annals.Article) ([]actor.Mention, *text.Doc) {
	doc := c.Analyzer.Analyze(a.Text)
	ms, _ := c.actors(doc, a)
	return ms, doc
}

// placeEvidence returns the places of res for the actor stage; an unresolved one has no
// country.
func placeEvidence(res *place.Result) []actor.Place {
	out := make([]actor.Place, 0, len(res.Mentions))
	for i := range res.Mentions {
		m := &res.Mentions[i]
		p := actor.Place{Sentence: m.Sentence, Tok: m.Tok, TokEnd: m.TokEnd}
		if m.Place != nil {
			p.Country, p.State = m.Place.Country, strings.HasPrefix(m.Place.Feature, "PCL")
		}
		out = append(out, p)
	}
	return out
}
