package alliance_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func state(code string) *annals.Actor { return &annals.Actor{Code: code, Country: code} }

func TestAnnotate(t *testing.T) {
	tab := table(t)
	published := day(t, "2021-05-14")
	cases := []struct {
		name      string
		event     annals.Event
		published time.Time
		want      []annals.Alliance
		intra     bool
	}{{
		name:  "incursion into a CSTO member",
		event: annals.Event{Source: state("AZE"), Target: state("ARM"), Date: "2021-05-12"},
		want: []annals.Alliance{
			{Treaty: "csto", Name: "Collective Security Treaty", Kind: "defence", Side: "target", Partners: []string{"RUS", "BLR", "KAZ", "KGZ", "TJK"}},
			{Treaty: "russia-armenia-1997", Name: "Treaty on Friendship, Cooperation and Mutual Assistance between the Russian Federation and the Republic of Armenia", Kind: "defence", Side: "target", Partners: []string{"RUS"}},
			{Treaty: "turkey-azerbaijan-2010", Name: "Agreement on Strategic Partnership and Mutual Support between Turkey and Azerbaijan", Kind: "defence", Side: "source", Partners: []string{"TUR"}},
		},
	}, {
		name:  "a coarse date falls back to the publication date",
		event: annals.Event{Source: state("AZE"), Target: state("ARM"), Date: "2021-05"}, published: day(t, "2024-06-01"),
		want: []annals.Alliance{ // Armenia's CSTO participation frozen by then
			{Treaty: "russia-armenia-1997", Name: "Treaty on Friendship, Cooperation and Mutual Assistance between the Russian Federation and the Republic of Armenia", Kind: "defence", Side: "target", Partners: []string{"RUS"}},
			{Treaty: "turkey-azerbaijan-2010", Name: "Agreement on Strategic Partnership and Mutual Support between Turkey and Azerbaijan", Kind: "defence", Side: "source", Partners: []string{"TUR"}},
			{Treaty: "shusha-2021", Name: "Shusha Declaration on Allied Relations between Azerbaijan and Turkey", Kind: "defence", Side: "source", Partners: []string{"TUR"}},
		},
	}, {
		name:  "cross-border with no target: the territory is the target state",
		event: annals.Event{Source: state("RUS"), Date: "2021-05-14", Territory: "KOR", CrossBorder: true},
		want: []annals.Alliance{
			{Treaty: "us-korea", Name: "Mutual Defense Treaty between the United States and the Republic of Korea", Kind: "defence", Side: "target", Partners: []string{"USA"}},
			{Treaty: "csto", Name: "Collective Security Treaty", Kind: "defence", Side: "source", Partners: []string{"ARM", "BLR", "KAZ", "KGZ", "TJK"}},
			{Treaty: "russia-armenia-1997", Name: "Treaty on Friendship, Cooperation and Mutual Assistance between the Russian Federation and the Republic of Armenia", Kind: "defence", Side: "source", Partners: []string{"ARM"}},
			{Treaty: "russia-belarus-union", Name: "Treaty on the Creation of a Union State of Russia and Belarus", Kind: "defence", Side: "source", Partners: []string{"BLR"}},
			{Treaty: "russia-china-2001", Name: "Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation", Kind: "consultation", Side: "source", Partners: []string{"CHN"}},
		},
	}, {
		name:  "a domestic event has no treaty context",
		event: annals.Event{Source: state("ARM"), Target: state("ARM"), Date: "2021-05-12"},
	}, {
		name:  "no state on one side",
		event: annals.Event{Source: &annals.Actor{Code: "IGOUNO"}, Target: state("ARM"), Date: "2021-05-12"},
	}, {
		name:  "no date and no publication date",
		event: annals.Event{Source: state("AZE"), Target: state("ARM")}, published: time.Time{},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := c.event
			p := c.published
			if p.IsZero() && c.name != "no date and no publication date" {
				p = published
			}
			tab.Annotate(&e, p)
			if diff := cmp.Diff(c.want, e.Alliances); diff != "" {
				t.Errorf("alliances (-want +got):\n%s", diff)
			}
			if e.IntraAlliance != c.intra {
				t.Errorf("intra_alliance: got %v, want %v", e.IntraAlliance, c.intra)
			}
		})
	}
}

// TestAnnotateIntra: the appeal of Armenia to Russia is to a treaty partner, and both are
// bound to third states by the CSTO.
func TestAnnotateIntra(t *testing.T) {
	e := annals.Event{Source: state("ARM"), Target: state("RUS"), Date: "2021-05-14"}
	table(t).Annotate(&e, time.Time{})
	if !e.IntraAlliance {
		t.Error("ARM -> RUS on 2021-05-14: intra_alliance false, want true")
	}
	for _, a := range e.Alliances {
		for _, p := range a.Partners {
			if p == "ARM" && a.Side == "target" || p == "RUS" && a.Side == "source" {
				t.Errorf("%s lists the other side (%s) as a third state", a.Treaty, p)
			}
		}
	}
}
