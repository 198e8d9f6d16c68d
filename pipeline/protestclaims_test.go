package pipeline_test

import "testing"

// TestProtestClaims: a demand, an appeal or a disapproval told as what a protest was for
// (an infinitive or a participle after it) is part of the protest, not a second event; a
// demand of its own is still coded.
func TestProtestClaims(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "infinitive of purpose", text: "Kenyan teachers marched in Nairobi on Monday to demand higher pay.",
			want: []string{"14* KENEDU * asserted"}, not: []string{"10*"}},
		{rule: "participle", text: "Ugandan traders blocked the main road in Kampala demanding the release of their leader.",
			want: []string{"14* UGABUS - asserted"}, not: []string{"10*"}},
		{rule: "appeal", text: "Thousands of Kenyan farmers rallied outside parliament calling for lower fuel prices.",
			want: []string{"14* KENAGR - asserted"}, not: []string{"02*"}},
		{rule: "participle after a comma", text: "Kenyan students staged a sit-in at the education ministry on Tuesday, demanding the minister's resignation.",
			want: []string{"14* KENEDU - asserted"}, not: []string{"10*"}},
		{rule: "a demand of its own", text: "Kenya demanded that Uganda reopen the border.", want: []string{"10* KEN UGA asserted"}},
	})
}
