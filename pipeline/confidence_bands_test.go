package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

// TestConfidenceBands: which coded sentences land in which confidence band, and why (see
// pipeline/confidence.go). Only a verbal act whose named speaker governs it directly, with an
// identified target, reaches 0.8: the same for a material act is right about three times in
// four on the dev sets, where what kind of force and against whom are read from more words.
func TestConfidenceBands(t *testing.T) {
	c := load(t)
	type row struct {
		Code       string
		Confidence float64
	}
	for _, tc := range []struct {
		text, why string
		want      row
	}{
		{"Kenya condemned Uganda over the border raid.", "a verbal act, both sides named, the speaker's own verb", row{"111", 0.90}},
		{"Chile praised Peru for its help after the floods.", "praise is a verbal act", row{"051", 0.90}},
		{"Kenya's foreign ministry on Tuesday accused Uganda of arming rebels.", "a date between the speaker and its verb", row{"112", 0.90}},
		{"Ghana expelled two Togolese diplomats on Friday.", "a material act, however direct, stays below 0.8", row{"174", 0.70}},
		{"Egyptian police arrested three Sudanese traders in Cairo.", "an arrest is material", row{"173", 0.70}},
		{"Kenya had condemned Uganda over the raid.", "a perfect: often background, not the report's act", row{"111", 0.60}},
		{"Bolivia criticised the decision on Monday.", "a speaker without a target", row{"111", 0.65}},
		{"Police arrested dozens of protesters in the capital.", "whose police is not said: no one identified", row{"173", 0.02}},
	} {
		var got []row
		for _, e := range c.Code(&annals.Article{ID: "t", Text: tc.text}) {
			got = append(got, row{e.CAMEO, e.Confidence})
		}
		if diff := cmp.Diff([]row{tc.want}, got); diff != "" {
			t.Errorf("%q (%s): events (-want +got):\n%s", tc.text, tc.why, diff)
		}
	}
}
