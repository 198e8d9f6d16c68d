package pipeline_test

import (
	"testing"
	"time"

	"github.com/annals-org/annals"
)

// TestSentences codes single sentences of our own and checks the CAMEO codes they must and
// must not give, and where the first event is placed.
func TestSentences(t *testing.T) {
	c := load(t)
	tests := []struct {
		text       string
		want, not  []string // CAMEO codes
		place      string   // the location name of the first event, "" not checked
		country    string   // its country
		target     string   // the target code of the first event, "" not checked
		untargeted bool     // the first event has no target
	}{
		{text: "Russian warplanes carried out air strikes on the town of Sarmin in Idlib province on Monday.", want: []string{"195"}, target: "SYR"},
		// One side only: "Ethiopian and Eritrean envoys signed" is each one's act towards the other.
		{text: "Ethiopian envoys signed an agreement in Pretoria on Wednesday.", untargeted: true},
		{text: "The defence secretary promised to continue military aid to Mozambique.", want: []string{"070"}, target: "MOZ"},
		{text: "On 9 May, young doctors protested outside the hospital in Tema.", want: []string{"141"}, not: []string{"173"}},
		{text: "On 9 May, medical interns protested in the main square of Haifa.", want: []string{"141"}, not: []string{"173"}, place: "Haifa", country: "ISR"},
		{text: "Police interned forty migrants at a camp near Calais on Monday.", want: []string{"173"}},
		{text: "Storms flooded roads across British Columbia on Tuesday, and residents protested the slow response.", place: "British Columbia", country: "CAN"},
		{text: "Farmers in Georgia protested outside the statehouse in Atlanta over the new water rules.", want: []string{"141"}, country: "USA"},
		{text: "Hundreds of nurses marched through Manchester, England, on Saturday to demand higher pay.", country: "GBR"},
	}
	for _, tt := range tests {
		a := &annals.Article{ID: "t", Published: time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC), Text: tt.text}
		evs := c.Code(a)
		got := map[string]bool{}
		for _, e := range evs {
			got[e.CAMEO] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no event %s; got %v", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if got[n] {
				t.Errorf("%q: event %s, want none", tt.text, n)
			}
		}
		if tt.target != "" {
			if len(evs) == 0 || evs[0].Target == nil || evs[0].Target.Code != tt.target {
				t.Errorf("%q: the first event's target is not %s: %+v", tt.text, tt.target, evs)
			}
		}
		if tt.untargeted && (len(evs) == 0 || evs[0].Target != nil) {
			t.Errorf("%q: want a first event without a target: %+v", tt.text, evs)
		}
		if tt.place == "" && tt.country == "" {
			continue
		}
		if len(evs) == 0 || evs[0].Location == nil {
			t.Errorf("%q: no located event", tt.text)
			continue
		}
		loc := evs[0].Location
		if tt.place != "" && loc.Name != tt.place {
			t.Errorf("%q: located at %q, want %q", tt.text, loc.Name, tt.place)
		}
		if tt.country != "" && loc.Country != tt.country {
			t.Errorf("%q: located in %s (%s), want %s", tt.text, loc.Country, loc.Name, tt.country)
		}
	}
}
