package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParticipleTimePhrases: a reaction to a thing done by someone ("the move announced by
// Kenya") is aimed at the doer also when a time phrase stands between the participle and its
// "by" phrase, even where the tagger read the participle as a past tense.
func TestParticipleTimePhrases(t *testing.T) {
	c := load(t)
	type coded = sidePair // the rows' name for it
	for _, tc := range []struct {
		in   string
		want []coded
	}{
		{"The African Union condemned the unilateral move announced on Monday by Kenya.", []coded{{"IGOAFU", "KEN"}}},
		{"The African Union condemned the decision announced last week by the Kenyan government.", []coded{{"IGOAFU", "KENGOV"}}},
		{"The European Union criticised the measures adopted on 3 May by Hungary.", []coded{{"IGOEEU", "HUN"}}},
		{"The African Union condemned the plan unveiled earlier this week by Kenya.", []coded{{"IGOAFU", "KEN"}}},
		{"The African Union condemned the move announced by Kenya.", []coded{{"IGOAFU", "KEN"}}},
	} {
		got := sidePairs(c, tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Code(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}
