package pipeline_test

import "testing"

// TestPoliteRequests: approval under a conditional "would" ("would appreciate Uganda
// releasing the prisoners", "we'd appreciate you allowing ...") asks for the act: an appeal
// (02x, mirroring the act asked for) to the one who would act, not praise or an intent to
// praise, and the act asked for is not reported as done. Approval of what was done stays
// praise.
func TestPoliteRequests(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "an act asked for by 'would appreciate'", text: "Kenya would appreciate Uganda releasing the prisoners.",
			want: []string{"0253 KEN UGA asserted"}, not: []string{"0841 * * *", "032 * * *", "051 * * *"}},
		{rule: "an 'if' clause asked for", text: "Kenya would appreciate it if Uganda released the prisoners.",
			want: []string{"02* KEN UGA asserted"}, not: []string{"0841 * * *", "032 * * *"}},
		{rule: "'would welcome'", text: "Kenya would welcome Ugandan participation in the talks.",
			want: []string{"02* KEN UGA asserted"}, not: []string{"032 * * *"}},
		{rule: "a contracted 'would'", text: "The Kenyan president told his Ugandan counterpart: we'd appreciate your help.",
			want: []string{"02* KENGOV * asserted"}, not: []string{"051 * * *"}},
		{rule: "approval of what was done", text: "Kenya appreciated Uganda's help.",
			want: []string{"051 KEN UGA asserted"}},
		{rule: "a future welcome is a visit's hosting, not an appeal", text: "Kenya will welcome the Ugandan president next week.",
			not: []string{"02* * * *"}},
	})
}
