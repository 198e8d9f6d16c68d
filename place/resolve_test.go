package place_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestContainerWords: words between two names that make the second hold the first, on
// sentences written for this test.
func TestContainerWords(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"located in, against the state the article names most",
			"Arkansas farmers worried. Arkansas poultry prices fell. Inspectors tested a farm in Crawford County located in Ohio.",
			[]string{"Arkansas: Arkansas", "Arkansas: Arkansas", "Crawford County: Ohio", "Ohio: Ohio"}},
		{"situated in", "The plant lies in Washington County situated in Oregon.",
			[]string{"Washington County: Oregon", "Oregon: Oregon"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, regionsOf(tc.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
