package pipeline_test

import "testing"

// TestReducedRelatives: a past participle after the object of a verb, describing it ("the aid
// promised by Kenya last year", "a plea deal offered by prosecutors"), tells what the
// thing is, not news; force told so stays an event, and a past form after a subject noun is
// the clause's main verb.
func TestReducedRelatives(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "aid described by its promise", text: "Uganda has not yet received the aid promised by Kenya last year.",
			not: []string{"03* KEN * *"}},
		{rule: "a deal described by its offer", text: "His client chose not to accept a plea agreement offered by Kenyan prosecutors.",
			not: []string{"03* KENJUD * *"}},
		{rule: "force described so stays", text: "Kenyan doctors treated the protesters injured by police on Monday.",
			want: []string{"18* KENCOP * asserted"}},
		{rule: "a main verb after a subject noun", text: "Hundreds of Kenyan musicians protested outside parliament.",
			want: []string{"14* * * asserted"}},
		{rule: "a main verb after living conditions", text: "Kenyan workers angry at the poor living conditions clashed with police in Nairobi.",
			want: []string{"145 KENLAB KENCOP asserted"}},
	})
}
