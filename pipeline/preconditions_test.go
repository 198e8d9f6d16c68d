package pipeline_test

import "testing"

// TestPreconditions: an act that a reported clause calls a condition of something ("said that
// lifting the sanctions is a precondition for talks") is demanded by the speaker (10x, the
// demand code mirroring the act), one it rules out ("is out of the question", "is not an
// option") rejected (12x, the refusal's code), not done and not merely judged; judged acts
// ("was a mistake") stay no event, and an act done stays the act.
func TestPreconditions(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a gerund called a precondition", text: "Kenya's foreign ministry said on Friday that lifting the sanctions is a precondition for any talks.",
			want: []string{"1054 KENGOV - asserted"}, not: []string{"085 * * *"}},
		{rule: "a participle inside the gerund's object", text: "Beijing said removing duties imposed during the dispute was an important condition of any deal.",
			want: []string{"1054 CHN - asserted"}, not: []string{"085 * * *"}},
		{rule: "an event noun called a condition", text: "The Ugandan president said the withdrawal of Kenyan troops was a condition for a ceasefire.",
			want: []string{"1056 UGAGOV * asserted"}, not: []string{"087 * * *", "0356 * * *"}},
		{rule: "'one of the conditions'", text: "The rebels said that freeing all prisoners is one of the conditions for a truce.",
			want: []string{"1053 REB * asserted"}, not: []string{"0841 * * *"}},
		{rule: "a judged act is no demand", text: "Kenya said that lifting the sanctions was a mistake.",
			not: []string{"10* * * *", "085 * * *"}},
		{rule: "an act done stays the act", text: "Kenya lifted the sanctions on Uganda, a condition set by the donors.",
			want: []string{"085 KEN UGA asserted"}, not: []string{"10* * * *"}},
		{rule: "an act ruled out is rejected", text: "Kenyan officials said yesterday that lifting the sanctions on Uganda is currently out of the question.",
			want: []string{"1244 KENGOV * asserted"}, not: []string{"085 * * *"}},
		{rule: "'not an option'", text: "Kenya said that withdrawing its troops from Somalia is not an option.",
			want: []string{"1246 KEN * asserted"}, not: []string{"087* * * *"}},
		{rule: "'unacceptable'", text: "The Ugandan government said sending troops to the border was unacceptable.",
			want: []string{"12* UGAGOV * asserted"}, not: []string{"15* * * *"}},
		{rule: "'not a precondition' asks nothing", text: "Kenya said that lifting the sanctions is not a precondition for talks.",
			not: []string{"10* * * *", "12* * * *", "085 * * *"}},
	})
}
