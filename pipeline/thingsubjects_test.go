package pipeline_test

import "testing"

// TestThingSubjects: a verb whose subject is a thing or an indefinite pronoun ("settlements
// threaten", "no evidence supports", "someone had placed bombs") has no actor of the sentence
// for its doer: not the speaker, nor the actor the speaker told. An actor subject, or one
// behind a preposition or a possessive, stays.
func TestThingSubjects(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a thing threatens", text: "The Kenyan foreign ministry said the new settlements threaten the peace in the region.",
			not: []string{"13*"}},
		{rule: "a thing after the object of telling", text: "Ugandan officials told Kenyan lawmakers that no evidence supports the claim.",
			not: []string{"051"}},
		{rule: "an indefinite subject of the verb whose object is the event noun",
			text: "Kenyan police said that someone had deliberately placed bombs on a Nairobi street.", not: []string{"183 KENCOP"}},
		{rule: "an actor subject of the verb whose object is the event noun",
			text: "Kenyan police said that Ugandan rebels had placed bombs on a Nairobi street.", want: []string{"183 UGAREB"}},
		{rule: "an actor subject after a verb of saying", text: "The Kenyan foreign ministry said Ugandan troops threaten the peace in the region.",
			want: []string{"130 UGAMIL"}},
		{rule: "people behind a preposition", text: "Kenyan residents of the town attacked the police station on Monday.",
			want: []string{"145 KENCVL"}},
		{rule: "an actor named by a role noun", text: "Kenyan police said the authorities would investigate the killing.",
			want: []string{"091 KENGOV"}},
	})
}
