package dating_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dating"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// TestFilingDate: the date of a report's dateline ("CITY, April 17 —") is the day the report
// was filed; it dates none of its events, which take their own date expression or, with none,
// the publication date.
func TestFilingDate(t *testing.T) {
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	an := text.NewAnalyzer(lx)
	friday := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, head, want string
	}{
		{"OSH, May 14 — Border guards exchanged fire near the river on Wednesday night.", "exchanged", "2021-05-12"},
		{"OSH, May 14 (Reuters) - Border guards exchanged fire near the river on Wednesday.", "exchanged", "2021-05-12"},
		{"OSH, 13 May — Border guards exchanged fire near the river.", "exchanged", "2021-05-14"},
		{"OSH — Border guards exchanged fire near the river on 11 May.", "exchanged", "2021-05-11"},
		// Not a dateline: a date that opens the sentence dates its event.
		{"On May 13, border guards exchanged fire near the river.", "exchanged", "2021-05-13"},
	} {
		doc := an.Analyze(tc.text)
		var events []dating.Event
		for i, tok := range doc.Tokens {
			if tok.Text == tc.head {
				events = append(events, dating.Event{Sentence: 0, Head: i, Status: annals.Asserted})
			}
		}
		dates := dating.Dates(doc, events, timex.Find(tc.text, friday), friday)
		if diff := cmp.Diff(tc.want, dates[0].Value); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
