package pipeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAnaphoricTargets: a reaction to "the deal", "the ban", "the decision" is aimed at the
// party of the earlier act the noun refers back to, in the sentence or the three before; not
// when two acts of different sources fit, nor when the noun names its owner.
func TestAnaphoricTargets(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		in   string
		want []string // the reaction, the last event: "cameo source target" (see eventTriples)
	}{
		{"Kenya and Uganda signed a trade deal on Monday. Tanzania objected to the deal on Tuesday.", []string{"110 TZA KEN"}},
		{"The government banned the opposition party on Friday. The United Nations condemned the decision.", []string{"111 IGOUNO GOV"}},
		{"Kenya imposed sanctions on Uganda last month. Tanzania criticised the sanctions.", []string{"111 TZA KEN"}},
		{"Kenya expelled two Ugandan diplomats on Monday. Uganda condemned the expulsion.", []string{"111 UGA KEN"}},
		{"Kenya and Uganda held talks. Kenya later imposed a ban on Ugandan sugar. Uganda rejected the ban.", []string{"120 UGA KEN"}},
		{"Kenya signed a deal with Uganda. Tanzania welcomed the deal.", []string{"051 TZA KEN"}},
		{"Gunmen killed three police officers in Lagos on Sunday. The governor condemned the killings.", []string{"111 NGAGOV NGAUAF"}},
		{"Iran seized a British tanker in the Gulf. Britain condemned the seizure.", []string{"111 GBR IRN"}},
		{"Kenya signed a deal with Uganda. Tanzania expressed concern over the deal.", []string{"012 TZA KEN"}},
		// The reacting party itself signed: the other party.
		{"Kenya signed a deal with Uganda. Kenya's opposition rejected the deal.", []string{"127 KENOPP KEN"}},
		// Two acts of different sources: "the decision" is either.
		{"Kenya banned Ugandan sugar and Tanzania closed its border. Uganda condemned the decision.", []string{"111 UGA -"}},
		// An act with no source: its victims are not whom the reaction blames.
		{"Three Ugandan soldiers were killed on Monday. Kenya condemned the killings.", []string{"111 KEN -"}},
		// Nothing before to refer to.
		{"Uganda condemned the decision.", []string{"111 UGA -"}},
	} {
		got := eventTriples(c, tc.in)
		if len(got) > 0 {
			got = got[len(got)-1:]
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Code(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}
