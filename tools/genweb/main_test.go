package main

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A square of two arcs sharing its corners, the second used reversed, quantized with a
// transform of 0.5 degrees per unit from (10, 20).
const square = `{"type": "Topology",
 "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
 "arcs": [[[0, 0], [2, 0], [0, 2]], [[0, 0], [0, 2], [2, 0]]],
 "objects": {"countries": {"type": "GeometryCollection", "geometries": [
  {"type": "Polygon", "id": "001", "arcs": [[0, -2]], "properties": {"name": "Square"}},
  {"type": null, "id": "002", "properties": {"name": "Nothing"}}]}}}`

func TestOutlines(t *testing.T) {
	b, err := outlines([]byte(square))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Features []feature `json:"features"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b)
	}
	want := []feature{{
		Type:       "Feature",
		ID:         "001",
		Properties: map[string]string{"name": "Square"},
		Geometry: geometry{Type: "MultiPolygon", Coordinates: [][][][]float64{{{
			{10, 20}, {11, 20}, {11, 21}, {10, 21}, {10, 20},
		}}}},
	}}
	if diff := cmp.Diff(want, got.Features); diff != "" {
		t.Errorf("outlines(square) features (-want +got):\n%s", diff)
	}
}

func TestUnwrap(t *testing.T) {
	for _, tc := range []struct {
		name       string
		ring, want [][]float64
	}{
		{"across the antimeridian",
			[][]float64{{179, 1}, {-179, 1}, {-179, 2}, {179, 2}, {179, 1}},
			[][]float64{{179, 1}, {181, 1}, {181, 2}, {179, 2}, {179, 1}}},
		{"round the pole",
			[][]float64{{-180, -80}, {0, -70}, {180, -80}, {180, -90}, {-180, -90}, {-180, -80}},
			[][]float64{{-180, -80}, {0, -70}, {180, -80}, {180, -90}, {-180, -90}, {-180, -80}}},
		{"west of the meridian",
			[][]float64{{-10, 0}, {-5, 0}, {-5, 5}, {-10, 0}},
			[][]float64{{-10, 0}, {-5, 0}, {-5, 5}, {-10, 0}}},
	} {
		unwrap(tc.ring)
		if diff := cmp.Diff(tc.want, tc.ring); diff != "" {
			t.Errorf("unwrap(%s) (-want +got):\n%s", tc.name, diff)
		}
	}
}
