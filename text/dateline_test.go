package text_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/text"
)

// TestDatelineOf: the place, date and end of the datelines reports open with, and sentences
// that open with capitals but no dateline.
func TestDatelineOf(t *testing.T) {
	an := analyzer(t)
	type got struct{ Place, Date string }
	for _, tc := range []struct {
		in   string
		want *got
	}{
		{"SRINAGAR, April 17 — Troops exchanged fire on Wednesday night.", &got{"SRINAGAR", "April 17"}},
		{"BEIRUT, Nov. 3, 2025 (Reuters) - A drone struck a car on Sunday.", &got{"BEIRUT", "Nov. 3, 2025"}},
		{"LIMA (Andes Daily) — Police fired tear gas on Wednesday.", &got{"LIMA", ""}},
		{"KHAN YOUNIS, Gaza Strip — Shelling went on.", &got{"KHAN YOUNIS, Gaza Strip", ""}},
		{"Kabul, Afghanistan, Oct. 3 (AP) — A blast hit a mosque.", &got{"Kabul, Afghanistan", "Oct. 3"}}, // mixed case: a town and its country
		{"Beirut, Lebanon — Jets struck a suburb.", &got{"Beirut, Lebanon", ""}},
		{"Beirut — Jets struck a suburb.", nil}, // mixed case without a region: too like a sentence's first word
		{"Paris, London and Berlin — three capitals — agreed.", nil},
		{"KHAN YOUNIS, GAZA — Shelling went on overnight.", &got{"KHAN YOUNIS, GAZA", ""}},
		{"LINDEN, N.J. — The police stormed the building.", &got{"LINDEN, N.J.", ""}},
		{"New Delhi: The ministry summoned the envoy.", &got{"New Delhi", ""}},
		{"CAIRO, 29 January — Aid trucks crossed.", &got{"CAIRO", "29 January"}},
		{"PARIS, Tuesday — Unions marched.", &got{"PARIS", "Tuesday"}},
		{"The UN said on Monday - in a statement - that aid had stopped.", nil},
		{"NATO allies met in Brussels on Monday.", nil},
		{"April 17 — Troops exchanged fire.", nil}, // a date with no place
		{"US, EU and UK officials met.", nil},
	} {
		doc := an.Analyze(tc.in)
		d, ok := text.DatelineOf(&doc.Sentences[0])
		var g *got
		if ok {
			span := func(r [2]int) string {
				if r[0] == r[1] {
					return ""
				}
				return tc.in[doc.Tokens[r[0]].Start:doc.Tokens[r[1]-1].End]
			}
			g = &got{span(d.Place), span(d.Date)}
		}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.in, diff)
		}
	}
}
