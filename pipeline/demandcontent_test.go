package pipeline_test

import "testing"

// TestDemandContent: the act a demand or an appeal asks for, or a rejection turns down, is the
// claim's content, not an act done or a second event, and an unspecified demand takes its
// code; a new main verb or a relative clause after the demand is an act of its own.
func TestDemandContent(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "that-clause", text: "Kenya demanded that Uganda ease the restrictions on Kenyan lorries.",
			want: []string{"10* KEN UGA asserted"}, not: []string{"08*"}},
		{rule: "object and infinitive", text: "The Kenyan president urged Ugandan rebels to release the hostages.",
			want: []string{"02* KENGOV UGAREB asserted"}, not: []string{"084*"}},
		{rule: "duty in a reported clause", text: "Kenya said on Monday that Uganda must return the seized fishing boats.",
			want: []string{"10* KEN UGA asserted"}, not: []string{"0842", "171"}},
		{rule: "the demand takes the code of what it asks", text: "Kenya demanded that Uganda withdraw its troops from the border.",
			want: []string{"10* KEN UGA asserted"}, not: []string{"0874"}},
		{rule: "a relative clause tells a real act", text: "Kenyan protesters demanded the release of Ugandan activists who were detained in Nairobi.",
			want: []string{"105* KENCVL UGAOPP asserted", "173 * UGAOPP asserted"}},
		{rule: "what a rejection turns down", text: "Uganda rejected a Kenyan offer to host peace talks with the rebels in Nairobi.",
			want: []string{"12* UGA KEN asserted"}, not: []string{"036", "04*"}},
		{rule: "what a refusal turns down", text: "Uganda refused to commit to any military assistance to the Kenyan offensive against the rebels.",
			not: []string{"19*"}},
		{rule: "a new main verb is its own act", text: "Kenyan teachers demanded higher pay and blocked the road to parliament.",
			want: []string{"14* KENEDU - asserted"}},
	})
}
