package ingest

import (
	"fmt"
	"time"
)

// The publication dates accepted. Every relative date of an article is counted from its
// publication date, so a date such as 9999-12-31 gave events five-digit years ("next year":
// 10000); nothing published lies outside these, and a date that does is a typing error.
var (
	EarliestPublished = time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	LatestPublished   = time.Date(2199, 12, 31, 23, 59, 59, 0, time.UTC)
)

// CheckPublished returns an error for a publication date outside EarliestPublished and
// LatestPublished.
func CheckPublished(t time.Time) error {
	if t.Before(EarliestPublished) || t.After(LatestPublished) {
		return fmt.Errorf("%s is out of range: a publication date lies between %s and %s",
			t.Format(time.DateOnly), EarliestPublished.Format(time.DateOnly), LatestPublished.Format(time.DateOnly))
	}
	return nil
}
