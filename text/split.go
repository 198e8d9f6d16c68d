package text

import "strings"

// splitSentences groups doc.Tokens into sentences. A sentence ends at '.', '!' or '?' (with
// any closing quotes or brackets after it) before a capitalised word, a quote or a number,
// and at every line break. Abbreviations keep their period inside the word token, so "Gen."
// and "Jan." never end a sentence; a dotted initialism ("U.S.") or an initial ("W.") ends one
// only when an ordinary sentence opener follows.
func (a *Analyzer) splitSentences(d *Doc) {
	toks := d.Tokens
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		s := Sentence{
			Index:  len(d.Sentences),
			Start:  toks[start].Start,
			End:    toks[end-1].End,
			Tokens: toks[start:end:end],
			First:  start,
		}
		d.Sentences = append(d.Sentences, s)
		start = end
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > start && strings.ContainsRune(d.Text[toks[i-1].End:t.Start], '\n') {
			flush(i)
		}
		end := false
		switch {
		case t.Kind == Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "..." || t.Text == "…"):
			end = true
		case t.Kind == Word && strings.HasSuffix(t.Text, ".") && (strings.Count(t.Text, ".") > 1 || isInitial(t.Text[:len(t.Text)-1])):
			end = i+1 < len(toks) && a.opensSentence(&toks[i+1])
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].Kind == Close || toks[j].Kind == Quote && closesQuote(d.Text, toks[j])) && !strings.ContainsRune(d.Text[toks[j-1].End:toks[j].Start], '\n') {
			j++
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		next := &toks[j]
		if next.Cap || next.Kind == Quote || next.Kind == Number || next.Kind == Open || strings.ContainsRune(d.Text[toks[j-1].End:next.Start], '\n') {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
}

// closesQuote reports whether a quote token closes a quotation: a curly closing quote, or a
// straight quote right after the previous token with no space.
func closesQuote(text string, t Token) bool {
	switch t.Text {
	case "”", "’", "»":
		return true
	case "\"", "'":
		return t.Start > 0 && text[t.Start-1] != ' ' && text[t.Start-1] != '\n'
	}
	return false
}

func (a *Analyzer) opensSentence(t *Token) bool {
	if !t.Cap {
		return false
	}
	tags := a.lex.words[t.Lower]
	return len(tags) > 0 && !tags[0].IsProper() && !tags[0].IsNoun() && !tags[0].IsAdj()
}
