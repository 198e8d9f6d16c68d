package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// TestFoldHeadline: an event of the headline that the body reports again is that report; it
// is folded into the body's record, which keeps the day the body states. A headline event
// the body does not report, or reports with another actor, stays a record of its own.
func TestFoldHeadline(t *testing.T) {
	c := load(t)
	published := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	type rec struct{ Root, Source, Date string }
	for _, tc := range []struct {
		title, body string
		headline    []rec  // the records left with the headline as evidence
		bodyDate    string // the date of the body's records of the headline's root
	}{{
		title:    "Rebels shell army base in northern Mali",
		body:     "Malian rebels shelled an army base near the town of Kidal on Tuesday, killing three soldiers.",
		bodyDate: "2024-03-12",
	}, {
		title:    "Chile expels Bolivian diplomat",
		body:     "The foreign ministry in Santiago gave no reason for the decision on Wednesday.",
		headline: []rec{{"16", "CHL", "2024-03-14"}},
	}, {
		title:    "Malian rebels attack army post",
		body:     "Malian soldiers attacked a rebel camp near Kidal on Monday.",
		headline: []rec{{"19", "MLI", "2024-03-14"}},
		bodyDate: "2024-03-11",
	}} {
		a := annals.Article{ID: "t", Title: tc.title, Text: tc.title + "\n" + tc.body, Published: published}
		var head []rec
		bodyDates := map[string]bool{}
		for _, e := range c.Code(&a) {
			if e.Evidence != tc.title {
				bodyDates[e.Date] = true
				continue
			}
			src := ""
			if e.Source != nil {
				src = e.Source.Country
			}
			head = append(head, rec{e.CAMEO[:2], src, e.Date})
		}
		if diff := cmp.Diff(tc.headline, head); diff != "" {
			t.Errorf("%q: headline records (-want +got):\n%s", tc.title, diff)
		}
		if tc.bodyDate != "" && (len(bodyDates) != 1 || !bodyDates[tc.bodyDate]) {
			t.Errorf("%q: body records dated %v, want %s", tc.title, bodyDates, tc.bodyDate)
		}
	}
}

// TestFoldHeadlineOnlyWithTitle: a text whose first line is not the article's title has no
// headline to fold; its first line's events stay.
func TestFoldHeadlineOnlyWithTitle(t *testing.T) {
	c := load(t)
	text := "Malian rebels shelled an army base near Kidal on Tuesday.\nMalian rebels shelled the army base again on Wednesday night."
	a := annals.Article{ID: "t", Text: text, Published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
	n := 0
	for _, e := range c.Code(&a) {
		if strings.HasPrefix(e.CAMEO, "19") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d shelling events, want 2 (one a day)", n)
	}
}
