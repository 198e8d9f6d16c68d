package main

import (
	"math"
	"testing"
)

func box(lon1, lat1, lon2, lat2 float64) ring {
	return ring{{lon1, lat1}, {lon2, lat1}, {lon2, lat2}, {lon1, lat2}}
}

// TestRepresentativePoint checks the convention of docs/places-areas.md on shapes drawn for
// the test.
func TestRepresentativePoint(t *testing.T) {
	// A C: a crescent whose centre of mass lies in its opening.
	crescent := polygon{outer: ring{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}}}
	tests := []struct {
		name       string
		polys      []polygon
		lat, lon   float64
		method     string
		toleranceD float64
	}{
		{"a square's centre", []polygon{{outer: box(10, -1, 12, 1)}}, 0, 11, "centroid", 0.01},
		{"a far island is left out of the body",
			[]polygon{{outer: box(0, 0, 4, 4)}, {outer: box(30, 0, 31, 1)}}, 2, 2, "centroid", 0.01},
		{"an island across a narrow strait belongs to the body",
			[]polygon{{outer: box(0, 0, 4, 4)}, {outer: box(4.1, 0, 5, 1)}}, 1.920, 2.136, "centroid", 0.02},
		{"a hole moves the centre", []polygon{{outer: box(0, 0, 4, 2), holes: []ring{box(2, 0.5, 3.5, 1.5)}}}, 1, 1.827, "centroid", 0.01},
		// The widest places of a C are its two inner corners, 1.17 from three edges.
		{"a crescent's centre is outside: the point farthest from its edges", []polygon{crescent}, 1.17, 1.17, "pole", 0.05},
	}
	for _, tt := range tests {
		lat, lon, method := representativePoint(tt.polys)
		if tt.method == "pole" && lat > 5 {
			lat = 10 - lat // the other corner is as good
		}
		if method != tt.method || math.Abs(lat-tt.lat) > tt.toleranceD || math.Abs(lon-tt.lon) > tt.toleranceD {
			t.Errorf("%s: %.3f,%.3f by %s, want %.3f,%.3f by %s", tt.name, lat, lon, method, tt.lat, tt.lon, tt.method)
		}
	}
}

// TestPolygonsFromRings checks that a ring inside another becomes its hole.
func TestPolygonsFromRings(t *testing.T) {
	polys := polygonsFromRings([]ring{box(1, 1, 2, 2), box(0, 0, 4, 4), box(10, 10, 11, 11)})
	if len(polys) != 2 || len(polys[0].holes) != 1 || len(polys[1].holes) != 0 {
		t.Errorf("got %d polygons, holes %v", len(polys), polys)
	}
}
