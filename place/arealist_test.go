package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// areaGot is a resolved mention with the first-level region that holds it, which tells the
// namesake counties of several states apart.
type areaGot struct{ Text, Country, Admin1, Feature string }

// areasOf lists the place mentions found and resolved in text in, with their regions.
func areasOf(in string) []areaGot {
	doc := an.Analyze(in)
	res := resolver.Places(doc, finder.Find(doc, time.Time{}))
	var out []areaGot
	for _, m := range res.Mentions {
		g := areaGot{Text: m.Text}
		if m.Place != nil {
			g.Country, g.Admin1, g.Feature = m.Place.Country, m.Place.Admin1Name, m.Place.Feature
		}
		out = append(out, g)
	}
	return out
}

// TestAreaLists resolves the names listed before a plural area noun as areas of that kind, all
// in the state or country that holds the most of them.
func TestAreaLists(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []areaGot
	}{
		{"counties of one state only", "Floods closed roads in Lane, Linn and Benton counties on Tuesday.",
			[]areaGot{{"Lane", "USA", "Oregon", "ADM2"}, {"Linn", "USA", "Oregon", "ADM2"}, {"Benton", "USA", "Oregon", "ADM2"}}},
		{"counties of many states, the dateline's state", "SALEM, Ore. — Shelters opened in Marion and Polk counties as the river rose.",
			[]areaGot{{"SALEM", "USA", "Oregon", "PPLA"}, {"Ore.", "USA", "Oregon", "ADM1"}, {"Marion", "USA", "Oregon", "ADM2"}, {"Polk", "USA", "Oregon", "ADM2"}}},
		{"a serial comma, and parishes", "Storms flooded Orleans, Plaquemines, and Jefferson parishes overnight.",
			[]areaGot{{"Orleans", "USA", "Louisiana", "ADM2"}, {"Plaquemines", "USA", "Louisiana", "ADM2"}, {"Jefferson", "USA", "Louisiana", "ADM2"}}},
		{"provinces named after their capitals are the provinces", "Shelling hit villages in Idlib and Hama provinces.",
			[]areaGot{{"Idlib", "SYR", "Idlib", "ADM1"}, {"Hama", "SYR", "Hama", "ADM1"}}},
		{"the noun before the name, as Ireland writes it", "Rivers burst their banks in the Kerry and Cork counties.",
			[]areaGot{{"Kerry", "IRL", "Munster", "ADM2"}, {"Cork", "IRL", "Munster", "ADM2"}}},
		{"a district the gazetteer lacks is listed unresolved beside one it knows", "Rain closed schools in Dakshina Kannada and Uttara Kannada districts.",
			[]areaGot{{"Dakshina Kannada", "IND", "Karnataka", "ADM2"}, {"Uttara Kannada", "", "", ""}}},
		{"a district the gazetteer lacks is placed at its seat of the same name", "Rain closed schools in Udupi and Dakshina Kannada districts.",
			[]areaGot{{"Udupi", "IND", "Karnataka", "PPL"}, {"Dakshina Kannada", "IND", "Karnataka", "ADM2"}}},
		{"a settlement noun makes the names before it places, listed unresolved where the gazetteer lacks them",
			"Soldiers entered the Jenin and Zelmorov camps in the West Bank.",
			[]areaGot{{"Jenin", "PSE", "West Bank", "PPL"}, {"Zelmorov", "", "", ""}, {"West Bank", "PSE", "West Bank", "ADM1"}}},
		{"peoples before the noun make no list", "Both the Shia and Sunni districts were hit, and police raided Hutu and Tutsi villages.", nil},
		{"compass words make a list only with their country", "The Northern and Southern provinces reported cases.", nil},
		{"compass words with their country", "Fighting spread to the Northern and Eastern provinces of Sri Lanka.",
			[]areaGot{{"Northern", "LKA", "Northern Province", "ADM1"}, {"Eastern", "LKA", "Eastern Province", "ADM1"}, {"Sri Lanka", "LKA", "", "PCLI"}}},
		{"a list that opens the sentence", "Napa and Sonoma counties declared an emergency.",
			[]areaGot{{"Napa", "USA", "California", "ADM2"}, {"Sonoma", "USA", "California", "ADM2"}}},
		{"one name is no list: the plural noun leaves it as it is", "Most Texas counties reported no cases.",
			[]areaGot{{"Texas", "USA", "Texas", "ADM1"}}},
		{"words that name no area make no list", "Both the Republican and Democratic states voted.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, areasOf(tc.in)); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
