package event

import "testing"

func TestWordSet(t *testing.T) {
	var sentence wordSet
	for _, w := range []string{"armenian", "troops", "cross", "crossed", "into", "syunik"} {
		sentence.add(w)
	}
	for _, w := range []string{"troops", "syunik", "cross"} {
		var e wordSet
		e.add("absent-word")
		e.add(w)
		if !sentence.meets(&e) {
			t.Errorf("a sentence with %q does not meet an element with it", w)
		}
	}
	var empty wordSet
	if empty.meets(&sentence) {
		t.Error("the empty set meets a sentence")
	}
	// Most single words absent from a short sentence are ruled out: the point of the filter.
	ruledOut := 0
	for _, w := range []string{"accuse", "sanction", "negotiate", "bomb", "arrest", "praise", "deny", "visit", "threaten", "evacuate"} {
		var e wordSet
		e.add(w)
		if !sentence.meets(&e) {
			ruledOut++
		}
	}
	if ruledOut < 7 {
		t.Errorf("only %d of 10 absent words ruled out, want at least 7", ruledOut)
	}
}

// FuzzWordSet checks that a set never rules out a word it holds.
func FuzzWordSet(f *testing.F) {
	f.Add("troops", "syunik")
	f.Fuzz(func(t *testing.T, a, b string) {
		var s, e wordSet
		s.add(a)
		s.add(b)
		e.add(b)
		if !s.meets(&e) {
			t.Fatalf("set of %q and %q does not meet %q", a, b, b)
		}
	})
}
