package territory

import "math"

// Result describes where a point lies.
type Result struct {
	Unit      *Unit // the unit the point is in (or, offshore, the nearest within UncertainKm); nil if none
	Uncertain bool  // within UncertainKm of a land border, or offshore
	Offshore  bool  // in no unit, but within UncertainKm of a coast: Unit is the coast's
}

// ISO3 returns the country code of r ("" when none).
func (r Result) ISO3() string {
	if r.Unit == nil {
		return ""
	}
	return r.Unit.ISO3
}

// Locate returns the ISO alpha-3 code of the country whose territory contains the point
// (latitude, longitude in degrees), and whether that is uncertain: the point lies within about
// UncertainKm of a land border, where the 1:10m boundaries and a place's coordinates cannot
// settle which side it is on. A point at sea within UncertainKm of a coast is given to that
// coast's country (its territorial waters), uncertain. Elsewhere at sea, and for coordinates
// that are not numbers or off the globe, it returns "" and false. Longitudes outside [-180, 180]
// are wrapped.
func (ix *Index) Locate(lat, lon float64) (iso3 string, uncertain bool) {
	r := ix.LocateDetail(lat, lon)
	return r.ISO3(), r.Uncertain
}

// LocateDetail is Locate with the unit (Somaliland, N. Cyprus, Kosovo...) and its status.
func (ix *Index) LocateDetail(lat, lon float64) Result {
	if ix == nil || len(ix.cellUnit) != rows*cols || math.IsNaN(lat) || math.IsNaN(lon) || math.IsInf(lon, 0) || lat < -90 || lat > 90 {
		return Result{}
	}
	if lon < -180 || lon > 180 {
		lon = math.Mod(lon+180, 360)
		if lon < 0 {
			lon += 360
		}
		lon -= 180
	}
	if u := ix.unitAt(lon, lat); u >= 0 {
		_, near := ix.nearest(lon, lat, UncertainKm, kindBorder)
		return Result{Unit: &ix.units[u], Uncertain: near}
	}
	if e, near := ix.nearest(lon, lat, UncertainKm, 0); near {
		return Result{Unit: &ix.units[ix.edgeUnit[e]], Uncertain: true, Offshore: true}
	}
	return Result{}
}

// unitAt returns the unit containing (x, y), or -1. It casts a ray east along latitude y, counting
// the boundary crossings of each unit cell by cell until it reaches a cell with no edge, whose
// unit is known: a point is inside a unit when it is inside the cell's unit and crossed that
// unit's boundary an even number of times, or outside it and crossed it an odd number of times.
func (ix *Index) unitAt(x, y float64) int16 {
	r, c0 := rowOf(y), colOf(x)
	if ix.cellStart[r*cols+c0] == ix.cellStart[r*cols+c0+1] {
		return ix.cellUnit[r*cols+c0]
	}
	var oddBuf [8]int16
	odd := oddBuf[:0] // units crossed an odd number of times
	base := int16(-1) // the unit of the first cell with no edge, east of the point
	for c := c0; c < cols; c++ {
		cell := r*cols + c
		edges := ix.cellEdgeList(cell)
		if len(edges) == 0 {
			base = ix.cellUnit[cell]
			break
		}
		minX := -180 + float64(c)*cellDeg
		maxX := minX + cellDeg
		for _, e := range edges {
			y1, y2 := ix.ys[e], ix.ys[e+1]
			if (y1 <= y) == (y2 <= y) {
				continue
			}
			xi := crossX(ix.xs[e], y1, ix.xs[e+1], y2, y)
			// Count each crossing once, in the cell it falls in, and only east of the point.
			if xi <= x || c > c0 && xi < minX || c < cols-1 && xi >= maxX {
				continue
			}
			odd = toggle(odd, ix.edgeUnit[e])
		}
	}
	if base >= 0 && !contains(odd, base) {
		return base
	}
	for _, u := range odd {
		if u != base {
			return u
		}
	}
	return -1
}

func contains(set []int16, u int16) bool {
	for _, v := range set {
		if v == u {
			return true
		}
	}
	return false
}

// nearest looks for an edge of the given kind (0: any kind but internal lines) within km of
// (x, y); it returns the nearest such edge found and whether there is one. Distances use an
// equirectangular projection centred on the point.
func (ix *Index) nearest(x, y, km float64, kind byte) (int32, bool) {
	const kmPerDegLat = 110.574
	coslat := math.Max(math.Cos(y*math.Pi/180), 0.01)
	kx := 111.320 * coslat
	dy := km / kmPerDegLat
	dx := math.Min(km/kx, 180)
	r0, r1 := rowOf(y-dy), rowOf(y+dy)
	c0, c1 := colOf(x-dx), colOf(x+dx)
	best, bestD := int32(-1), km*km
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			for _, e := range ix.cellEdgeList(r*cols + c) {
				k := ix.edgeKind[e]
				if kind != 0 && k != kind || kind == 0 && k == kindInternal {
					continue
				}
				ax, ay := (ix.xs[e]-x)*kx, (ix.ys[e]-y)*kmPerDegLat
				bx, by := (ix.xs[e+1]-x)*kx, (ix.ys[e+1]-y)*kmPerDegLat
				if d := segDist2(ax, ay, bx, by); d <= bestD {
					best, bestD = e, d
				}
			}
		}
	}
	return best, best >= 0
}

// segDist2 is the squared distance from the origin to the segment (ax,ay)-(bx,by).
func segDist2(ax, ay, bx, by float64) float64 {
	vx, vy := bx-ax, by-ay
	l2 := vx*vx + vy*vy
	t := 0.0
	if l2 > 0 {
		t = math.Max(0, math.Min(1, -(ax*vx+ay*vy)/l2))
	}
	px, py := ax+t*vx, ay+t*vy
	return px*px + py*py
}
