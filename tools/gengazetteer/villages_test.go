package main

import "testing"

func TestOwnName(t *testing.T) {
	words := map[string]bool{"downtown": true, "eastern": true, "creek": true, "harbour": true}
	taken := map[string]bool{"riverside": true}
	supplement := map[string]bool{"grey sea": true}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Kentron", true},
		{"Kellaway Harbour", true}, // one word of its own is enough
		{"Downtown", false},        // a word
		{"Eastern Creek", false},   // words only
		{"Riverside", false},       // a place the gazetteer has
		{"Grey Sea", false},        // a supplement entry
	} {
		if got := ownName(tt.name, tt.name, words, taken, supplement); got != tt.want {
			t.Errorf("ownName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
