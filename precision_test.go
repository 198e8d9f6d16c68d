package annals

import "testing"

func TestDateInterval(t *testing.T) {
	for _, c := range []struct{ value, precision, start, end string }{
		{"2021-05-14", "day", "2021-05-14", "2021-05-14"},
		{"2021-05-14T09:30", "day", "2021-05-14", "2021-05-14"},
		{"2021-05", "month", "2021-05-01", "2021-05-31"},
		{"2020-02", "month", "2020-02-01", "2020-02-29"},
		{"2021-W19", "week", "2021-05-10", "2021-05-16"},
		{"2017W30", "week", "2017-07-24", "2017-07-30"},
		{"2020-W53", "week", "2020-12-28", "2021-01-03"},
		{"2021-W53", "none", "", ""},
		{"2021", "year", "2021-01-01", "2021-12-31"},
		{"2020-FA", "year", "2020-09-01", "2020-11-30"},
		{"2020-WI", "year", "2020-12-01", "2021-02-28"},
		{"2020-Q2", "year", "2020-04-01", "2020-06-30"},
		{"201X", "year", "2010-01-01", "2019-12-31"},
		{"XXXX-05-12", "none", "", ""},
		{"PRESENT_REF", "none", "", ""},
		{"2021-13", "none", "", ""},
		{"2021-02-30", "none", "", ""},
		{"", "none", "", ""},
	} {
		p, s, e := DateInterval(c.value)
		if p != c.precision || s != c.start || e != c.end {
			t.Errorf("DateInterval(%q) = %q %q %q, want %q %q %q", c.value, p, s, e, c.precision, c.start, c.end)
		}
	}
}

func TestGeoPrecision(t *testing.T) {
	for _, c := range []struct {
		loc  *Location
		want int
	}{
		{nil, 0},
		{&Location{Text: "Yerevan", Feature: "PPLC"}, 1},
		{&Location{Text: "Lake Sevan", Feature: "LK"}, 1},
		{&Location{Text: "Syunik", Feature: "ADM1"}, 3},
		{&Location{Text: "Kings County", Feature: "ADM2"}, 2},
		{&Location{Text: "northern Gaza", Feature: "RGN"}, 2},
		{&Location{Text: "Armenia", Feature: "PCLI"}, 4},
		{&Location{Text: "Greenland", Feature: "PCLD"}, 4},
		{&Location{Country: "ARM"}, 4},
	} {
		if got := GeoPrecision(c.loc); got != c.want {
			t.Errorf("GeoPrecision(%+v) = %d, want %d", c.loc, got, c.want)
		}
	}
}

func TestFatalities(t *testing.T) {
	e := Event{Quantities: []Quantity{{Value: 12, Unit: "killed"}, {Value: 3, Unit: "injured"}, {Value: 2, Unit: "dead"}}}
	e.SetPrecision()
	if e.Fatalities != 14 || e.DatePrecision != "none" || e.GeoPrecision != 0 {
		t.Errorf("SetPrecision: %+v", e)
	}
}
