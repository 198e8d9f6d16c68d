package event

// cueList holds status cues in their table's order, indexed by first word, so that a token
// is tested only against the cues that can start at it: status is asked at every token of
// up to six words before each trigger, and most of the table's 130 cues start with a word
// that is not there.
type cueList struct {
	cues    []cue
	byFirst map[string][]int32 // first word -> indexes into cues, ascending
}

func (l *cueList) add(q cue) {
	if l.byFirst == nil {
		l.byFirst = map[string][]int32{}
	}
	l.byFirst[q.words[0]] = append(l.byFirst[q.words[0]], int32(len(l.cues)))
	l.cues = append(l.cues, q)
}

// first returns the first cue, in table order, whose words stand at token i (each word
// matching a token's lower-case form or its lemma, as phraseAt does) and that accept takes.
func (l *cueList) first(v *sentenceView, i int, accept func(q *cue) bool) (*cue, bool) {
	if i < v.first || i >= v.end {
		return nil, false
	}
	t := &v.toks[i]
	a := l.byFirst[t.Lower]
	var b []int32
	if t.Lemma != t.Lower {
		b = l.byFirst[t.Lemma]
	}
	for len(a) > 0 || len(b) > 0 {
		// Merge the two ascending lists so that the table's order decides between them.
		var k int32
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			k, a = a[0], a[1:]
		case len(a) == 0 || b[0] < a[0]:
			k, b = b[0], b[1:]
		default: // the same cue in both lists
			k, a, b = a[0], a[1:], b[1:]
		}
		if q := &l.cues[k]; v.phraseAt(i, q.words) && accept(q) {
			return q, true
		}
	}
	return nil, false
}
