package event

import (
	"github.com/annals-org/annals/actor"
)

// Compound actors. Coordinated actors each take part in an act: "Syrian government and Russian
// warplanes carried out air strikes" is one event per source, "removed Turkey and Poland from
// the list" one per target. A reciprocal act of coordinated sources ("Kenya and Uganda agreed",
// "met", "signed", "clashed", "fought one another") is, by CAMEO's convention, each one's
// act towards the other: A→B and B→A.

// maxParties bounds the actors paired in one reciprocal act: n actors give n(n-1) events.
const maxParties = 4

// spread appends e and the events of the actors coordinated with its source src and target
// tgt (indices into v.mentions, or noMention).
func (v *sentenceView) spread(out []Event, e Event, src, tgt int) []Event {
	srcs := v.conjuncts(src)
	if len(srcs) > 0 && (e.Target == nil || e.mutual || containsInt(srcs, tgt)) && v.reciprocal(&e) {
		parties := append([]int{src}, srcs...)
		if len(parties) > maxParties {
			parties = parties[:maxParties]
		}
		for _, a := range parties {
			for _, b := range parties {
				if a != b {
					co := e
					co.Source, co.Target = v.mention(a), v.mention(b)
					out = append(out, co)
				}
			}
		}
		return out
	}
	out = append(out, e)
	for _, k := range srcs {
		co := e
		co.Source = v.mention(k)
		out = append(out, co)
	}
	for _, k := range v.conjuncts(tgt) {
		co := e
		co.Target = v.mention(k)
		out = append(out, co)
	}
	return out
}

// reciprocalHeads name acts done with one another rather than to a target.
var reciprocalHeads = map[string]bool{"agree": true, "meet": true, "sign": true, "discuss": true, "talk": true,
	"negotiate": true, "cooperate": true, "clash": true, "fight": true, "skirmish": true, "reconcile": true,
	"agreement": true, "deal": true, "talks": true, "meeting": true, "accord": true, "treaty": true}

// reciprocal reports whether e is an act its coordinated sources do with one another: a
// reciprocal verb or noun, talks and meetings (CAMEO 04 but for visits and hosting, which
// have a direction), signing an agreement (057), or an act on "each other".
func (v *sentenceView) reciprocal(e *Event) bool {
	if e.mutual || reciprocalHeads[e.Pattern.Head] || mutual[e.Pattern.Head] {
		return true
	}
	c := string(e.Code)
	switch {
	case len(c) >= 3 && (c[:3] == "042" || c[:3] == "043"):
		return false
	case c[:2] == "04", len(c) >= 3 && c[:3] == "057":
		return true
	}
	return false
}

// eachOther reports whether "each other" or "one another" starts at token i.
func (v *sentenceView) eachOther(i int) bool {
	if i+1 >= v.end {
		return false
	}
	a, b := v.toks[i].Lower, v.toks[i+1].Lower
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// skipEachOther returns the position after the "each other" found at or after p.
func (v *sentenceView) skipEachOther(p int) int {
	for i := p; i+1 < v.end; i++ {
		if v.eachOther(i) {
			return i + 2
		}
	}
	return p
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// afterBetween reports whether "between" opens mention m's phrase: "a deal between the
// United States and China was ..." joins the two sides, whatever verb follows.
func (v *sentenceView) afterBetween(m *actor.Mention) bool {
	for i := m.Tok - 1; i >= v.first && i >= m.Tok-3; i-- {
		if v.toks[i].Lower == "between" {
			return true
		}
		if !skippable(&v.toks[i]) {
			return false
		}
	}
	return false
}

// opensClause reports whether a finite verb follows mention m, past adverbs: m is the
// subject of a clause of its own ("... and two activists were arrested").
func (v *sentenceView) opensClause(m *actor.Mention) bool {
	for i := m.TokEnd; i < v.end && i < m.TokEnd+3; i++ {
		switch t := &v.toks[i]; {
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return true
		case !t.Tag.IsAdverb():
			return false
		}
	}
	return false
}

// between reads "between A and B" right after a noun event, returning both sides.
func (v *sentenceView) between(p int) (a, b int, ok bool) {
	if p >= v.end || v.toks[p].Lower != "between" {
		return noMention, noMention, false
	}
	a, b = noMention, noMention
	for i := p + 1; i < v.end && i < p+14; i++ {
		t := &v.toks[i]
		if clauseBreak(t) {
			break
		}
		if k, found := v.startsAt[i]; found {
			if a == noMention {
				a = k
				i = v.mentions[k].TokEnd - 1
				continue
			}
			if v.toks[i-1].Lower == "and" || i >= 2 && v.toks[i-2].Lower == "and" {
				b = k
				break
			}
		}
	}
	if a != noMention && b == noMention && v.mentions[a].Plural {
		// "a clash between two groups of villagers": one crowd on both sides.
		return a, noMention, true
	}
	return a, b, a != noMention && b != noMention
}

// personNouns head a "the two ..." mention of two people (see pairOf). "The two sides" after
// a meeting of leaders are the leaders, not their ministries or countries named between.
var personNouns = map[string]bool{"leader": true, "president": true, "minister": true, "counterpart": true,
	"premier": true, "side": true}

// pairOf resolves a "the two leaders" mention (index k) to the two distinct actors named last
// before it, in the same sentence or the one before; persons first for "leaders".
func (v *sentenceView) pairOf(k int) (a, b int) {
	both := v.mention(k)
	// "The two leaders" are people: skip the ministries and countries named between.
	persons := personNouns[v.toks[both.TokEnd-1].Lemma]
	var found []int
	for j := v.base + k - 1; j >= 0 && len(found) < 2; j-- {
		m := &v.all[j]
		if m.Sentence < both.Sentence-1 {
			break
		}
		if m.Both || m.Locative || m.Country == "" && m.Role == "" || m.Code == "" || persons && !m.Person {
			continue
		}
		dup := false
		for _, f := range found {
			if v.all[f].Code == m.Code {
				dup = true
			}
		}
		if !dup {
			found = append(found, j)
		}
	}
	if len(found) < 2 {
		return noMention, noMention
	}
	return found[1] - v.base, found[0] - v.base
}

// roleOf returns the plural role mention whose country the country mention j gives after
// "of" or "from" ("the foreign ministers of Kenya": the ministers, for Kenya), or noMention.
func (v *sentenceView) roleOf(j int) int {
	if j <= 0 || j >= len(v.mentions) {
		return noMention
	}
	a, r := &v.mentions[j], &v.mentions[j-1]
	if !a.Locative || !r.Plural || r.Role == "" || r.Country != a.Country || r.TokEnd != a.Tok-1 || v.toks[r.TokEnd].Lower != "of" && v.toks[r.TokEnd].Lower != "from" {
		return noMention
	}
	return j - 1
}

// conjuncts returns the mentions coordinated with mention k by "and" or commas, before and
// after it in the same sentence ("Hungarian and Romanian officials", "Iran and Turkey").
func (v *sentenceView) conjuncts(k int) []int {
	if k == noMention || k < 0 || k >= len(v.mentions) {
		return nil
	}
	var out []int
	joined := func(a, b *actor.Mention) bool { // a before b
		gap := b.Tok - a.TokEnd
		if gap >= 2 && v.relationApposition(a.TokEnd, b.Tok) {
			return true // "Kenya and its neighbour Uganda", "Kenya and neighbouring Uganda"
		}
		if gap < 1 || gap > 2 {
			return false
		}
		for i := a.TokEnd; i < b.Tok; i++ {
			// "Jane Doe and her Ugandan counterpart": a possessive determiner after "and".
			if l := v.toks[i].Lower; l != "and" && l != "," && l != "the" && !(v.toks[i].Tag == "PRP$" && i > a.TokEnd) {
				return false
			}
		}
		return true
	}
	for j := k - 1; j >= 0 && joined(&v.mentions[j], &v.mentions[j+1]); j-- {
		if r := v.roleOf(j); r != noMention && v.mentions[r].Role == v.mentions[k].Role {
			// "the foreign ministers of Kenya and Uganda met": the ministers are Kenya's
			// side (the actor stage gave Uganda their role).
			out = append(out, r)
			break
		}
		if v.opensClause(&v.mentions[k]) && !v.inSubjectPosition(&v.mentions[j]) && !v.afterBetween(&v.mentions[j]) {
			break // the same, seen from the new clause's subject
		}
		if v.mentions[j].Code != v.mentions[k].Code && !v.mentions[j].Locative {
			out = append(out, j)
		}
	}
	start := k + 1
	if v.roleOf(k+1) == k {
		start = k + 2 // "met the foreign ministers of Kenya and Uganda": past Kenya
	}
	for j := start; j < len(v.mentions) && joined(&v.mentions[j-1], &v.mentions[j]); j++ {
		if v.opensClause(&v.mentions[j]) && !v.inSubjectPosition(&v.mentions[k]) && !v.afterBetween(&v.mentions[k]) {
			// "raided the offices of the party and two activists were arrested": an
			// object's "and" before a new clause's subject joins clauses, not actors.
			break
		}
		if v.mentions[j].Code != v.mentions[k].Code && !v.mentions[j].Locative {
			out = append(out, j)
		}
	}
	return out
}

// relationApposition reports whether tokens [from, to) are "and" with a possessive and a noun
// of a relation between states before the second actor's name ("and its neighbour", "and
// its close ally"), or "and" with an adjective of one ("and neighbouring"): the name is the
// noun's apposition, so the two actors are coordinated.
func (v *sentenceView) relationApposition(from, to int) bool {
	if to-from > 4 || v.toks[from].Lower != "and" {
		return false
	}
	if to-from == 2 {
		return relationAdjectives[v.toks[from+1].Lower]
	}
	if v.toks[from+1].Tag != "PRP$" || !relationNouns[v.toks[to-1].Lemma] {
		return false
	}
	for i := from + 2; i < to-1; i++ {
		// Modifiers of the noun: "its close ally" (the tagger may read "close" as a noun).
		if t := &v.toks[i]; t.Cap || !t.Tag.IsAdj() && t.Tag != "NN" {
			return false
		}
	}
	return true
}

// relationNouns name one state's relation to another: "its neighbour Uganda".
var relationNouns = map[string]bool{"neighbour": true, "neighbor": true, "ally": true, "partner": true,
	"rival": true, "arch-rival": true, "foe": true}

// relationAdjectives before a state's name say how it stands to the one named before:
// "Kenya and neighbouring Uganda".
var relationAdjectives = map[string]bool{"neighbouring": true, "neighboring": true, "allied": true}
