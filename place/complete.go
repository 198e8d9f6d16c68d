package place

import (
	"sort"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// The kinds of place mention.
const (
	KindPlace    = "place"    // a name of a place
	KindDemonym  = "demonym"  // a country's adjective or demonym: "Sri Lankan", "Russians"
	KindDateline = "dateline" // the place a story was written, before its first words: "SPOKANE, Wash. —"
)

// CountryWords finds a country's name or adjective at token i of doc (ending before end): the
// end of the phrase, the country (ISO alpha-3), and whether it is an adjective or demonym.
// actor.Finder.CountryWord gives one.
type CountryWords func(doc *text.Doc, i, end int) (stop int, iso3 string, adjective bool, ok bool)

// Complete adds to res, for a listing of every place the article names (annals places and
// its evaluation), the mentions the coder leaves out because they play another part: a
// country or capital used as an actor ("Russia could oversee the vote", "Ankara denied it"),
// resolved as the article's other mentions of that name are, or as the actor's country; and
// the adjectives and demonyms of countries, as mentions of the country with Kind
// KindDemonym ("Sri Lankan officials", "two Russians"). Events are located without them.
func (r *Resolver) Complete(doc *text.Doc, actors []actor.Mention, res *Result, words CountryWords) {
	taken := make([]bool, len(doc.Tokens))
	byText := make(map[string]*Mention)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		for t := m.Tok; t < m.TokEnd && t < len(taken); t++ {
			taken[t] = true
		}
		if m.Place != nil && byText[m.Text] == nil {
			byText[m.Text] = m
		}
	}
	free := func(from, to int) bool {
		for t := from; t < to; t++ {
			if taken[t] {
				return false
			}
		}
		return true
	}
	var added []Mention
	for i := range actors {
		a := &actors[i]
		if a.Head != actor.KName && a.Head != actor.KCapital || !free(a.Tok, a.TokEnd) {
			continue
		}
		m, ok := r.fromActor(doc, a.Sentence, a)
		if !ok {
			continue
		}
		m.Kind, m.Place = KindPlace, m.Candidates[0]
		if same := byText[m.Text]; same != nil {
			m.Place = same.Place
		}
		m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
		added = append(added, m)
		for t := a.Tok; t < a.TokEnd; t++ {
			taken[t] = true
		}
	}
	added = r.demonyms(doc, taken, words, added)
	if len(added) == 0 {
		return
	}
	res.Mentions = append(res.Mentions, added...)
	sort.SliceStable(res.Mentions, func(i, j int) bool { return res.Mentions[i].Start < res.Mentions[j].Start })
}

// demonyms appends to out a mention of the country for every country adjective or demonym on
// tokens not yet taken.
func (r *Resolver) demonyms(doc *text.Doc, taken []bool, words CountryWords, out []Mention) []Mention {
	if words == nil {
		return out
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			if taken[i] || !doc.Tokens[i].Cap {
				continue
			}
			stop, iso, adj, ok := words(doc, i, end)
			c := r.gaz.Country(iso)
			if !ok || !adj || c == nil {
				continue
			}
			blocked := false
			for t := i; t < stop; t++ {
				blocked = blocked || taken[t]
			}
			if blocked {
				continue
			}
			m := Mention{Tok: i, TokEnd: stop, Start: doc.Tokens[i].Start, End: doc.Tokens[stop-1].End, Sentence: si,
				Kind: KindDemonym, Place: c, Candidates: []*gazetteer.Place{c}, Country: true, Lat: c.Lat, Lon: c.Lon}
			m.Text = doc.Text[m.Start:m.End]
			out = append(out, m)
			i = stop - 1
		}
	}
	return out
}
