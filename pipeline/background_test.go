package pipeline_test

import "testing"

// TestBackgroundPhrases: an event noun after "after", "following", "amid", "in the wake of",
// "in response to" tells the cause or the setting of the act an actor did before it, not
// news of its own; with no agent before it, or as the fighting that ends in a capture, it is
// the news.
func TestBackgroundPhrases(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "after a span of unrest", text: "The Kenyan government lifted the curfew in Mombasa after two weeks of riots.",
			want: []string{"08* KENGOV * asserted"}, not: []string{"14*"}},
		{rule: "following a killing", text: "Ugandan police arrested three Kenyan traders following the killing of a customs officer.",
			want: []string{"173 UGACOP KENBUS asserted"}, not: []string{"18*"}},
		{rule: "amid protests", text: "Kenya recalled its ambassador from Uganda amid protests over the border closure.",
			not: []string{"14*"}},
		{rule: "in the wake of an attack", text: "Kenya closed its border with Somalia in the wake of an attack on a market.",
			not: []string{"190*", "18*"}},
		{rule: "no agent before: the attack is the news", text: "Two Kenyan soldiers were killed following an attack by al-Shabaab militants near Mandera.",
			want: []string{"19* SOMREB *"}},
		{rule: "fighting before a capture", text: "Ugandan troops captured the rebel camp after three days of fighting.",
			want: []string{"19* UGAMIL * asserted", "192 UGAMIL *"}},
	})
}
