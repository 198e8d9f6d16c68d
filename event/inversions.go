package event

// An inverted condition opens a sentence with "had", "were" or "should" before its subject
// and ends at a comma: "Had Kenya signed the deal, the war would have ended", "Were Uganda to
// attack, Kenya would respond", "Should talks fail, Kenya will send troops". Like "if", it
// supposes its act (a counterfactual reports that it did not happen), and the main clause's
// act depends on it.

// inverting are the auxiliaries that open an inverted condition.
var inverting = map[string]bool{"had": true, "were": true, "should": true}

// invertedCondition reports whether the sentence opens with an inverted condition that ends
// at a comma at or after k: the auxiliary, then its subject (no verb, no comma), not a question.
func (v *sentenceView) invertedCondition(k int) bool {
	f := v.first
	if f < v.end && openingQuotes[v.toks[f].Lower] {
		f++
	}
	if f+1 >= v.end || !inverting[v.toks[f].Lower] {
		return false
	}
	if s := &v.toks[f+1]; s.Tag.IsVerb() || s.Tag == "MD" || s.Lower == "," || s.Lower == "not" {
		return false
	}
	for j := max(k, f+1); j < v.end; j++ {
		switch v.toks[j].Lower {
		case ",":
			return true
		case "?":
			return false
		}
	}
	return false
}

// commaAfter returns the first comma after token f in the sentence, or -1.
func (v *sentenceView) commaAfter(f int) int {
	for j := f + 1; j < v.end; j++ {
		if v.toks[j].Lower == "," {
			return j
		}
	}
	return -1
}
