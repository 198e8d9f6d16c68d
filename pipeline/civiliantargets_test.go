package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestCivilianTargetPlace: a physical event whose sentence names no place falls back to its
// target's country only when the target is that country, its state or forces; civilians of
// a country (tourists, hostages) travel, and the event stays in the article's country.
// Sentences written for this test.
func TestCivilianTargetPlace(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, tgt, want string }{
		{"Gunmen have roamed the north of Niger for months, and Germany sent a team of engineers to Niger in March. On Monday the gunmen abducted three German tourists.", "DEU", "NER"},
		{"Gunmen have roamed the north of Niger for months, and Germany sent a team of engineers to Niger in March. On Monday the gunmen ambushed German soldiers.", "DEU", "DEU"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		found := false
		for _, e := range c.Code(&a) {
			if e.Target == nil || e.Target.Country != tc.tgt {
				continue
			}
			found = true
			if e.Territory != tc.want {
				t.Errorf("%q: event %s on %s located in %q, want %q", tc.text, e.CAMEO, e.Target.Code, e.Territory, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no event on %s", tc.text, tc.tgt)
		}
	}
}
