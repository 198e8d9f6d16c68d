package place

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLastTwoWords checks that lastTwoWords, which placeSuffix's counts take, splits names as
// strings.Fields does.
func TestLastTwoWords(t *testing.T) {
	type split struct {
		Prev, Last string
		OK         bool
	}
	for _, name := range []string{"Sunny Beach", " Old  Harbour Springs ", "Vila\u00a0Nova", "Tarn", "", "  ", "San José City", "x\xffy Bay", "Port\tOf\r\nSpain", "Ende\u0085Bucht"} {
		var want split
		if w := strings.Fields(name); len(w) > 1 {
			want = split{w[len(w)-2], w[len(w)-1], true}
		}
		var got split
		got.Prev, got.Last, got.OK = lastTwoWords(name)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("lastTwoWords(%q) (-want +got):\n%s", name, d)
		}
	}
}

// TestSaintPrefix checks the stack-lowered test against the map it reads.
func TestSaintPrefix(t *testing.T) {
	for _, w := range []string{"St.", "SAINT", "São", "SÃO", "Mount", "Lake", "Laker", "Springfieldtownshipville", ""} {
		if got, want := saintPrefix(w), saintPrefixes[strings.ToLower(w)]; got != want {
			t.Errorf("saintPrefix(%q) = %v, want %v", w, got, want)
		}
	}
}
