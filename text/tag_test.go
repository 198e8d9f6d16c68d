package text_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tagCase names one word of a sentence and the tag and lemma it should get there.
type tagCase struct {
	in        string
	word      string // the first token with this text
	wantTag   string
	wantLemma string
}

// checkTags analyzes each sentence and compares the named words' tags and lemmas as a table.
func checkTags(t *testing.T, tests []tagCase) {
	t.Helper()
	an := analyzer(t)
	var got, want []string
	for _, tt := range tests {
		d := an.Analyze(tt.in)
		checkDoc(t, tt.in, d)
		g := tt.word + " not found"
		for _, tok := range d.Tokens {
			if tok.Text == tt.word {
				g = tok.Text + "/" + string(tok.Tag) + "/" + tok.Lemma
				break
			}
		}
		got = append(got, tt.in+" | "+g)
		want = append(want, tt.in+" | "+tt.word+"/"+tt.wantTag+"/"+tt.wantLemma)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tags mismatch (-want +got):\n%s", diff)
	}
}

// TestTagHyphenatedParticleNouns checks that a hyphenated word ending in a particle with a
// plural s is a plural noun with the singular as lemma, wherever it stands in the sentence,
// and that the singulars stay nouns.
func TestTagHyphenatedParticleNouns(t *testing.T) {
	checkTags(t, []tagCase{
		{"On Friday, shoot-outs broke out in two districts.", "shoot-outs", "NNS", "shoot-out"},
		{"Shoot-outs broke out in two districts.", "Shoot-outs", "NNPS", "shoot-out"},
		{"Nurses held sit-ins outside three hospitals.", "sit-ins", "NNS", "sit-in"},
		{"After the vote, walk-outs spread to the docks.", "walk-outs", "NNS", "walk-out"},
		{"Police recorded several break-ins overnight.", "break-ins", "NNS", "break-in"},
		{"Two stand-offs ended without bloodshed.", "stand-offs", "NNS", "stand-off"},
		{"The crack-downs on the press drew protests.", "crack-downs", "NNS", "crack-down"},
		{"Hostile take-overs of the mines followed.", "take-overs", "NNS", "take-over"},
		{"The cease-fire held for a week.", "cease-fire", "NN", "cease-fire"},
		{"A shoot-out left two men wounded.", "shoot-out", "NN", "shoot-out"},
		{"The students began a sit-in at the ministry.", "sit-in", "NN", "sit-in"},
		{"Residents reported drive-bys in two districts.", "drive-bys", "NNS", "drive-by"},
		// A plural noun that is no verb form after the hyphen.
		{"Police arrested the hostage-takers at dawn.", "hostage-takers", "NNS", "hostage-taker"},
		{"Aid reached ex-combatants in the camps.", "ex-combatants", "NNS", "ex-combatant"},
	})
}

// TestTagPastFormsAsVerbs checks that a past form the lexicon also knows as a noun or an
// adjective is the verb after an auxiliary or a subject, also with an -ly adverb between, and
// before its object, while the noun and adjective readings stay where they belong.
func TestTagPastFormsAsVerbs(t *testing.T) {
	checkTags(t, []tagCase{
		{"Police reportedly shot a protester outside the court.", "shot", "VBD", "shoot"},
		{"Gunmen allegedly abducted two engineers on the highway.", "abducted", "VBD", "abduct"},
		{"A farmer was forcibly abducted from his home.", "abducted", "VBN", "abduct"},
		{"The driver was reportedly shot at a checkpoint.", "shot", "VBN", "shoot"},
		{"Protesters burnt three buses on the main road.", "burnt", "VBD", "burn"},
		{"Rioters burnt a police post.", "burnt", "VBD", "burn"},
		{"Soldiers apparently burnt the harvest.", "burnt", "VBD", "burn"},
		{"Gunmen shot and killed a guard.", "shot", "VBD", "shoot"},
		{"Rioters burnt and looted shops.", "burnt", "VBD", "burn"},
		{"The burnt and looted shops stood empty.", "burnt", "JJ", "burnt"},
		{"We saw the shot and heard screams.", "shot", "NN", "shot"},
		{"The shot was heard across the valley.", "shot", "NN", "shot"},
		{"They served burnt toast with tea.", "burnt", "JJ", "burnt"},
		{"The burnt vehicles were towed away.", "burnt", "JJ", "burnt"},
		{"Residents found two burnt cars.", "burnt", "JJ", "burnt"},
		{"Workers widened a newly built road.", "built", "VBN", "build"},
		{"The council opened its recently renovated hall.", "renovated", "VBN", "renovate"},
		// The lexicon's stray participle readings of nouns make no verb after a noun.
		{"Leaders backed the peace plan for the region.", "plan", "NN", "plan"},
		{"The surrounding areas of the town were shelled.", "areas", "NNS", "area"},
	})
}

// TestTagHyphenatedParticiples checks that an unknown hyphenated participle opening a noun
// phrase is its adjective, and stays the verb after a subject.
func TestTagHyphenatedParticiples(t *testing.T) {
	checkTags(t, []tagCase{
		{"Shells fell in rebel-held areas.", "rebel-held", "JJ", "rebel-held"},
		{"The government-issued cards expired.", "government-issued", "JJ", "government-issued"},
		{"Five rebel-held towns fell.", "rebel-held", "JJ", "rebel-held"},
		{"Guards baton-charged students outside the hall.", "baton-charged", "VBD", "baton-charge"},
	})
}

// TestBeforeNoun checks which past forms modify the noun after them (Doc.BeforeNoun) and which
// head a clause. The sentences are written for this test.
func TestBeforeNoun(t *testing.T) {
	tests := []struct {
		in, word string
		want     bool
	}{
		{"Medics treated the wounded soldiers at dawn.", "wounded", true},
		{"Police found two injured herders near the well.", "injured", true},
		{"Officers arrested a suspected thief.", "suspected", true},
		{"Troops wounded two soldiers at dawn.", "wounded", false},
		{"Rebels attacked the convoy.", "attacked", false},
		{"Wounded soldiers waited.", "Wounded", false}, // nothing before it
	}
	for _, tc := range tests {
		d := analyzer(t).Analyze(tc.in)
		s := &d.Sentences[0]
		got, found := false, false
		for i := s.First; i < s.First+len(s.Tokens); i++ {
			if d.Tokens[i].Text == tc.word {
				got, found = d.BeforeNoun(i, s.First, s.First+len(s.Tokens)), true
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: BeforeNoun(%q) = %v (found %v), want %v", tc.in, tc.word, got, found, tc.want)
		}
	}
}
