package pipeline_test

import "testing"

// TestUltimatums: an act announced with an "unless" clause the other side must meet is a
// threat (13x) against that side, whatever the act; without the condition a cooperative act
// announced stays an intent (03x), and a hostile one keeps its own threat code.
func TestUltimatums(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a withdrawal unless", text: "Nigeria announced that it will withdraw its peacekeeping force from Chad unless the Chadian president arranges a ceasefire with the rebels.",
			want: []string{"13* NGA TCD asserted"}, not: []string{"03* * * *"}},
		{rule: "aid resumed unless", text: "Kenya said it would resume aid to Uganda unless the elections are postponed.",
			want: []string{"13* KEN UGA asserted"}, not: []string{"03* * * *"}},
		{rule: "a hostile act unless keeps its threat code", text: "Kenya will expel Ugandan diplomats unless Uganda withdraws its troops.",
			want: []string{"132 KEN UGAGOV asserted"}},
		{rule: "no condition, an intent", text: "Kenya will send aid to Uganda next week.",
			want: []string{"033 KEN UGA asserted"}, not: []string{"13* * * *"}},
		{rule: "an 'unless' of another clause", text: "Kenya will send aid to Uganda, and it will stop unless the rains come.",
			want: []string{"033 KEN UGA asserted"}},
	})
}
