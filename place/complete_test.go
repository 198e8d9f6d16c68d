package place_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/actor"
	"github.com/annals-org/annals/place"
	"github.com/annals-org/annals/text"
)

func countryWords(doc *text.Doc, i, end int) (int, string, bool, bool) {
	stop, iso, kind, ok := finder.CountryWord(doc, i, end)
	return stop, iso, kind == actor.KAdj, ok
}

type listed struct{ Text, Country, Kind string }

// TestComplete lists countries used as actors and the countries' adjectives and demonyms.
func TestComplete(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []listed
	}{
		{"a country as an actor", "Russia could oversee the vote, officials said.",
			[]listed{{"Russia", "RUS", place.KindPlace}}},
		{"a demonym of two words", "Two Sri Lankan observers arrived in Colombo.",
			[]listed{{"Sri Lankan", "LKA", place.KindDemonym}, {"Colombo", "LKA", place.KindPlace}}},
		{"a plural demonym names people, no mention of the country", "The Norwegians protested the decision.", nil},
		{"the adjective is one", "Norwegian officials protested the decision.",
			[]listed{{"Norwegian", "NOR", place.KindDemonym}}},
		{"a capital speaking", "Ankara denied the report on Monday.",
			[]listed{{"Ankara", "TUR", place.KindPlace}}},
		{"a country name inside an actor phrase", "US health officials arrived on Friday.",
			[]listed{{"US", "USA", place.KindPlace}}},
		{"places in hyphenated words", "Two Beijing-based firms welcomed the Russia-Ukraine talks.",
			[]listed{{"Beijing", "CHN", place.KindPlace}, {"Russia", "RUS", place.KindPlace}, {"Ukraine", "UKR", place.KindPlace}}},
		{"a hyphenated first part that ends a longer name names that place whole",
			"Members of a New York-based squad met a Los Angeles-born actor and a Hong Kong-based bank.",
			[]listed{{"New York", "USA", place.KindPlace}, {"Los Angeles", "USA", place.KindPlace}, {"Hong Kong", "HKG", place.KindPlace}}},
		{"a first part after a name the gazetteer lacks names nothing", "The Zorblax York-based group met.", nil},
		{"major cities joined", "The Kyiv-Kharkiv highway and the Osaka-Kyoto line reopened.",
			[]listed{{"Kyiv", "UKR", place.KindPlace}, {"Kharkiv", "UKR", place.KindPlace}, {"Osaka", "JPN", place.KindPlace}, {"Kyoto", "JPN", place.KindPlace}}},
		{"a double surname of towns is no place", "Dr. Ann Cook-Redfern said the ward was full.", nil},
		{"a hyphenated part named elsewhere in the article", "Turkey hosted the talks. The Russia-Turkey deal held.",
			[]listed{{"Turkey", "TUR", place.KindPlace}, {"Russia", "RUS", place.KindPlace}, {"Turkey", "TUR", place.KindPlace}}},
		{"a city's demonym, the city named elsewhere in the article",
			"Rain fell on Nairobi. Two Nairobian traders lost their stalls.",
			[]listed{{"Nairobi", "KEN", place.KindPlace}, {"Nairobian", "KEN", place.KindDemonym}}},
		{"a city's plural demonym names people", "Rain fell on Nairobi, and Nairobians stayed home.",
			[]listed{{"Nairobi", "KEN", place.KindPlace}}},
		{"a city's demonym before a town noun is no unknown place",
			"Rain fell on Nairobi, and the Nairobian city council met on Monday.",
			[]listed{{"Nairobi", "KEN", place.KindPlace}, {"Nairobian", "KEN", place.KindDemonym}}},
		{"a place after a lower-case prefix", "Snow fell from mid-Ohio to the coast, and the made-in-Japan model sold well.",
			[]listed{{"Ohio", "USA", place.KindPlace}, {"Japan", "JPN", place.KindPlace}}},
		{"a month or a holiday after a prefix is no place", "The mid-March thaw ended the pre-Christmas rush.", nil},
		{"nor a small town's name, more likely a person's", "Police broke up a pro-Morales march.", nil},
		{"a major city after a prefix is one", "The anti-Tokyo mood grew.", []listed{{"Tokyo", "JPN", place.KindPlace}}},
		{"an ocean after a prefix names a region or an idea", "Stores in the mid-Atlantic states backed euro-Atlantic ties.", nil},
		{"initials alone are no place", "The NATO-AFP report came out.", nil},
		{"a country joined to a bloc's initials", "Ministers backed the Canada-EU deal before the EU-Japan talks and Russia-NATO ties.",
			[]listed{{"Canada", "CAN", place.KindPlace}, {"Japan", "JPN", place.KindPlace}, {"Russia", "RUS", place.KindPlace}}},
		{"continents joined by a hyphen", "Africa-Europe flights resumed.",
			[]listed{{"Africa", "", place.KindPlace}, {"Europe", "", place.KindPlace}}},
		{"initials joined to a person's name are no sign", "The EU-Juncker plan and the IMF-Lagarde talks came first.", nil},
		{"country adjectives joined by a hyphen", "A German-Iraqi boy was held, and Turkish-backed rebels fled.",
			[]listed{{"German", "DEU", place.KindDemonym}, {"Iraqi", "IRQ", place.KindDemonym}, {"Turkish", "TUR", place.KindDemonym}}},
		{"a part that is no country's adjective", "The Anglo-Saxon church hosted an Afro-Cuban band.", nil},
		{"a country's initials joined to a dollar sign, the country an actor or not", "The US pledged US$5 million, said NZ$3 was too little and gave $US 2 billion.",
			[]listed{{"US", "USA", place.KindPlace}}},
		{"a country before a newspaper's noun, however found", "China Daily said the New Zealand Herald was wrong.", nil},
		{"a town's name first in a sentence, the article naming the town elsewhere",
			"Rain fell on Esperance on Monday. Esperance recorded 40 mm of rain.",
			[]listed{{"Esperance", "AUS", place.KindPlace}, {"Esperance", "AUS", place.KindPlace}}},
		{"but not the first word of a longer name", "Rain fell on Esperance on Monday. Esperance Lakes flooded.",
			[]listed{{"Esperance", "AUS", place.KindPlace}}},
		{"nor a word the article writes after a given name", "Gale Ripley spoke in Ripley on Friday. Ripley said the roads were closed.",
			[]listed{{"Ripley", "GBR", place.KindPlace}}},
		{"nor a currency's first word", "Officials in the US said aid would come. US$5 million will go to farmers.",
			[]listed{{"US", "USA", place.KindPlace}}},
		{"a double surname is no place", "The report was written by Dr. Amy Cook-Redfern.", nil},
		{"a lower-case word is no demonym", "He ordered french fries and a danish.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, listing(tc.in)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
