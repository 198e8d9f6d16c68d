package actor_test

import (
	"testing"
	"time"

	"github.com/annals-org/annals/actor"
	"github.com/google/go-cmp/cmp"
)

// TestOfficers: a bare "officer" is of the police or armed force the story named last, in
// the same sentence or the three before; without one, or with a modifier that makes it
// another kind of officer, it is no actor.
func TestOfficers(t *testing.T) {
	an, d := load(t)
	finder := actor.NewFinder(d, an.Lexicon())
	day := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	type coded struct{ Text, Code string }
	for _, tc := range []struct {
		in   string
		want []coded
	}{
		{"Police searched the house. The suspect shot an officer.", []coded{{"Police", "COP"}, {"officer", "COP"}}},
		{"Police said the officers were attacked.", []coded{{"Police", "COP"}, {"officers", "COP"}}},
		{"Kenyan troops entered the town. Rebels ambushed an officer.", []coded{{"Kenyan troops", "KENMIL"}, {"Rebels", "REB"}, {"officer", "MIL"}}},
		{"The suspect shot an officer.", nil},
		{"Police arrested the company's chief financial officer.", []coded{{"Police", "COP"}, {"company", "BUS"}}},
		{"Police came. The bank hired a new officer.", []coded{{"Police", "COP"}, {"bank", "BUS"}}},
	} {
		doc := an.Analyze(tc.in)
		var got []coded
		for _, m := range finder.Find(doc, day) {
			got = append(got, coded{doc.Text[m.Start:m.End], m.Code})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Find(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}
