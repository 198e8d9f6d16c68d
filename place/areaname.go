package place

import (
	"slices"
	"strings"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// areaNames appends to out, for a listing of every place the article names (Complete), the
// countries, first-level regions and islands named by their own name on tokens not yet taken,
// where recognition leaves them out for the part they play (they locate no event): the first
// words of a longer name ("Nevada A&M University", "the Saskatchewan Lakes Rescue"), or a
// name the lexicon knows first as a common word after a preposition ("forty caps with Wales",
// "regions like Java"). A country or region named is a place mention (issue 12). Not a
// compass word ("West" is a region of Cameroon), a first name before a person's surname or initial ("Michael Tate",
// "Michael J. Tate": the longer name must go on with a common word or initials), a person's
// name the actor finder marks, nor a newspaper's, a company's, a disease's or a currency's
// (neverPlace, currencies).
func (r *Resolver) areaNames(doc *text.Doc, actors []actor.Mention, taken []bool, byText map[string]*Mention, res *Result, out []Mention) []Mention {
	var buf [4]string
	countries := articleCountries(res)
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		end := s.First + len(s.Tokens)
		for i := s.First; i < end; i++ {
			t := &doc.Tokens[i]
			if taken[i] || !t.Cap || t.Kind != text.Word || acronymWord(t.Text) {
				continue
			}
			words := buf[:0]
			for j := i; j < end && j < i+len(buf) && doc.Tokens[j].Cap; j++ {
				words = append(words, doc.Tokens[j].Text)
			}
			n, cands := r.gaz.LookupTokens(words)
			if n == 0 || !areaOwnName(cands[0], doc.Text[t.Start:doc.Tokens[i+n-1].End], countries) {
				continue
			}
			next := i + n
			longer := next < end && doc.Tokens[next].Cap && doc.Tokens[next].Kind == text.Word
			switch {
			case longer && (initialism(doc.Tokens[next].Text) || r.commonWord(doc.Tokens[next].Lower) || r.commonWord(doc.Tokens[next].Lemma)):
				// "Nevada A&M", "the Ohio Underdogs" (a plural the lexicon lacks), not "Michael Tate"
			case !longer && n == 1 && i > s.First && doc.Tokens[i-1].Tag == "IN" && r.commonWord(t.Lower): // "with Wales"
			default:
				continue
			}
			if r.notAreaMention(doc, s, actors, taken, i, next, cands) {
				i = next - 1
				continue
			}
			m := Mention{Tok: i, TokEnd: i + n, Start: t.Start, End: doc.Tokens[i+n-1].End, Sentence: si, Kind: KindPlace,
				Candidates: cands, Place: cands[0]}
			m.Text = doc.Text[m.Start:m.End]
			if same := byText[m.Text]; same != nil {
				m.Place = same.Place
			}
			m.Country = strings.HasPrefix(m.Place.Feature, "PCL")
			m.Lat, m.Lon = m.Place.Lat, m.Place.Lon
			out = append(out, m)
			i += n - 1
		}
	}
	return out
}

// articleCountries returns the countries of the article: those of its focus (the actors and
// unambiguous places) and of every place it resolved.
func articleCountries(res *Result) []string {
	var out []string
	for c := range res.Countries {
		out = append(out, c)
	}
	for i := range res.Mentions {
		if p := res.Mentions[i].Place; p != nil && p.Country != "" && !slices.Contains(out, p.Country) {
			out = append(out, p.Country)
		}
	}
	return out
}

// areaOwnName reports whether p is a country, or a first-level region or an island of a
// country the article names (articleCountries), and name p's own name, not an alternate ("Georgia" is
// the country's and the state's name; "Holland" only an alternate of the Netherlands). A
// region of a country the article leaves out is more likely a word or a given name that
// names a region somewhere ("Lakes" in South Sudan, "Paul" in Cape Verde).
func areaOwnName(p *gazetteer.Place, name string, countries []string) bool {
	first, _, _ := strings.Cut(name, " ")
	return (strings.HasPrefix(p.Feature, "PCL") || (p.Feature == "ADM1" || p.Feature == "ISL") && slices.Contains(countries, p.Country)) &&
		gazetteer.IsPrimary(p, name) && !compassPrefix(strings.ToLower(first))
}

// notAreaMention reports whether the area's name at [i, end) of sentence s names no place: a
// token of it taken or in a person's name, a sentence's first word that is a common word
// alone ("Chad", "Victoria" start sentences as given names), or a name neverPlace or a
// currency after it rules out ("the Georgia Gazette", "the US dollar").
func (r *Resolver) notAreaMention(doc *text.Doc, s *text.Sentence, actors []actor.Mention, taken []bool, i, end int, cands []*gazetteer.Place) bool {
	for t := i; t < end; t++ {
		if taken[t] {
			return true
		}
	}
	for k := range actors {
		if a := &actors[k]; a.Person && a.Tok < end && a.TokEnd > i {
			return true
		}
	}
	if i == s.First && end-i == 1 && r.commonWord(doc.Tokens[i].Lower) {
		return true
	}
	if end < len(doc.Tokens) && currencies[doc.Tokens[end].Lemma] {
		return true
	}
	return r.neverPlace(doc, s, i, end, cands)
}

// initialism reports whether w is an organisation's initials, two letters or more, maybe
// joined by "&" ("A&M", "NASA"); not one initial ("J.").
func initialism(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r != '&':
			return false
		}
	}
	return n >= 2
}
