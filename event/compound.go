package event

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
