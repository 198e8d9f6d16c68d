package timex

// sem is the meaning of a recognised expression, before it is placed against a date.
type sem struct {
	kind skind
	lit  string // sLit: the value as is

	// sDate: calendar fields; 0 = not given.
	y, m, d int
	ydig    int // digits of the year given: 4 a year, 3 a decade (y = 199), 2 a century (y = 19)
	q, h    int // quarter, half
	season  string
	holiday string // MM-DD or MM-Dn-k
	yearOff int    // with relYear: the year is the anchor's plus yearOff ("June last year")
	relYear bool

	// sShift: the anchor moved by off units of unit, printed at granularity g.
	unit string
	off  int
	g    string

	// sWeekday
	wd      int
	weekend bool // the weekend of the week the weekday falls in

	dir     int    // sDate, sWeekday: -1 before the anchor, +1 after, 2 the same period, 0 by tense
	tod     string // time of day: MO AF EV NI or hh:mm
	anaphor bool   // anchored on the last date mentioned rather than on the DCT
	fin     bool   // financial period: "the quarter", "a year earlier" follow the last quarter mentioned
	finOff  int    // with fin: quarters from the last quarter mentioned
	mod     string
}

type skind uint8

const (
	sLit     skind = iota // a value that needs no anchor: P3D, PRESENT_REF, 1998-05-14
	sDate                 // a calendar date, perhaps without its year
	sShift                // an anchor moved by a number of units: yesterday, last week, two days ago
	sWeekday              // a weekday placed near the anchor
)

func lit(v string) sem { return sem{kind: sLit, lit: v} }

func shift(unit string, off int, g string) sem {
	return sem{kind: sShift, unit: unit, off: off, g: g}
}
