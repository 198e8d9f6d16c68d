package actor

import "github.com/annals-org/annals/text"

// The countries a role mention takes from the rest of its phrase: a place after it ("rebels in
// the Ivory Coast"), a country after "of" ("the foreign ministers of Kenya and Uganda").

// placeCountries gives a country to role mentions that lack one from the rest of their
// phrase: "rebels in the Ivory Coast", "demonstrators in Baghdad" (a place phrase right after
// the role), and "Iran's religious leader, Ayatollah Khomeini" (a person in apposition to a
// country-coded actor).
func (f *Finder) placeCountries(toks []text.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		// "King Hassan of Morocco", "ethnic Albanians in Serbia": a person or a people
		// placed in a country belongs to it.
		if (m.Person || m.Unlisted || m.Head == KAdj && m.Role == "") && i+1 < len(ms) && ms[i+1].Head == KName && f.placedIn(toks, m.TokEnd, ms[i+1].Tok, m.Person) {
			if m.Head == KAdj {
				m.Country, m.Code = ms[i+1].Country, ms[i+1].Country
			} else {
				m.setCountry(ms[i+1].Country)
			}
			continue
		}
		if m.Country != "" || m.Role == "" || m.Code != m.Role && !m.Person {
			continue
		}
		if i > 0 && ms[i-1].Country != "" && ms[i-1].Person && ms[i-1].Possessive && ms[i-1].TokEnd == m.Tok-1 {
			// "President Jane Doe's administration", "Doe's spokesman": the person's
			// government and staff are of the person's country.
			m.setCountry(ms[i-1].Country)
			continue
		}
		if i > 0 && ms[i-1].Country != "" && !ms[i-1].Locative && m.Tok > 0 && (toks[m.Tok-1].Lower == "its" || toks[m.Tok-1].Lower == "their") {
			// "Bosnian Serbs said their forces": the forces of the actor just named.
			m.setCountry(ms[i-1].Country)
			continue
		}
		if i > 0 && ms[i-1].Country != "" && ms[i-1].TokEnd == m.Tok-1 && (toks[m.Tok-1].Lower == "and" || toks[m.Tok-1].Text == "&") && ms[i-1].Role != "" {
			// "Israeli helicopters and tanks": the second conjunct shares the country; headlines
			// write the "and" as "&".
			m.setCountry(ms[i-1].Country)
			continue
		}
		if i > 0 && ms[i-1].Country != "" && (ms[i-1].TokEnd == m.Tok || ms[i-1].TokEnd == m.Tok-1 && toks[m.Tok-1].Lower == ",") {
			m.setCountry(ms[i-1].Country)
			continue
		}
		if i+1 < len(ms) && isCountryWord(ms[i+1].Head) && ms[i+1].Country != "" {
			gap := ms[i+1].Tok - m.TokEnd
			if gap >= 1 && gap <= 2 && placePrepositions[toks[m.TokEnd].Lower] && (gap == 1 || toks[m.TokEnd+1].Tag == "DT") {
				m.setCountry(ms[i+1].Country)
				sharedRole(toks, m, ms[i+1:])
			}
		}
	}
}

// sharedRole gives role mention m's role to the countries coordinated with the one after
// "of" or "from" that gave m its country: "the foreign ministers of Kenya and Uganda" are
// Kenya's and Uganda's (ms[0] is Kenya). Only a plural role is shared: the ministers are
// several.
func sharedRole(toks []text.Token, m *Mention, ms []Mention) {
	if w := toks[m.TokEnd].Lower; !m.Plural || w != "of" && w != "from" {
		return
	}
	for j := 1; j < len(ms); j++ {
		b, a := &ms[j], &ms[j-1]
		gap := b.Tok - a.TokEnd
		if gap < 1 || gap > 2 || !isCountryWord(b.Head) || b.Country == "" || b.Code != b.Country || b.Possessive {
			return
		}
		for k := a.TokEnd; k < b.Tok; k++ {
			if w := toks[k].Lower; w != "and" && w != "," && w != "the" {
				return
			}
		}
		b.Role, b.Code, b.Plural = m.Role, b.Country+m.Role, true
	}
}

// placedIn reports whether the tokens [from, to) place an actor in the country named at to:
// "of" (persons only: "King Hassan of Morocco") or "in", "of" before a people, with at most
// one adjective between ("of southern Serbia").
func (f *Finder) placedIn(toks []text.Token, from, to int, person bool) bool {
	gap := to - from
	if gap < 1 || gap > 2 {
		return false
	}
	p := toks[from].Lower
	if p != "of" && (person || p != "in" && p != "from") {
		return false
	}
	return gap == 1 || toks[from+1].Tag.IsAdj() || toks[from+1].Tag == "DT"
}
