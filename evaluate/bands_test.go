package evaluate

import (
	"bytes"
	"testing"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

func TestConfidenceBands(t *testing.T) {
	var b confidenceBands
	for _, e := range []struct {
		confidence float64
		right      bool
	}{
		{0.02, false}, {0.19, true}, {0.2, true}, {0.5, false}, {0.79, true}, {0.8, true}, {0.9, true}, {1, false},
	} {
		b.add(&annals.Event{Confidence: e.confidence}, e.right)
	}
	var out bytes.Buffer
	b.print(&out, "test")
	want := "  precision by confidence band (test): [0.0,0.2) 0.500 (1/2), [0.2,0.4) 1.000 (1/1), [0.4,0.6) 0.000 (0/1), [0.6,0.8) 1.000 (1/1), [0.8,1.0] 0.667 (2/3)\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("print (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Metric{{"x.precision_conf80", 2.0 / 3}, {"x.conf80_events", 3}}, b.metrics("x")); diff != "" {
		t.Errorf("metrics (-want +got):\n%s", diff)
	}
	var none confidenceBands
	out.Reset()
	none.print(&out, "test")
	if out.Len() != 0 || none.metrics("x") != nil {
		t.Errorf("no event scored: print %q, metrics %v; want nothing", out.String(), none.metrics("x"))
	}
}
