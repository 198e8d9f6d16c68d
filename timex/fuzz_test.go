package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Wednesday, troops breached the border and advanced 3.5 kilometres.",
		"14 May 2021, May 14, 2021, 14/05/2021, 2021-05-14, mid-May, the early 1990s, 09:30 GMT",
		"the past two weeks, every Friday, twice a year, 5 1/2 hours, nineteen ninety-six",
		"last Oct. 23, the year-ago quarter, a year earlier, Sept. 30, '80s, 1990s",
		"February 30, 2021; 99/99/9999; 24:99; 1,998,000 people; the day before yesterday",
		"-", "'", "a.m.", "Jan.", "3-", "\xff\xfe", "Ça – “at dawn”",
	} {
		f.Add(s, int64(1621000000))
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var d time.Time
		if sec%3 != 0 {
			d = time.Unix(sec%(1<<36), 0).UTC()
		}
		r := Analyze(text, d)
		prev := 0
		for _, x := range r.Timexes {
			if x.Start < prev || x.Start >= x.End || x.End > len(text) {
				t.Fatalf("Find(%q): bad span [%d,%d) after %d", text, x.Start, x.End, prev)
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("Find(%q): Text %q, want text[%d:%d] = %q", text, x.Text, x.Start, x.End, text[x.Start:x.End])
			}
			if x.Type == "" || x.Value == "" {
				t.Fatalf("Find(%q): %+v has no type or value", text, x)
			}
			prev = x.End
		}
		for _, dg := range r.Diagnostics {
			if dg.Start < 0 || dg.End > len(text) || dg.Start >= dg.End {
				t.Fatalf("Analyze(%q): diagnostic span [%d,%d)", text, dg.Start, dg.End)
			}
		}
		if utf8.ValidString(text) {
			_ = Resolve(Timex{Text: text}, d, Future)
		}
	})
}

const benchText = `Azerbaijani troops crossed the border on Wednesday and advanced 3.5 kilometres into the
Syunik region, the defence ministry said on Friday. Talks between the two sides are expected to
resume next week, and a ceasefire agreed on November 9 last year is still in force. Officials
said the troops had been in the area for three days and would leave by May 20.
Prices rose 4% in the first quarter of 2021 from a year earlier, and analysts expect growth to
slow in the coming months. The company, founded in 1998, pays a dividend every Friday at 09:30
GMT. Protesters gathered again yesterday evening, two days after police dispersed a rally.
The government has held such meetings weekly since the early 1990s, a spokesman said.
`

func BenchmarkFind(b *testing.B) {
	d := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	sentences := strings.Count(benchText, ".\n") + strings.Count(benchText, ". ")
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText, d)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sentences), "ns/sentence")
}
