package pipeline_test

import (
	"sort"
	"testing"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

// TestCoordinatedCountryAdjectives: "Kenyan and Ugandan soldiers" are two actors, each
// country's soldiers; both act, and a reciprocal act pairs them (CAMEO: A→B and B→A).
// Sentences written for this test.
func TestCoordinatedCountryAdjectives(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text string
		want []string // "SOURCE CAMEO TARGET"
	}{
		{"Kenyan and Ugandan soldiers attacked the rebels near the border.", []string{"KENMIL 190 REB", "UGAMIL 190 REB"}},
		{"Hungarian and Romanian officials signed a border agreement.", []string{"HUNGOV 057 ROUGOV", "ROUGOV 057 HUNGOV"}},
		{"Police arrested Kenyan and Ugandan traders at the border.", []string{"COP 173 KENBUS", "COP 173 UGABUS"}},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		var got []string
		for _, e := range c.Code(&a) {
			got = append(got, sideCode(e.Source)+" "+e.CAMEO+" "+sideCode(e.Target))
		}
		sort.Strings(got)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
