package timex

import (
	"testing"
	"time"
)

// TestOutOfRange: "1e9 days ago" was read as "9 days ago", and offsets past the calendar
// gave values such as -271770-09-01 or 10000; now a number in scientific notation is no
// number, and a date beyond the years 0 to 9999 is left out with a diagnostic.
func TestOutOfRange(t *testing.T) {
	dct := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		dct  time.Time
		want string // the values found, space-separated
	}{
		{"It happened 1e9 days ago.", dct, ""},
		{"It happened 2.5E+3 days ago.", dct, ""},
		{"It happened 1000000000 days ago.", dct, ""},
		{"It happened 99999 years ago.", dct, ""},
		{"They meet next year.", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), ""},
		{"It happened 5 days ago.", dct, "2021-05-09"},
		{"It happened 1,000 years ago.", dct, "1021"},
	} {
		res := Analyze(tc.text, tc.dct)
		got := ""
		for _, x := range res.Timexes {
			if got != "" {
				got += " "
			}
			got += x.Value
		}
		if got != tc.want {
			t.Errorf("%q: values %q, want %q (diagnostics %v)", tc.text, got, tc.want, res.Diagnostics)
		}
	}
}
