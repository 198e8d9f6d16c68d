package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNeverPlace checks words that look like place names but name a direction, a street, a
// bloc, part of an organisation's name or the tail of a longer name.
func TestNeverPlace(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a compass word before a number is a street's",
			"The suspect was seen near West 44th Street in Chicago.",
			[]got{{"Chicago", "USA", "PPLA2"}}},
		{"a common word after a name and 'of' heads an institution's name",
			"Tom Reed of Reading said the hall was full.", nil},
		{"but a region after it and a comma holds the town: a person's home town",
			"The prize went to Ruth Banks of Mobile, Alabama, last week.",
			[]got{{"Mobile", "USA", "PPLA2"}, {"Alabama", "USA", "ADM1"}}},
		{"a compass word after a verb is a direction",
			"After the rally the crowd drove East along the river toward Denver.",
			[]got{{"Denver", "USA", "PPLA"}}},
		{"'the West' alone is the bloc",
			"Leaders in the West condemned the vote, an official in Cairo said.",
			[]got{{"Cairo", "EGY", "PPLC"}}},
		{"a common adjective starting an organisation's name, though a place noun follows it",
			"Officers of the Federal Territory Police Command stopped the convoy in Abuja.",
			[]got{{"Abuja", "NGA", "PPLC"}}},
		{"a word ending many place names after a lower-case abbreviation",
			"Cases by district: Amritsar 11, kdp Nagar 9, Ludhiana 16.",
			[]got{{"Amritsar", "IND", "PPL"}, {"Ludhiana", "IND", "PPL"}}},
		{"a month's abbreviation before a day is a date, with its point or without",
			"Voters in Tulsa go to the polls on Nov. 8, and the count ends Nov 12, 2024.",
			[]got{{"Tulsa", "USA", "PPLA2"}}},
		{"a place before a disease's noun names the disease, and so does the name alone later",
			"Doctors in Kampala confirmed the Marburg virus on Friday. Because Marburg kills slowly, more cases may come.",
			[]got{{"Kampala", "UGA", "PPLC"}}},
		{"a name of several words before a disease's noun names the disease",
			"Rift Valley fever spread among cattle near Garissa.",
			[]got{{"Garissa", "KEN", "PPLA"}}},
		{"the disease's place after a preposition of place stays a place",
			"Scientists first isolated the Marburg virus in Marburg, Germany, in 1967.",
			[]got{{"Marburg", "DEU", "PPL"}, {"Germany", "DEU", "PCLI"}}},
		{"a country's initials joined to a dollar sign name a currency",
			"The fund paid US$5 million to farmers in Tulsa, NZ$40 went to Napier and the crop was worth $US 2 billion.",
			[]got{{"Tulsa", "USA", "PPLA2"}, {"Napier", "NZL", "PPLA"}}},
		{"but a dollar sign apart from the name leaves it a place",
			"Farmers in the US lost $5 million.",
			[]got{{"US", "USA", "PCLI"}}},
		{"a country or a capital before a newspaper's noun names the newspaper",
			"Readers in Leeds bought China Daily and the Washington Post.",
			[]got{{"Leeds", "GBR", "PPLA2"}}},
		{"but not before a lower-case word",
			"Airlines in China ran daily flights to Leeds.",
			[]got{{"China", "CHN", "PCLI"}, {"Leeds", "GBR", "PPLA2"}}},
		{"a compass word alone is no unknown place",
			"A commander of the Cairo East district spoke to reporters.",
			[]got{{"Cairo", "EGY", "PPLC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
