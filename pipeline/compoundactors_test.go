package pipeline_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCompoundActors: coordinated actors each take their part. A possessive determiner after
// "and" ("Jane Doe and her Ugandan counterpart") still joins two actors; a reciprocal act of
// the two is each one's act towards the other. A plural role "of" coordinated countries ("the
// foreign ministers of Kenya and Uganda") is each country's, as source and as target.
func TestCompoundActors(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text, code string
		want       []string // sorted "source target" of the events of code
	}{
		{"Kenyan President Jane Doe and her Ugandan counterpart John Roe agreed to reopen the border.", "030",
			[]string{"KENGOV UGAGOV", "UGAGOV KENGOV"}},
		{"The Kenyan president and his Ugandan counterpart met in Nairobi.", "040",
			[]string{"KENGOV UGAGOV", "UGAGOV KENGOV"}},
		{"Chile condemned Peru and its Bolivian allies.", "111", []string{"CHL BOL", "CHL PER"}},
		// A plural role "of" coordinated countries is each country's.
		{"The foreign ministers of Kenya and Uganda met in Nairobi.", "040", []string{"KENGOV UGAGOV", "UGAGOV KENGOV"}},
		{"Ethiopia criticized the leaders of Kenya and Uganda.", "111", []string{"ETH KENGOV", "ETH UGAGOV"}},
		{"The president of Kenya met Ugandan officials.", "040", []string{"KENGOV UGAGOV"}},
		{"Ministers from Kenya and Uganda met in Nairobi.", "040", []string{"KENGOV UGAGOV", "UGAGOV KENGOV"}},
	} {
		got := sidesOfEach(c, tc.text, tc.code)
		sort.Strings(got)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
