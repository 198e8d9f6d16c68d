package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestProtestTargets: a protest, strike or rally aimed at a thing ("against the abuses by
// the navy", "over the government's refusal") takes the thing's owner as its target: the
// possessive before it or the "by" phrase after it, also of the protesters' own country; the
// owner is no protester. A rejection aimed at demands "by the Ghanaian government" finds the
// owner past the determiner. Its purpose clause names whom a protest is aimed at ("to demand
// the resignation of X", "calling for reforms by X", "in defiance of X"). A measure before the noun ("a 24-hour strike") does not hide
// the verb whose subject strikes.
func TestProtestTargets(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code string
		want       []string // "source target" of the events of code
	}{
		{"Workers went on strike over the Peruvian government's refusal to raise wages.", "143", []string{"PERLAB PERGOV"}},
		{"Students protested against the violations by Turkish police.", "141", []string{"TUREDU TURCOP"}},
		{"Students held a protest against the Iranian government's decision.", "141", []string{"IRNEDU IRNGOV"}},
		{"Fishermen held demonstrations against the alleged violations by the Kenyan navy.", "141", []string{"KENAGR KENMIL"}},
		{"Farmers began a hunger strike in protest against abuses by Bolivian soldiers.", "142", []string{"BOLAGR BOLMIL"}},
		{"Hundreds joined a rally in the capital on Sunday.", "141", []string{"- -"}},
		// A measure before the noun ("a 24-hour strike") is no end of the verb's object.
		{"Peruvian teachers began a 48-hour strike on Monday.", "143", []string{"PEREDU -"}},
		{"Ana Ruiz, Peru's leading rights activist, staged a 24-hour hunger strike against abuses by the police.", "142", []string{"PERNGO PERCOP"}},
		{"Nigeria rejected demands by the Ghanaian government.", "120", []string{"NGA GHAGOV"}},
		// The purpose of a protest names whom it is aimed at: the one whose removal it
		// demands, or who is to grant what it demands; so does "in defiance of".
		{"Farmers marched in Quito to demand the resignation of Ecuadorean President Ana Ruiz.", "1411", []string{"ECUAGR ECUGOV"}},
		{"Protesters rallied for the ouster of the Kenyan interior minister.", "1411", []string{"KENCVL KENGOV"}},
		{"Thousands of students held a rally calling for the immediate removal of the Chilean interior minister.", "141", []string{"CHLEDU CHLGOV"}},
		{"Workers staged demonstrations to demand wage rises by the Bolivian government.", "141", []string{"BOLLAB BOLGOV"}},
		{"Hundreds of people blocked roads in defiance of Peruvian authorities.", "144", []string{"PERCVL PERGOV"}},
		{"Teachers protested in Lima on Monday to demand higher pay.", "141", []string{"PEREDU -"}},
	} {
		got := sidesOfEach(c, tc.text, tc.code)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
