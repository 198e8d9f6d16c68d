package dating

import (
	"strings"
	"time"

	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// reanchor places a date counted from the moment of speaking ("yesterday", "last night",
// "last week", "two days ago") against the date that opens its sentence rather than the
// publication date: in "On 29 April, protesters condemned the arrest of an activist last
// night" the night is the 28th's, whenever the report came out. It leaves d alone when the
// sentence has no opening date of a day, or that date is the publication day.
func reanchor(doc *text.Doc, e Event, d Date, tx []timex.Timex, frame int, published time.Time) Date {
	if frame < 0 || d.Source != "text" || !deictic(d.Text) {
		return d
	}
	f := &tx[frame]
	if f.Start == d.Start || len(f.Value) < 10 {
		return d
	}
	anchor, err := time.Parse("2006-01-02", f.Value[:10])
	if err != nil || (!published.IsZero() && published.Format("2006-01-02") == f.Value[:10]) {
		return d
	}
	for i := range tx {
		if tx[i].Start == d.Start {
			v := timex.Resolve(tx[i], anchor, tenseOf(doc, e, &doc.Tokens[e.Head]))
			if j := strings.IndexByte(v, 'T'); j > 0 {
				v = v[:j]
			}
			if specific(v) {
				d.Value = v
			}
			break
		}
	}
	return d
}

// deictic reports whether expression s counts from the moment of speaking. "The next day"
// and "the previous week" count from the last date mentioned, which timex already follows.
func deictic(s string) bool {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "the ") {
		return false
	}
	for _, w := range [...]string{"yesterday", "today", "tonight", "tomorrow", "last ", "this ", "next ", " ago"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
