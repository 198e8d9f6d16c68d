package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewRegionNames(t *testing.T) {
	f := nameFilter{
		taken: map[string]bool{"NRL\x00port elmer": true}, // the region's seat
		areas: map[string]bool{"grey sea": true},          // a supplement entry
		words: map[string]bool{"central": true, "east": true, "coast": true, "highland": true},
	}
	ours := []string{"Provincia de Norland", "Norland"}
	for _, tt := range []struct {
		theirs []string
		want   []string
	}{
		{[]string{"North Land", "Nordland"}, []string{"North Land", "Nordland"}},
		{[]string{"Norland", "norland", "Provincia de Norland"}, nil}, // already ours
		{[]string{"North Land", "North-Land", "North Land"}, []string{"North Land"}},
		{[]string{"Port Elmer"}, nil},            // a place of the country
		{[]string{"Grey Sea"}, nil},              // a supplement entry
		{[]string{"Central", "East Coast"}, nil}, // words only
		{[]string{"Central Norland"}, []string{"Central Norland"}},
		{[]string{"Highland"}, nil},
		{[]string{"N.P.", "NRL", "NORLAND NORTH"}, nil}, // codes, capitals
		{[]string{"the Norlands", "The North"}, nil},    // would swallow the article
		{[]string{"Norland (North)", "Норланд"}, nil},   // brackets, another script
		{[]string{"nordland"}, nil},                     // no capital
		{[]string{"Nórdland"}, []string{"Nórdland"}},    // Latin with accents
	} {
		if diff := cmp.Diff(tt.want, f.newNames("NRL", ours, tt.theirs)); diff != "" {
			t.Errorf("newNames(%q) (-want +got):\n%s", tt.theirs, diff)
		}
	}
}

func TestSplitNames(t *testing.T) {
	if diff := cmp.Diff([]string{"Salop", " The Wrekin", "Wrekin"}, splitNames("Salop| The Wrekin,Wrekin")); diff != "" {
		t.Errorf("splitNames (-want +got):\n%s", diff)
	}
}
