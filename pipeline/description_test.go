package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestDescriptiveRelative: a relative clause set off after an actor, or restricting a common
// noun, whose verb is in the present simple tells what the actor is or stands for, and yields
// no event; a past, a perfect or the main clause still report acts.
func TestDescriptiveRelative(t *testing.T) {
	c := load(t)
	for _, tc := range []struct {
		text      string
		want, not []string // CAMEO codes that must and must not be coded
	}{
		{"Ghana, which opposes new sanctions against Togo, hosted the regional summit on Monday.", []string{"043"}, []string{"110", "163"}},
		{"Norway, which accuses Russia of spying, expelled three diplomats on Tuesday.", []string{"161"}, []string{"1125"}},
		{"Norway, which accused Russia of spying last year, expelled three diplomats on Tuesday.", []string{"1125", "161"}, nil},
		{"The Chilean minister, who was in Lima on Monday, met his Peruvian counterpart on Tuesday.", []string{"042", "040"}, nil},
		{"Sweden, which has sent troops to Mali, condemned the coup on Wednesday.", []string{"154", "111"}, nil},
		{"Ghana, which distrusts the junta and has rejected its envoy from Mali, hosted the summit on Monday.", []string{"120", "043"}, nil},
		// Restrictive clauses after a common noun.
		{"The level above which the Kenyan government considers new curbs was set at 50 cases.", nil, []string{"014"}},
		{"Kenyan police arrested the Somali gunmen who attacked the market on Monday.", []string{"173", "180"}, nil},
		{"Kenyan soldiers who guard the border clashed with Somali militants on Monday.", []string{"193"}, nil},
	} {
		got := map[string]bool{}
		for _, e := range c.Code(&annals.Article{ID: "t", Text: tc.text}) {
			got[e.CAMEO] = true
		}
		for _, code := range tc.want {
			if !got[code] {
				t.Errorf("%q: no %s, got %v", tc.text, code, got)
			}
		}
		for _, code := range tc.not {
			if got[code] {
				t.Errorf("%q: %s coded from a descriptive clause", tc.text, code)
			}
		}
	}
}
