package pipeline_test

import "testing"

// TestGerundSubjectRelatives: a gerund that opens a reported clause and is the subject of a
// copula is judged, not reported, also when a relative clause on its object stands before
// the copula (and the tagger misses the relative's verb); a finite verb after the relative
// clause is the gerund's own verb, and the act is reported.
func TestGerundSubjectRelatives(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a 'that' relative before the copula", text: "Kenyan officials recognize that making concessions for a deal that fails to address the border dispute is not a good idea.",
			not: []string{"03* * * *", "08* * * *"}},
		{rule: "a 'who' relative before the copula", text: "Kenyan officials said that expelling diplomats who criticised the government was a mistake.",
			not: []string{"16* KENGOV * *"}},
		{rule: "a 'which' relative before a modal copula", text: "Kenya said that sending troops to a region which has seen fighting would be dangerous.",
			not: []string{"15* * * *"}},
		{rule: "the relative's copula, then the gerund's own verb", text: "Kenya said that sending troops to the region that is disputed angered Ugandan leaders.",
			want: []string{"15* KEN * asserted"}},
		{rule: "a later speaker's verb is no relative's", text: "Sending troops to a region that borders Kenya is a mistake, a Ugandan official said.",
			not: []string{"15* * * *"}},
	})
}
