package place_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVillagesInHomeRegion: a small town outside the story's state, which holds no candidate
// of the name, gives way to the village of that name in the state near the article's other
// places (villagesInHomeRegion), on sentences written for this test.
func TestVillagesInHomeRegion(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"the village near the story's towns",
			"A grain truck overturned near Galva on Tuesday, the Kansas Highway Patrol said. The driver, from McPherson, was taken to a hospital in Wichita, Kansas.",
			[]string{"Galva: Kansas", "McPherson: Kansas", "Wichita: Kansas", "Kansas: Kansas"}},
		{"a state that holds a candidate keeps it",
			"Farmers near Galva and Kewanee, Illinois, said the corn was late.",
			[]string{"Galva: Illinois", "Kewanee: Illinois", "Illinois: Illinois"}},
		{"no other place of the story near the village: the town stays",
			"A grain truck overturned near Galva on Tuesday, the Kansas Highway Patrol said. The driver was taken to a hospital in Goodland, Kansas.",
			[]string{"Galva: Illinois", "Goodland: Kansas", "Kansas: Kansas"}},
		{"the story's towns all more than 60 km from the village: the town stays",
			"A grain truck overturned near Galva on Tuesday. The driver, from Garden City, was taken to a hospital in Dodge City, Kansas.",
			[]string{"Galva: Illinois", "Garden City: Kansas", "Dodge City: Kansas", "Kansas: Kansas"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, regionsOf(tc.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
