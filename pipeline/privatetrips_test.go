package pipeline_test

import "testing"

// TestPrivateTrips: a private person's journey to a place, a state or another private person
// is no visit (042) in CAMEO's sense; a visit by or to a political actor stays.
func TestPrivateTrips(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a family's trip abroad", text: "The Peruvian teacher and her family traveled to Chile last month.", not: []string{"042"}},
		{rule: "families' trip to a hospital", text: "Dozens of Kenyan families traveled to the hospital in Nakuru on Monday.", not: []string{"042"}},
		{rule: "students hosting relatives", text: "Ghanaian students hosted their cousins from Lome last week.", not: []string{"043"}},
		{rule: "a minister's visit", text: "Kenyan Foreign Minister Amina Mohamed traveled to Uganda on Monday.", want: []string{"042 KENGOV"}},
		{rule: "farmers visit a ministry", text: "Kenyan farmers visited the agriculture ministry in Nairobi on Monday.", want: []string{"042 KENAGR"}},
	})
}
