package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestCityDistrict finds a city before a hyphen and its district's or riding's name.
func TestCityDistrict(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a compass word after the city names its riding, not a region",
			"The Calgary-North West member resigned on Monday.",
			[]got{{"Calgary", "CAN", "PPL"}}},
		{"a compass point joined to another makes a riding too",
			"The Edmonton-Southwest member spoke on Monday.",
			[]got{{"Edmonton", "CAN", "PPLA"}}},
		{"two places joined are each their own, listed by Complete, not one city's district",
			"The Beijing-Shanghai line reopened on Monday.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
