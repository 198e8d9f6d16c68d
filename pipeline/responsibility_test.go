package pipeline_test

import "testing"

// TestResponsibility: a speaker who says another actor is responsible for an act, or behind
// it, accuses that actor (112); the act is what the accusation is about, no event of its own.
// "Behind" a thing and "responsible for" a duty accuse no one.
func TestResponsibility(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "'is responsible for' an attack", text: "Kenya's foreign minister said on Saturday that Uganda is responsible for the attacks on the oil facilities.",
			want: []string{"112 KENGOV UGA asserted"}, not: []string{"19* * * *", "18* * * *"}},
		{rule: "'were behind' bombings", text: "The Kenyan government said Ugandan rebels were behind the bombings in Nairobi.",
			want: []string{"112 KENGOV UGAREB asserted"}, not: []string{"18* * * *"}},
		{rule: "'responsible for' a killing told by a gerund", text: "Kenya said Ugandan rebels were responsible for killing nine border guards.",
			want: []string{"112 KEN UGAREB asserted"}, not: []string{"19* * * *", "18* * * *"}},
		{rule: "behind a thing", text: "Kenya said Ugandan troops were behind the border fence.",
			not: []string{"112 * * *"}},
		{rule: "responsible for a duty", text: "Kenya said the Ugandan army is responsible for security in the region.",
			not: []string{"112 * * *"}},
	})
}
