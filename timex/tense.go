package timex

// tense guesses the tense of the verb that governs the expression in tokens [i, j): the
// nearest tense cue within the sentence, before or after it ("was", "-ed" verbs: past;
// "will", "expected": future; "is": present).
func (p *parser) tense(i, j int) Tense {
	back, bd := Unknown, 1<<30
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		if p.boundary(k) {
			break
		}
		if c := cue(&p.toks[k]); c != Unknown {
			back, bd = c, i-k
			break
		}
	}
	for k := j; k < len(p.toks) && k-j < 12; k++ {
		if p.boundary(k) {
			break
		}
		if c := cue(&p.toks[k]); c != Unknown {
			if 2*(k-j+1) < bd {
				return c
			}
			break
		}
	}
	return back
}

// boundary reports whether token k ends a sentence or clause.
func (p *parser) boundary(k int) bool {
	t := &p.toks[k]
	if t.kind != tPunct || t.end-t.start != 1 {
		return false
	}
	switch p.text[t.start] {
	case '!', '?', ';':
		return true
	case '.':
		n := p.tok(k + 1)
		return n == nil || n.kind != tNum && (n.cap || n.kind == tPunct)
	}
	return false
}

// cue is the tense a token points to, or Unknown.
func cue(t *token) Tense {
	if t.kind != tWord {
		return Unknown
	}
	if t.lx != nil && t.lx.tense != Unknown {
		return t.lx.tense
	}
	if t.past {
		return Past
	}
	if n := len(t.w); n > 3 && t.w[n-3:] == "'ll" {
		return Future
	}
	return Unknown
}
