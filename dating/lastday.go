package dating

import (
	"strconv"
	"time"
)

// LastDay returns the last day a TIMEX3 date value covers: the day itself, the end of a
// month, quarter, season, week or year. ok is false for values it cannot place.
func LastDay(v string) (time.Time, bool) {
	if len(v) < 4 {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(v[:4])
	if err != nil {
		return time.Time{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), true
	case len(rest) >= 6 && rest[0] == '-' && rest[3] == '-':
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, true
		}
	case len(rest) == 3 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9':
		m, err := strconv.Atoi(rest[1:])
		if err == nil && m >= 1 && m <= 12 {
			return time.Date(year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), true
		}
	case len(rest) == 3 && rest[1] == 'Q':
		q, err := strconv.Atoi(rest[2:])
		if err == nil && q >= 1 && q <= 4 {
			return time.Date(year, time.Month(3*q)+1, 0, 0, 0, 0, 0, time.UTC), true
		}
	case len(rest) >= 3 && rest[1] == 'W' && rest[2] >= '0' && rest[2] <= '9':
		w, err := strconv.Atoi(rest[2:])
		if err == nil && w >= 1 && w <= 53 {
			// ISO week w ends on its Sunday: week 1 holds 4 January.
			jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
			return monday.AddDate(0, 0, 7*(w-1)+6), true
		}
	case len(rest) == 3:
		end := map[string]time.Month{"SP": 6, "SU": 9, "FA": 12, "WI": 3}[rest[1:]]
		if end != 0 {
			y := year
			if rest[1:] == "WI" {
				y++
			}
			return time.Date(y, end, 20, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
