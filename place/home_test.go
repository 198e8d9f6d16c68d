package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestArticleResolution checks that an article's names are resolved together: the home
// region decides between namesakes, and a name means one place through the article.
func TestArticleResolution(t *testing.T) {
	load(t)
	tests := []struct {
		name, in, text, admin1 string
	}{
		{"a county of several states goes to the story's state", "The storm hit Kentucky on Monday. Crews in Kentucky said Adair County lost power.", "Adair County", "Kentucky"},
		{"a town named with its state keeps it later", "Police in Paris, Texas, arrested a man. Paris officials said the town was calm.", "Paris", "Texas"},
		{"counties of one state make it the story's home, over a state named once", "Deputies from Black Hawk County and Allamakee County searched a farm in Wisconsin. A man from Waterloo was charged.", "Waterloo", "Iowa"},
		{"towns of one province make it the story's home", "Volunteers in Guelph, Kitchener and Brantford collected food for Syrian families. Imams in London thanked Canada and Britain.", "London", "Ontario"},
		{"a place noun before a name asks for its kind, through the article", "Singapore warned travellers about the state of Victoria. Airlines cut flights to Victoria.", "Victoria", "Victoria"},
		{"a dateline's region is the story's home", "SPRINGFIELD, Ill. — Lawmakers met on Monday. Later Springfield aldermen voted.", "Springfield", "Illinois"},
	}
	for _, tc := range tests {
		doc := an.Analyze(tc.in)
		res := resolver.Places(doc, finder.Find(doc, time.Time{}))
		seen := 0
		for _, m := range res.Mentions {
			if m.Text != tc.text && m.Text != "SPRINGFIELD" {
				continue
			}
			seen++
			if m.Place == nil || m.Place.Admin1Name != tc.admin1 {
				t.Errorf("%s: %q resolved to %+v, want a place in %s", tc.name, m.Text, m.Place, tc.admin1)
			}
		}
		if seen == 0 {
			t.Errorf("%s: %q not found", tc.name, tc.text)
		}
	}
}

// TestInCounty: a town's namesake in a county the article names wins over the one of the
// state it names most, on sentences written for this test.
func TestInCounty(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"the county named in a later sentence",
			"Maine voters went to the polls. Maine towns and Maine cities counted ballots. In Portland the count ran late. Multnomah County officials said turnout was high.",
			[]string{"Maine: Maine", "Maine: Maine", "Maine: Maine", "Portland: Oregon", "Multnomah County: Oregon"}},
		{"without the county the state's town",
			"Maine voters went to the polls. Maine towns and Maine cities counted ballots. In Portland the count ran late.",
			[]string{"Maine: Maine", "Maine: Maine", "Maine: Maine", "Portland: Maine"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, regionsOf(tc.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// regionsOf lists the place mentions of in as "text: first-level region resolved to".
func regionsOf(in string) []string {
	doc := an.Analyze(in)
	var out []string
	for _, m := range resolver.Places(doc, finder.Find(doc, time.Time{})).Mentions {
		r := ""
		if m.Place != nil {
			r = m.Place.Admin1Name
		}
		out = append(out, m.Text+": "+r)
	}
	return out
}

// TestGovernmentOneSense: a region a government noun picked ("the Mendoza government") is what
// the name means through the article, on sentences written for this test.
func TestGovernmentOneSense(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a province and its capital", "The Mendoza government raised taxes. Farmers in Mendoza protested on Monday.",
			[]got{{"Mendoza", "ARG", "ADM1"}, {"Mendoza", "ARG", "ADM1"}}},
		{"a province named like a bigger city abroad", "The Santa Fe government closed schools. Teachers in Santa Fe went on strike.",
			[]got{{"Santa Fe", "ARG", "ADM1"}, {"Santa Fe", "ARG", "ADM1"}}},
		{"no government noun: the city", "Farmers in Mendoza protested on Monday.",
			[]got{{"Mendoza", "ARG", "PPLA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
