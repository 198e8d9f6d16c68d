package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/place"
)

// listing lists every place mention of in, as annals places does (Places, then Complete).
func listing(in string) []listed {
	doc := an.Analyze(in)
	actors := finder.Find(doc, time.Time{})
	res := resolver.Places(doc, actors)
	resolver.Complete(doc, actors, &res, countryWords)
	var out []listed
	for _, m := range res.Mentions {
		l := listed{Text: m.Text, Kind: m.Kind}
		if m.Place != nil {
			l.Country = m.Place.Country
		}
		out = append(out, l)
	}
	return out
}

// TestAreaNames lists countries and regions named inside longer names or after any
// preposition, and leaves out words and given names that name a region somewhere.
func TestAreaNames(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []listed
	}{
		{"a region before an organisation's initials",
			"Fans in Reno cheered as Nevada A&M beat the visitors.",
			[]listed{{"Reno", "USA", place.KindPlace}, {"Nevada", "USA", place.KindPlace}}},
		{"a region before a plural the lexicon lacks",
			"Snow closed roads in Manitoba, and the Manitoba Underdogs Rescue took in three dogs.",
			[]listed{{"Manitoba", "CAN", place.KindPlace}, {"Manitoba", "CAN", place.KindPlace}}},
		{"a region named by a common word after any preposition, its country named",
			"Rain fell on Cardiff. He won forty caps with Wales before he retired.",
			[]listed{{"Cardiff", "GBR", place.KindPlace}, {"Wales", "GBR", place.KindPlace}}},
		{"an island named by a common word after any preposition, its country named",
			"Floods hit Indonesia, and regions like Java reported cases.",
			[]listed{{"Indonesia", "IDN", place.KindPlace}, {"Java", "IDN", place.KindPlace}}},
		{"but not an island of a country the article leaves out",
			"The code, written with Java tools, runs in Paris.",
			[]listed{{"Paris", "FRA", place.KindPlace}}},
		{"but not when the article names nothing in its country",
			"He won forty caps with Wales before he retired.", nil},
		{"a word that names a region of a country the article leaves out",
			"The firm in Denver bought the Lakes Edge Apartments.",
			[]listed{{"Denver", "USA", place.KindPlace}}},
		{"a given name before an initial",
			"Michael J. Tate spoke in Douglas, Isle of Man.",
			[]listed{{"Douglas", "IMN", place.KindPlace}, {"Isle of Man", "IMN", place.KindPlace}}},
		{"a region before a newspaper's noun",
			"Readers in Austin bought the Texas Tribune on Monday.",
			[]listed{{"Austin", "USA", place.KindPlace}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, listing(tc.in)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
