package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestLowerCaseTail ends a name the gazetteer matched whatever the case before a lower-case
// word that is no place noun, and "The" before a lower-case word starts no name.
func TestLowerCaseTail(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"'The' and a common noun are no town called so",
			"The rock band played in Oslo on Friday. The village of Tarnow was flooded.",
			[]got{{"Oslo", "NOR", "PPLC"}, {"Tarnow", "POL", "PPLA2"}}},
		{"a place noun in lower case stays in the name, and so does an article joined to a capital",
			"Boats sailed up the Danube river to Vukovar, and crowds filled Bab el-Oued.",
			[]got{{"Danube river", "", "STM"}, {"Vukovar", "HRV", "PPLA"}, {"Bab el-Oued", "DZA", "ADM2"}}},
		{"a lower-case word inside a name", "Talks moved from The Hague to Trinidad and Tobago.",
			[]got{{"The Hague", "NLD", "PPLG"}, {"Trinidad and Tobago", "TTO", "PCLI"}}},
		{"a name the gazetteer matched whatever the case ends before a lower-case word",
			"Little rock pools dotted the shore near Perth.",
			[]got{{"Perth", "AUS", "PPLA"}}},
		{"a sentence's first word and a common noun are no town",
			"Green bay leaves flavour the stew served in Kingston.",
			[]got{{"Kingston", "JAM", "PPLC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestCityDistrict finds a city before a hyphen and its district's or riding's name.
func TestCityDistrict(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a compass word after the city names its riding, not a region",
			"The Calgary-North West member resigned on Monday.",
			[]got{{"Calgary", "CAN", "PPL"}}},
		{"a compass point joined to another makes a riding too",
			"The Edmonton-Southwest member spoke on Monday.",
			[]got{{"Edmonton", "CAN", "PPLA"}}},
		{"two places joined are each their own, listed by Complete, not one city's district",
			"The Beijing-Shanghai line reopened on Monday.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
