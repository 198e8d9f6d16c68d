package dating

import (
	"fmt"
	"strings"
	"time"

	"github.com/annals-org/annals/timex"
)

// ranges returns tx with each range of days of one month read whole: timex gives "3 March"
// of "between 1 and 3 March" and "4 June" of "the night of 3-4 June". A night over two days
// is the day it began (3 June); other ranges are the ISO week that holds them both, else
// their month, never one of their days. It returns tx itself when no expression needs it.
func ranges(src string, tx []timex.Timex) []timex.Timex {
	var out []timex.Timex
	for i := range tx {
		t := &tx[i]
		if t.Type != "DATE" || len(t.Value) != 10 {
			continue
		}
		end, err := time.Parse("2006-01-02", t.Value)
		if err != nil {
			continue
		}
		first, at, ok := rangeStart(src, t.Start)
		if !ok || first >= end.Day() {
			continue
		}
		start := time.Date(end.Year(), end.Month(), first, 0, 0, 0, 0, time.UTC)
		var value string
		sy, sw := start.ISOWeek()
		ey, ew := end.ISOWeek()
		switch {
		case night(src, at) && first+1 == end.Day():
			value = start.Format("2006-01-02")
		case sy == ey && sw == ew:
			value = fmt.Sprintf("%04d-W%02d", sy, sw)
		default:
			value = start.Format("2006-01")
		}
		if out == nil {
			out = append([]timex.Timex(nil), tx...)
		}
		out[i].Start, out[i].Text, out[i].Value = at, src[at:t.End], value
	}
	if out == nil {
		return tx
	}
	return out
}

// rangeStart reads the first day of a range that ends at offset end: "1 and", "3-", "3 -",
// "2 to", "1st to". It returns that day and its offset.
func rangeStart(src string, end int) (day, at int, ok bool) {
	i := skipSpaceBack(src, end)
	worded := false // "1 and 3 March" needs "between" or "from" before it: "killed 12 and 3 May"
	switch {
	case i > 0 && src[i-1] == '-':
		i--
	case strings.HasSuffix(src[:i], "\u2013"):
		i -= len("\u2013")
	case hasWordBefore(src, i, "and"):
		i, worded = i-len("and"), true
	case hasWordBefore(src, i, "to"):
		i, worded = i-len("to"), true
	default:
		return 0, 0, false
	}
	i = skipSpaceBack(src, i)
	for _, suffix := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(src[:i], suffix) {
			i -= 2
			break
		}
	}
	j := i
	for j > 0 && j > i-2 && src[j-1] >= '0' && src[j-1] <= '9' {
		j--
	}
	if j == i || (j > 0 && (isLetter(src[j-1]) || src[j-1] >= '0' && src[j-1] <= '9')) {
		return 0, 0, false
	}
	if worded && !hasWordBefore(src, skipSpaceBack(src, j), "between") && !hasWordBefore(src, skipSpaceBack(src, j), "from") {
		return 0, 0, false
	}
	for _, c := range src[j:i] {
		day = day*10 + int(c-'0')
	}
	return day, j, day >= 1 && day <= 31
}

func skipSpaceBack(src string, i int) int {
	for i > 0 && src[i-1] == ' ' {
		i--
	}
	return i
}

// hasWordBefore reports whether word w ends at offset i, as a word of its own.
func hasWordBefore(src string, i int, w string) bool {
	j := i - len(w)
	return j >= 0 && strings.EqualFold(src[j:i], w) && (j == 0 || !isLetter(src[j-1]))
}

// night reports whether "night of" stands right before offset at: "the night of 3-4 June".
func night(src string, at int) bool {
	return strings.HasSuffix(strings.ToLower(src[:skipSpaceBack(src, at)]), "night of")
}
