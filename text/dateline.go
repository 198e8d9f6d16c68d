package text

import "strings"

// A Dateline is the line a wire or newspaper report opens with, before its first sentence
// proper: "SRINAGAR, April 17 —", "BEIRUT, Nov 3 (Reuters) -", "LINDEN, N.J. —", "New Delhi:".
// It says where and when the report was filed, which is not where and when its events
// happened: "BEIRUT, Nov 3 — A drone strike in northern Syria killed five people on Sunday".
// Token indices are into Doc.Tokens; an empty range is [0, 0).
type Dateline struct {
	Place [2]int // the place words, with the commas and points between them
	Date  [2]int // the date after them ("April 17", "Nov. 3, 2025", "Monday"), if any
	End   int    // the dash, colon or agency bracket that closes the dateline
}

// maxDatelineWords is the most words a dateline's place takes ("KHAN YOUNIS, GAZA STRIP").
const maxDatelineWords = 5

// DatelineOf returns the dateline sentence s opens with. Its place is one to five
// capitalised words, all in capitals unless a colon closes them at once ("New Delhi:") or a
// comma parts a town from its region or country ("Kabul, Afghanistan (CNN) —"), then an
// optional date, an optional agency in brackets, and a dash or a colon.
func DatelineOf(s *Sentence) (Dateline, bool) {
	toks := s.Tokens
	i, words, caps, parted := 0, 0, true, false
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == Word && t.Cap && !month(t.Lower) && !weekday(t.Lower) {
			words++
			caps = caps && strings.ToUpper(t.Text) == t.Text
			if words > maxDatelineWords {
				return Dateline{}, false
			}
			continue
		}
		if words > 0 && (t.Text == "," || t.Text == ".") {
			parted = parted || t.Text == "," && i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Cap &&
				!month(toks[i+1].Lower) && !weekday(toks[i+1].Lower)
			continue
		}
		break
	}
	if words == 0 || i == len(toks) {
		return Dateline{}, false
	}
	placeEnd := i
	for placeEnd > 0 && (toks[placeEnd-1].Text == ",") {
		placeEnd--
	}
	d := Dateline{Place: [2]int{s.First, s.First + placeEnd}}
	if toks[i].Text == ":" {
		d.End = s.First + i
		return d, true
	}
	if !caps && !parted {
		return Dateline{}, false
	}
	if j := datePart(toks, i); j > i {
		d.Date = [2]int{s.First + i, s.First + j}
		i = j
	}
	if i < len(toks) && toks[i].Kind == Open {
		d.End = s.First + i
		return d, agency(toks, i)
	}
	if i < len(toks) && dash(toks[i].Text) {
		d.End = s.First + i
		return d, true
	}
	return Dateline{}, false
}

// datePart returns the index after the date that starts at toks[i] ("April 17", "17 April",
// "Nov. 3, 2025", "Monday"), or i when none does.
func datePart(toks []Token, i int) int {
	j := i
	switch {
	case j < len(toks) && weekday(toks[j].Lower):
		j++
	case j+1 < len(toks) && month(toks[j].Lower):
		j++
		if toks[j].Text == "." {
			j++
		}
		if j >= len(toks) || toks[j].Kind != Number {
			return i
		}
		j++
	case j+1 < len(toks) && toks[j].Kind == Number && month(toks[j+1].Lower):
		j += 2
	default:
		return i
	}
	if j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Kind == Number {
		j += 2 // the year
	}
	return j
}

// agency reports whether the bracket at toks[i] holds a news agency's name and is followed
// by a dash: "(Reuters) -", "(AP) —".
func agency(toks []Token, i int) bool {
	j := i + 1
	for ; j < len(toks) && toks[j].Kind == Word && toks[j].Cap; j++ {
	}
	return j > i+1 && j-i <= 4 && j+1 < len(toks) && toks[j].Kind == Close && dash(toks[j+1].Text)
}

func dash(s string) bool {
	return s == "—" || s == "–" || s == "-" || s == "--"
}

func month(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
