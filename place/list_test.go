package place_test

import (
	"testing"
	"time"
)

// TestLists checks that a name in a list of place names takes the kind of the others: a
// town or a region of the same name.
func TestLists(t *testing.T) {
	load(t)
	tests := []struct{ name, in, text, feature string }{
		{"beside provinces, the province", "Cases were confirmed in Ontario, Manitoba and Quebec.", "Quebec", "ADM1"},
		{"beside provinces with counts", "Officials counted six cases in Ontario, two in Manitoba and one in Quebec.", "Quebec", "ADM1"},
		{"beside cities, the city", "Flights from Toronto, Vancouver and Quebec were cancelled.", "Quebec", "PPLA"},
		{"a list of states enumerates, the comma holds nothing", "Officials are investigating cases in Washington, Pennsylvania and California.", "Washington", "ADM1"},
		{"a name and its region is no list", "Police in Paris, Texas, arrested a man.", "Paris", "PPLA2"},
	}
	for _, tc := range tests {
		doc := an.Analyze(tc.in)
		res := resolver.Places(doc, finder.Find(doc, time.Time{}))
		found := false
		for _, m := range res.Mentions {
			if m.Text != tc.text {
				continue
			}
			found = true
			if m.Place == nil || m.Place.Feature != tc.feature {
				t.Errorf("%s: %q resolved to %+v, want a %s", tc.name, m.Text, m.Place, tc.feature)
			}
		}
		if !found {
			t.Errorf("%s: %q not found", tc.name, tc.text)
		}
	}
}
