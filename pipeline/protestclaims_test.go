package pipeline_test

import "testing"

// TestProtestClaims: a demand, an appeal or a disapproval told as what a protest was for
// (an infinitive or a participle after it) is part of the protest, not a second event, and
// the one it addresses is the protest's target; the words of the claim are no act of their
// own ("demanding the minister's resignation" reports no resignation); a demand of its own
// is still coded.
func TestProtestClaims(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "infinitive of purpose", text: "Kenyan teachers marched in Nairobi on Monday to demand higher pay.",
			want: []string{"14* KENEDU * asserted"}, not: []string{"10*"}},
		{rule: "participle", text: "Ugandan traders blocked the main road in Kampala demanding the release of their leader.",
			want: []string{"14* UGABUS - asserted"}, not: []string{"10*"}},
		{rule: "appeal", text: "Thousands of Kenyan farmers rallied outside parliament calling for lower fuel prices.",
			want: []string{"14* KENAGR - asserted"}, not: []string{"02*"}},
		{rule: "participle after a comma", text: "Kenyan students staged a sit-in at the education ministry on Tuesday, demanding the minister's resignation.",
			want: []string{"14* KENEDU KENGOV asserted"}, not: []string{"10*", "08*"}},
		{rule: "the one the claim addresses is the protest's target", text: "Ugandan nurses marched in Kampala on Monday, urging the health ministry to pay their wages.",
			want: []string{"14* UGAHLH UGAGOV asserted"}, not: []string{"02*"}},
		{rule: "a demand of its own", text: "Kenya demanded that Uganda reopen the border.", want: []string{"10* KEN UGA asserted"}},
	})
}
