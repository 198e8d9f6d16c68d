package text_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVerbLemmaUnknownVerbs checks the lemmas of inflected verbs whose base the lexicon
// lacks: the stemmer restores the silent e that English spelling drops before -ed and -ing
// where the bare stem cannot end a word, and keeps the stems that can.
func TestVerbLemmaUnknownVerbs(t *testing.T) {
	lx := analyzer(t).Lexicon()
	tests := []struct{ form, want string }{
		// -ise, -ize, -yse, -yze
		{"vandalised", "vandalise"},
		{"vandalized", "vandalize"},
		{"vandalising", "vandalise"},
		{"vandalizes", "vandalize"},
		{"weaponised", "weaponise"},
		{"hospitalising", "hospitalise"},
		{"delegitimised", "delegitimise"},
		{"electrolysed", "electrolyse"},
		{"catalyzed", "catalyze"},
		// -ate, -ute, -ude, -ide, -ade, -ire
		{"decapitated", "decapitate"},
		{"decapitating", "decapitate"},
		{"exfiltrated", "exfiltrate"},
		{"reevaluated", "reevaluate"},
		{"self-immolated", "self-immolate"},
		{"extruded", "extrude"},
		{"subdivided", "subdivide"},
		{"outtraded", "outtrade"},
		{"misfired", "misfire"},
		// -ce, -rge, a consonant before s
		{"outsourced", "outsource"},
		{"geofenced", "geofence"},
		{"resurged", "resurge"},
		// a prefix before a verb the lexicon knows
		{"reconvened", "reconvene"},
		{"rezoned", "rezone"},
		{"outscored", "outscore"},
		{"outgunned", "outgun"},
		// stems that end a word as they are
		{"photobombed", "photobomb"},
		{"livestreamed", "livestream"},
		{"crowdfunded", "crowdfund"},
		{"airdropped", "airdrop"},
		{"rearrested", "rearrest"},
		{"bodyslammed", "bodyslam"},
	}
	var got, want []string
	for _, tt := range tests {
		for _, tag := range lx.Tags(tt.want) {
			if tag == "VB" || tag == "VBP" {
				t.Errorf("the lexicon knows %q as a verb: pick a verb it lacks", tt.want)
			}
		}
		got = append(got, tt.form+" "+lx.VerbLemma(tt.form))
		want = append(want, tt.form+" "+tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("VerbLemma mismatch (-want +got):\n%s", diff)
	}
}

// TestVerbLemmaKnownVerbs checks that verbs the lexicon knows keep their lemmas, those whose
// last syllable keeps its consonant single among them.
func TestVerbLemmaKnownVerbs(t *testing.T) {
	lx := analyzer(t).Lexicon()
	tests := []struct{ form, want string }{
		{"visited", "visit"},
		{"targeted", "target"},
		{"abandoned", "abandon"},
		{"offered", "offer"},
		{"developed", "develop"},
		{"traveled", "travel"},
		{"travelled", "travel"},
		{"raided", "raid"},
		{"defeated", "defeat"},
		{"poured", "pour"},
		{"banged", "bang"},
		{"plunged", "plunge"},
		{"depressed", "depress"},
		{"advanced", "advance"},
		{"kidnapped", "kidnap"},
		{"hoped", "hope"},
		{"agreed", "agree"},
		{"agreeing", "agree"},
		{"argued", "argue"},
	}
	var got, want []string
	for _, tt := range tests {
		got = append(got, tt.form+" "+lx.VerbLemma(tt.form))
		want = append(want, tt.form+" "+tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("VerbLemma mismatch (-want +got):\n%s", diff)
	}
}
