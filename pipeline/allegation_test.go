package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestAllegationsAndSummonses: the accused of "alleged that X ..." is the target of the
// accusation (112); a summons to appear reaches past a second person joined by "and" (173).
// Sentences written for this test.
func TestAllegationsAndSummonses(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, src, cameo, tgt string }{
		{"Kenya alleged on Monday that Uganda had armed the rebels.", "KEN", "112", "UGA"},
		{"Federal prosecutors in Nairobi alleged that Kenyan customs officials had taken bribes.", "KENJUD", "112", "KEN"},
		{"ACCRA (Reuters) - Senator Kofi Mensah and Senator Ama Owusu marched on Friday. " +
			"Ghanaian police invited only Mensah and Owusu to appear before detectives over the march.", "GHACOP", "173", "GHA"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			if e.Source == nil || e.Source.Code != tc.src || e.CAMEO != tc.cameo {
				continue
			}
			found = true
			if e.Target == nil || e.Target.Country != tc.tgt {
				t.Errorf("%q: %s %s target %v, want %s", tc.text, tc.src, tc.cameo, e.Target, tc.tgt)
			}
		}
		if !found {
			var got []string
			for _, e := range c.Code(&a) {
				if e.Source != nil {
					got = append(got, e.Source.Code+" "+e.CAMEO)
				}
			}
			t.Errorf("%q: no %s event from %s; got %v", tc.text, tc.cameo, tc.src, got)
		}
	}
}

// TestShelterIsNoAppeal: people who "sought shelter" take cover (no appeal for aid, 0233);
// seeking food or medicine is one. Sentences written for this test.
func TestShelterIsNoAppeal(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text   string
		appeal bool
	}{
		{"Ukrainian villagers sought shelter in basements as the shelling continued.", false},
		{"A Kenyan suspect was seeking shelter from the rain in a doorway when police found him.", false},
		{"Sudanese refugees sought food and medicine from the United Nations.", true},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		got := false
		for _, e := range c.Code(&a) {
			got = got || e.CAMEO == "0233"
		}
		if got != tc.appeal {
			t.Errorf("%q: appeal for aid (0233) %v, want %v", tc.text, got, tc.appeal)
		}
	}
}

// TestSearchAndRescueAid: ships, aircraft or divers sent to help find or rescue people are
// humanitarian aid (073) from the state that sends them; the craft is no target. Sentences
// written for this test.
func TestSearchAndRescueAid(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, src string }{
		{"Japan is also sending a warship to help find the missing ferry.", "JPN"},
		{"Australia dispatched two planes to join the search for the missing jet.", "AUS"},
		{"Singapore sent divers to help in the rescue of the trapped miners.", "SGP"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			if e.CAMEO == "073" && e.Source != nil && e.Source.Code == tc.src {
				found = true
				if e.Target != nil && e.Target.Country == tc.src {
					t.Errorf("%q: target %s, want none of the sender's own", tc.text, e.Target.Code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no 073 from %s", tc.text, tc.src)
		}
	}
}

// TestTestimony: testimony before a legislature or a court is a statement to it (010 with
// that target). Sentences written for this test.
func TestTestimony(t *testing.T) {
	c := load(t)
	for _, text := range []string{
		"Kenya's police chief testified before the Kenyan parliament on Monday.",
		"Kenya's police chief gave evidence to the Kenyan parliament on Monday.",
	} {
		a := annals.Article{ID: "t", Text: text}
		found := false
		for _, e := range c.Code(&a) {
			found = found || e.CAMEO == "010" && e.Source != nil && e.Source.Code == "KENCOP" && e.Target != nil && e.Target.Code == "KENLEG"
		}
		if !found {
			t.Errorf("%q: no statement KENCOP -> KENLEG", text)
		}
	}
}
