package pipeline_test

import "testing"

// TestClaimLists: the items a demand, an appeal, a promise or a threat lists ("including a
// ban on ...", "such as sanctions") are what is asked for or threatened, not acts done (the
// content of a demand or appeal is no event at all: TestDemandContent); a list after an act
// done keeps its items asserted.
func TestClaimLists(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "after an appeal", text: "Kenyan lawmakers pushed for tougher measures, including a ban on Ugandan trucks.",
			want: []string{"020 KENLEG - asserted"}, not: []string{"172 * * asserted"}},
		{rule: "after a promise", text: "Kenya promised tougher measures, including a ban on Ugandan trucks.",
			not: []string{"172 * * asserted"}},
		{rule: "after a threat", text: "Kenya threatened Uganda with reprisals such as the expulsion of Ugandan diplomats.",
			not: []string{"1313 * * asserted", "1212 * * asserted"}},
		{rule: "after an act done", text: "Kenyan police arrested dozens of traders on Monday, including the leader of the Ugandan traders' union.",
			want: []string{"173 KENCOP * asserted"}},
	})
}
