package pipeline_test

import (
	"testing"
	"time"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

// TestUnspokenOnlyInLead: an act of words with no speaker (a noun naming complaints, talks or
// a treaty with a country) is a topic in a later paragraph, and no event; in the lead or in a
// one-paragraph note it stays. A protest needs no named crowd wherever it is told.
func TestUnspokenOnlyInLead(t *testing.T) {
	c := load(t)
	lead := "Chile expelled two Peruvian diplomats on Monday, the foreign ministry in Santiago said."
	topics := "The row follows years of complaints against Peru over the fishing waters off the coast. " +
		"The dispute has slowed talks with Bolivia on a new border treaty."
	for _, tc := range []struct {
		text string
		want []string // CAMEO codes, in order
	}{
		{lead + "\n\n" + topics, []string{"161"}},
		{lead + " " + topics, []string{"161", "114", "046"}},
		{lead + "\n\nHundreds protested outside the Peruvian embassy in Santiago on Tuesday.", []string{"161", "141"}},
		{"Complaints against Peru over the fishing waters grew on Monday.\n\nChile expelled two Peruvian diplomats, the ministry said.", []string{"114", "161"}},
	} {
		var got []string
		for _, e := range c.Code(&annals.Article{ID: "t", Text: tc.text}) {
			got = append(got, e.CAMEO)
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%q: codes (-want +got):\n%s", tc.text, d)
		}
	}
}

// TestUnsureOnlyInLead: what might happen and what happened years before are background when
// a later paragraph tells them, and stay in a one-paragraph note.
func TestUnsureOnlyInLead(t *testing.T) {
	c := load(t)
	lead := "Chile expelled two Peruvian diplomats on Monday, the foreign ministry in Santiago said."
	later := "Peru might recall its ambassador from Santiago. Chile also expelled a Bolivian envoy in 2009."
	for _, tc := range []struct {
		text string
		want []annals.Status
	}{
		{lead + "\n\n" + later, []annals.Status{annals.Asserted}},
		{lead + " " + later, []annals.Status{annals.Asserted, annals.Hypothetical, annals.Historical}},
	} {
		var got []annals.Status
		for _, e := range c.Code(&annals.Article{ID: "t", Text: tc.text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)}) {
			got = append(got, e.Status)
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%q: statuses (-want +got):\n%s", tc.text, d)
		}
	}
}
