package actor

import "github.com/annals-org/annals/text"

// Officers. "Officer" alone is a police officer, a soldier, or a company's or a party's
// officer, so the dictionaries leave it out; a story that has just named the police or an
// army tells which: "Police surrounded the house. The suspect shot an officer" is the
// police's.

// forceReach is how many sentences after the police or an armed force was named a bare
// "officer" still belongs to it.
const forceReach = 3

// officers returns the role entry of a bare "officer" or "officers" at token i of toks, in
// sentence si: the role of the police or armed force named last, within forceReach
// sentences, or nil. Only after a determiner, a number or nothing ("an officer", "two
// officers"): "the chief financial officer" is someone else's. A capitalised "Officer" is a
// title or a name's part, left to the dictionaries.
func officers(toks []text.Token, i, si int, mem *memory, ps []piece) *entry {
	t := &toks[i]
	if t.Cap || t.Lower != "officer" && t.Lower != "officers" {
		return nil
	}
	force := ""
	for k := len(ps) - 1; k >= 0 && force == ""; k-- {
		// "Police said the officers were attacked": a force named before in the sentence.
		if ps[k].e.kind == KRole || ps[k].e.kind == KMetonym {
			force = forceRole(ps[k].e.code)
		}
	}
	if force == "" && mem.forceSentence >= 0 && si-mem.forceSentence <= forceReach {
		force = mem.force
	}
	if force == "" {
		return nil
	}
	if i > 0 && toks[i-1].Kind == text.Word && toks[i-1].Tag != "DT" && toks[i-1].Tag != "CD" && toks[i-1].Tag != "PRP$" {
		return nil
	}
	return &entry{kind: KRole, code: force, where: "context: an officer of the force named before"}
}

// rememberForce keeps the role of the last police or armed force among ms, the mentions of
// sentence si.
func rememberForce(ms []Mention, si int, mem *memory) {
	for i := range ms {
		m := &ms[i]
		if role := forceRole(m.Code); role != "" && !m.Person {
			mem.force, mem.forceSentence = role, si
		}
	}
}

// forceRole returns the role of a police or armed force's code ("KENCOP", "MIL"), or "".
func forceRole(code string) string {
	if n := len(code); n >= 3 && (code[n-3:] == "COP" || code[n-3:] == "MIL") {
		return code[n-3:]
	}
	return ""
}
