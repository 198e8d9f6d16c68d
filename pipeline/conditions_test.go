package pipeline_test

import "testing"

// TestConditions: an act in the "if" or "unless" clause of another act or threat is part of
// that act's condition, no event of its own; a fronted condition leaves its main clause a
// hypothetical event, and a condition with no act before it is still coded.
func TestConditions(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "unless clause", text: "Kenya will withdraw its troops from Somalia unless the Somali government arrests the militia leaders.",
			not: []string{"17*"}},
		{rule: "if clause", text: "Uganda said it would send troops to help defend Kenya if Kenya is attacked.",
			not: []string{"19*", "18*"}},
		{rule: "fronted condition", text: "If talks fail, Kenya would impose sanctions on Uganda.",
			want: []string{"16* KEN UGA hypothetical"}},
	})
}
