package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestPersonNames checks that a word the article uses as a person's name is no place anywhere
// in it, and that a place cue keeps a town of that name a place.
func TestPersonNames(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a surname after its given name is the person later, after 'of' too",
			"Marla Steele runs a bakery in Denver. Friends of Steele gathered outside the court on Monday.",
			[]got{{"Denver", "USA", "PPLA"}}},
		{"a quoted nickname that speaks is a person",
			`A man who gave his name only as "Hartley" told reporters the march was peaceful. Later "Hartley" walked away.`, nil},
		{"a name before an appositive role is a person's, whatever the first name's tag",
			"“The figures are wrong,” Will Hartley, chief executive of the charity, said in London.",
			[]got{{"London", "GBR", "PPLC"}}},
		{"a surname after a particle is no city of another spelling",
			"“The sea is shallow,” said Jan van Bremen, a marine biologist at the university.", nil},
		{"a name the gazetteer lacks, used as a surname, is no unknown place",
			"Farida Qassouri stayed with her son. In Qassouri's case, the hospital had no power.", nil},
		{"a town sharing a person's name stays a place with its region or after 'the mayor of'",
			"Storms hit Milton, Florida, on Sunday. Sarah Milton, the town's clerk, said roads were closed. The mayor of Milton asked for help.",
			[]got{{"Milton", "USA", "PPLA2"}, {"Florida", "USA", "ADM1"}, {"Milton", "USA", "PPLA2"}}},
		{"a plural role after a town's name is no appositive of a person",
			"Milton, the doctors who treat the sick, worked all night in Florida.",
			[]got{{"Milton", "USA", "PPLA2"}, {"Florida", "USA", "ADM1"}}},
		{"a small town far from the article's places, with no place cue, is a name",
			"Police fired tear gas in Nairobi on Friday. Many said that since Steele nothing had changed.",
			[]got{{"Nairobi", "KEN", "PPLC"}}},
		{"the same town after a preposition of place stays",
			"Police fired tear gas in Nairobi on Friday. A day later aid reached villagers in Steele.",
			[]got{{"Nairobi", "KEN", "PPLC"}, {"Steele", "USA", "PPL"}}},
		{"a name after a preposition does not speak",
			"Dan Ortiz, 44, of Clayton said the water was rising in Atlanta.",
			[]got{{"Clayton", "USA", "PPL"}, {"Atlanta", "USA", "PPLA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
