package pipeline_test

import (
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// TestModality codes sentences of our own whose modal verb decides what they assert: a
// refusal put with "would not" in reported speech is a rejection (12x), as "will not" is,
// unless a condition governs it; "can" tells an ability, not an act.
func TestModality(t *testing.T) {
	c := load(t)
	checkCoding(t, c, []codingCase{
		{rule: "a refusal in reported speech", text: "The Kenyan government said it would not give in to pressure from Uganda.",
			want: []string{"12* KENGOV * asserted"}, not: []string{"08* KENGOV * *"}},
		{rule: "a refusal in reported speech", text: "Peru said it would not meet Chilean negotiators.",
			want: []string{"125 PER CHLGOV asserted"}, not: []string{"036 PER *"}},
		{rule: "a conditional refusal stays hypothetical", text: "If talks fail, Peru would not meet Chilean negotiators again.",
			want: []string{"040 PER CHLGOV hypothetical"}, not: []string{"12* PER * asserted"}},
		{rule: "a fronted condition governs the main clause", text: "Unless Uganda withdraws its troops, Kenya will expel Ugandan diplomats.",
			want: []string{"1* KEN UGAGOV hypothetical"}, not: []string{"* KEN * asserted", "* KEN * planned"}},
		{rule: "a refusal to release", text: "Kenya said it would not release the Ugandan prisoners.",
			want: []string{"1243 KEN UGACVL asserted"}},
		{rule: "'can' of ability", text: "Under the treaty, Kenya can expel Ugandan diplomats.",
			want: []string{"174 KEN UGAGOV hypothetical"}, not: []string{"174 KEN * asserted"}},
		{rule: "'can' of possibility", text: "Kenyan officials said police can arrest protesters who block the roads.",
			not: []string{"173 * * asserted"}},
	})
}

// codingCase is a sentence of our own with the events it must and must not give, written
// as in TestAssertions.
type codingCase struct {
	rule, text string
	want, not  []string
	none       bool // no event at all
}

func checkCoding(t *testing.T, c *pipeline.Coder, tests []codingCase) {
	t.Helper()
	for _, tt := range tests {
		a := &annals.Article{ID: "t", Published: time.Date(2024, 5, 13, 0, 0, 0, 0, time.UTC), Text: tt.text}
		evs := c.Code(a)
		var got []string
		for i := range evs {
			got = append(got, describe(&evs[i]))
		}
		if tt.none && len(evs) > 0 {
			t.Errorf("%s: %q: want no event, got %v", tt.rule, tt.text, got)
		}
		for _, w := range tt.want {
			if !anyMatch(got, w) {
				t.Errorf("%s: %q: no event %q in %v", tt.rule, tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if anyMatch(got, n) {
				t.Errorf("%s: %q: an event %q in %v", tt.rule, tt.text, n, got)
			}
		}
	}
}
