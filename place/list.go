package place

import (
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// A list of place names ("Ontario, Manitoba and Quebec", "two in Alberta and one in Quebec")
// names places of one kind: a name that may be a town or a region of the same name takes the
// kind of the others ("Quebec" the province beside provinces, the city beside cities).

// markLists gives each mention in a list of place names the other mentions of its list. A list
// is a run of mentions of one sentence joined by commas, "and" or "or" (with counts such as
// "one in" between), the run joined at least once by "and" or "or", so that "Paris, Texas"
// is no list.
func markLists(doc *text.Doc, ms []Mention) {
	start, joined := 0, false
	flush := func(end int) {
		if joined && end-start >= 2 {
			list := make([]*Mention, 0, end-start)
			for j := start; j < end; j++ {
				list = append(list, &ms[j])
			}
			for _, m := range list {
				m.list = list
			}
		}
	}
	for i := 1; i <= len(ms); i++ {
		if i < len(ms) && ms[i].Sentence == ms[i-1].Sentence {
			if ok, and := listGap(doc, ms[i-1].TokEnd, ms[i].Tok); ok {
				joined = joined || and
				continue
			}
		}
		flush(i)
		start, joined = i, false
	}
}

// listGap reports whether the tokens [from, to) join two items of a list, and whether by "and"
// or "or".
func listGap(doc *text.Doc, from, to int) (ok, and bool) {
	if gap := to - from; gap < 1 || gap > 4 {
		return false, false
	}
	comma, count := false, false
	for t := from; t < to; t++ {
		tok := &doc.Tokens[t]
		switch {
		case tok.Lower == ",":
			comma = true
		case tok.Lower == "and" || tok.Lower == "or":
			and = true
		case tok.Lower == "in" && count: // "... one in Quebec"
		case tok.Tag == "CD" || countWords[tok.Lower]:
			count = true
		default:
			return false, false
		}
	}
	return comma || and, and
}

var countWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// kindOf sorts a place into the kinds a list keeps apart: country, first-level region, town.
func kindOf(p *gazetteer.Place) string {
	switch {
	case p == nil:
		return ""
	case strings.HasPrefix(p.Feature, "PCL"):
		return "country"
	case p.Feature == "ADM1":
		return "region"
	case p.Class == "P":
		return "town"
	}
	return ""
}

// listKind is the kind of every other resolved place in m's list and how many they are, or
// "" when they differ or none is resolved.
func listKind(m *Mention) (string, int) {
	kind, n := "", 0
	for _, o := range m.list {
		if o == m || o.Place == nil {
			continue
		}
		k := kindOf(o.Place)
		if k == "" || kind != "" && k != kind {
			return "", 0
		}
		kind, n = k, n+1
	}
	return kind, n
}

// enumerated reports whether m stands in a list of three or more places, all the others
// regions or countries: "Washington, Pennsylvania and California" enumerates states, and the
// comma after Washington does not make Pennsylvania hold it.
func enumerated(m *Mention) bool {
	k, n := listKind(m)
	return n >= 2 && (k == "region" || k == "country")
}

// governmentNouns after a name make it a polity, a country or first-level region, not a town
// of the same name: "the Quebec government", "Ontario Premier", "the Texas legislature".
var governmentNouns = map[string]bool{"government": true, "premier": true, "minister": true,
	"ministry": true, "legislature": true, "governor": true, "parliament": true, "cabinet": true,
	"assembly": true, "lawmakers": true, "legislators": true}

// governed reports whether the tokens from t are a government noun, or one capitalised word (a
// portfolio: "Quebec Health Minister") and a government noun.
func governed(doc *text.Doc, t int) bool {
	if t < len(doc.Tokens) && governmentNouns[doc.Tokens[t].Lower] {
		return true
	}
	return t+1 < len(doc.Tokens) && doc.Tokens[t].Cap && governmentNouns[doc.Tokens[t+1].Lower]
}
