package pipeline

import (
	"strings"

	"github.com/annals-org/annals"
)

// A news page's headline (Article.Title, which ingest puts as the text's first line when
// the body does not open with it) tells in a few present-tense words an event the body
// reports with its day, place and actors: "Rebels shell army base" over "Rebels shelled an
// army base near Kafr on Tuesday". The headline's record has the publication date, put in
// for lack of a stated one, and a code read from compressed wording ("trade fire" for an
// exchange of fire). When the body reports the same event, the headline's record is that
// report told again: it is folded into the body's, which keeps its code, date and place and
// takes from the headline only a side it does not name. A headline event the body does not
// tell again stays a record of its own.

// headlineEnd returns the byte offset where the headline line of a's text ends, or -1 when
// the text does not open with a's title (text without a title, or a title the text does
// not carry in its first lines).
func headlineEnd(a *annals.Article) int {
	title := strings.TrimSpace(a.Title)
	if title == "" {
		return -1
	}
	start := 0
	for line := 0; line < 3 && start < len(a.Text); line++ {
		end := strings.IndexByte(a.Text[start:], '\n')
		if end < 0 {
			end = len(a.Text)
		} else {
			end += start
		}
		if strings.EqualFold(strings.TrimSpace(a.Text[start:end]), title) {
			return end
		}
		start = end + 1
	}
	return -1
}

// foldHeadline folds each event of the headline into the first event of the body that
// reports the same act (see sameReport), and returns the events that remain, in order.
func foldHeadline(a *annals.Article, evs []annals.Event) []annals.Event {
	end := headlineEnd(a)
	if end < 0 {
		return evs
	}
	folded, n := make([]bool, len(evs)), 0
	for i := range evs {
		h := &evs[i]
		if h.End > end {
			continue
		}
		for j := range evs {
			b := &evs[j]
			if b.Start > end && sameReport(h, b) {
				takeFromHeadline(b, h)
				folded[i] = true
				n++
				break
			}
		}
	}
	if n == 0 {
		return evs
	}
	out := make([]annals.Event, 0, len(evs)-n)
	for i := range evs {
		if !folded[i] {
			out = append(out, evs[i])
		}
	}
	return out
}

// takeFromHeadline gives body event b what headline event h knows and b does not: a side b
// leaves unnamed, and a date the text states where b has only the publication date (the
// headline's record may hold the lead's date, merged into it before).
func takeFromHeadline(b, h *annals.Event) {
	if b.Source == nil {
		b.Source = h.Source
	}
	if b.Target == nil {
		b.Target = h.Target
	}
	if b.DateSource == "published" && h.DateSource == "text" {
		b.Date, b.DateText, b.DateSource, b.DateSpan = h.Date, h.DateText, h.DateSource, h.DateSpan
	}
	if finer(h.Location, b.Location) {
		b.Location, b.Territory, b.TerritoryUncertain, b.CrossBorder = h.Location, h.Territory, h.TerritoryUncertain, h.CrossBorder
	}
}

// sameReport reports whether headline event h and body event b can be one act: the same
// status, the same CAMEO root (or both violent: the headline's "kill" is the body's attack
// or fight), and on each side the same actor or a side one of them leaves unnamed.
func sameReport(h, b *annals.Event) bool {
	if h.Status != b.Status || len(h.CAMEO) < 2 || len(b.CAMEO) < 2 {
		return false
	}
	if h.CAMEO[:2] != b.CAMEO[:2] && !(violent(h.CAMEO) && violent(b.CAMEO)) {
		return false
	}
	return sameSide(h.Source, b.Source) && sameSide(h.Target, b.Target)
}

// sameSide reports whether two actors of one side can be the same: one of them is not
// named, or they are the same actor (sameActor: the same code, or the same country where
// one of them has no role).
func sameSide(a, b *annals.Actor) bool {
	return a == nil || b == nil || sameActor(a, b)
}
