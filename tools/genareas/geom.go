package main

import (
	"container/heap"
	"math"
	"sort"
)

// A ring is a closed line of lon, lat points; the first point need not be repeated at the end.
type ring [][2]float64

// A polygon is an outer ring and its holes.
type polygon struct {
	outer ring
	holes []ring
}

// representativePoint is the convention of docs/places-areas.md: the centre of mass of the
// area's main body (its largest group of touching polygons) on an equal-area map centred on
// it, or, when that point lies outside the body (a crescent, an archipelago), the body's
// point farthest from its edges. It returns lat, lon and the method used.
func representativePoint(polys []polygon) (lat, lon float64, method string) {
	body := mainBody(polys)
	lon0 := meridian(body)
	cx, cy := centroid(body, lon0)
	lat = cy
	lon = lon0 + cx/math.Cos(cy*math.Pi/180)
	if inside(body, lon, lat) {
		return lat, normLon(lon), "centroid"
	}
	lat, lon = poleOfInaccessibility(body, lat)
	return lat, normLon(lon), "pole"
}

func normLon(lon float64) float64 {
	for lon > 180 {
		lon -= 360
	}
	for lon < -180 {
		lon += 360
	}
	return lon
}

// mainBody returns the area's main body: the largest group of its polygons, by area, that
// lie near one another — a vertex in the same or a neighbouring cell of a grid of bodyCell
// degrees as a vertex of another, so that a strait narrower than about 25 km joins an island
// to the body and one wider than about 55 km never does (Sicily belongs to Italy's body;
// Alaska and Hawaii stay apart from the contiguous United States). Natural Earth draws
// neighbouring units with shared vertices, so a region drawn as several features forms one
// body.
func mainBody(polys []polygon) []polygon {
	parent := make([]int, len(polys))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := make(map[[2]int32]int)
	for i, p := range polys {
		for _, pt := range p.outer {
			k := [2]int32{int32(math.Floor(pt[0] / bodyCell)), int32(math.Floor(pt[1] / bodyCell))}
			if j, ok := owner[k]; ok {
				if a, b := find(i), find(j); a != b {
					parent[a] = b
				}
			} else {
				owner[k] = i
			}
		}
	}
	for k, i := range owner { // neighbouring cells join too
		for _, d := range [][2]int32{{1, 0}, {0, 1}, {1, 1}, {1, -1}} {
			if j, ok := owner[[2]int32{k[0] + d[0], k[1] + d[1]}]; ok {
				if a, b := find(i), find(j); a != b {
					parent[a] = b
				}
			}
		}
	}
	areas := make(map[int]float64)
	for i, p := range polys {
		areas[find(i)] += polygonArea(p)
	}
	best, bestArea := -1, -1.0
	for root, a := range areas {
		if a > bestArea || a == bestArea && root < best {
			best, bestArea = root, a
		}
	}
	var body []polygon
	for i, p := range polys {
		if find(i) == best {
			body = append(body, p)
		}
	}
	return body
}

// polygonArea is the area of p in square degrees scaled by cos(lat) (equal-area, unitless).
func polygonArea(p polygon) float64 {
	lon0 := p.outer[0][0]
	a, _, _ := ringMoments(p.outer, lon0)
	a = math.Abs(a)
	for _, h := range p.holes {
		ha, _, _ := ringMoments(h, lon0)
		a -= math.Abs(ha)
	}
	return a
}

// meridian is the central longitude of the body's bounding box.
func meridian(body []polygon) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range body {
		for _, pt := range p.outer {
			lo, hi = math.Min(lo, pt[0]), math.Max(hi, pt[0])
		}
	}
	return (lo + hi) / 2
}

// ringMoments gives the signed area and the first moments of a ring on the sinusoidal
// (equal-area) projection x = (lon-lon0)·cos(lat), y = lat.
func ringMoments(r ring, lon0 float64) (a, mx, my float64) {
	n := len(r)
	for i := range n {
		x1, y1 := project(r[i], lon0)
		x2, y2 := project(r[(i+1)%n], lon0)
		c := x1*y2 - x2*y1
		a += c
		mx += (x1 + x2) * c
		my += (y1 + y2) * c
	}
	return a / 2, mx / 6, my / 6
}

func project(pt [2]float64, lon0 float64) (x, y float64) {
	return (pt[0] - lon0) * math.Cos(pt[1]*math.Pi/180), pt[1]
}

// centroid is the centre of mass of the body on the sinusoidal projection, holes removed.
func centroid(body []polygon, lon0 float64) (cx, cy float64) {
	var area, mx, my float64
	add := func(r ring, sign float64) {
		a, x, y := ringMoments(r, lon0)
		if a < 0 { // orient every ring counter-clockwise
			a, x, y = -a, -x, -y
		}
		area += sign * a
		mx += sign * x
		my += sign * y
	}
	for _, p := range body {
		add(p.outer, 1)
		for _, h := range p.holes {
			add(h, -1)
		}
	}
	return mx / area, my / area
}

// inside reports whether lon, lat lies in one of the polygons (holes excluded).
func inside(body []polygon, lon, lat float64) bool {
	for _, p := range body {
		if inRing(p.outer, lon, lat) {
			in := true
			for _, h := range p.holes {
				if inRing(h, lon, lat) {
					in = false
					break
				}
			}
			if in {
				return true
			}
		}
	}
	return false
}

func inRing(r ring, x, y float64) bool {
	in := false
	n := len(r)
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		xi, yi, xj, yj := r[i][0], r[i][1], r[j][0], r[j][1]
		if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
			in = !in
		}
	}
	return in
}

// edgeDistance is the distance in degrees of latitude from lon, lat to the nearest edge of
// the body, negative outside it; longitudes are scaled by cos(lat0).
func edgeDistance(body []polygon, lon, lat, k float64) float64 {
	best := math.Inf(1)
	each := func(r ring) {
		n := len(r)
		for i, j := 0, n-1; i < n; j, i = i, i+1 {
			d := segDist2(lon*k, lat, r[j][0]*k, r[j][1], r[i][0]*k, r[i][1])
			best = math.Min(best, d)
		}
	}
	for _, p := range body {
		each(p.outer)
		for _, h := range p.holes {
			each(h)
		}
	}
	d := math.Sqrt(best)
	if !inside(body, lon, lat) {
		d = -d
	}
	return d
}

func segDist2(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/l))
	}
	ex, ey := ax+t*dx-px, ay+t*dy-py
	return ex*ex + ey*ey
}

// poleOfInaccessibility finds the body's point farthest from its edges to within 0.01°
// (the polylabel method: a best-first search over square cells), with longitudes scaled by
// the cosine of latitude lat0.
func poleOfInaccessibility(body []polygon, lat0 float64) (lat, lon float64) {
	k := math.Cos(lat0 * math.Pi / 180)
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range body {
		for _, pt := range p.outer {
			minX, maxX = math.Min(minX, pt[0]*k), math.Max(maxX, pt[0]*k)
			minY, maxY = math.Min(minY, pt[1]), math.Max(maxY, pt[1])
		}
	}
	size := math.Max(maxX-minX, maxY-minY)
	newCell := func(x, y, h float64) *cell {
		d := edgeDistance(body, x/k, y, k)
		return &cell{x: x, y: y, h: h, d: d, max: d + h*math.Sqrt2}
	}
	var q cells
	h := size / 2
	for x := minX; x < maxX; x += size {
		for y := minY; y < maxY; y += size {
			heap.Push(&q, newCell(x+h, y+h, h))
		}
	}
	best := newCell((minX+maxX)/2, (minY+maxY)/2, 0)
	for q.Len() > 0 {
		c := heap.Pop(&q).(*cell)
		if c.d > best.d {
			best = c
		}
		if c.max-best.d <= 0.01 {
			continue
		}
		h := c.h / 2
		for _, o := range [][2]float64{{-h, -h}, {h, -h}, {-h, h}, {h, h}} {
			heap.Push(&q, newCell(c.x+o[0], c.y+o[1], h))
		}
	}
	return best.y, best.x / k
}

// bodyCell is the size in degrees of the cells that join polygons into one body.
const bodyCell = 0.25

type cell struct{ x, y, h, d, max float64 }

type cells []*cell

func (q cells) Len() int           { return len(q) }
func (q cells) Less(i, j int) bool { return q[i].max > q[j].max }
func (q cells) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *cells) Push(x any)        { *q = append(*q, x.(*cell)) }
func (q *cells) Pop() any {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}

// polygonsFromRings sorts loose rings (Natural Earth admin-0 as borders.tsv.gz stores them)
// into polygons: a ring inside an odd number of larger rings is a hole of the smallest of them.
func polygonsFromRings(rings []ring) []polygon {
	sort.SliceStable(rings, func(i, j int) bool {
		return polygonArea(polygon{outer: rings[i]}) > polygonArea(polygon{outer: rings[j]})
	})
	var polys []polygon
	index := make([]int, len(rings)) // ring -> polygon whose outer ring it is, -1 for a hole
	for i, r := range rings {
		depth, holeOf := 0, -1
		for j := i - 1; j >= 0; j-- {
			if inRing(rings[j], r[0][0], r[0][1]) {
				depth++
				if holeOf < 0 {
					holeOf = j
				}
			}
		}
		if depth%2 == 1 && index[holeOf] >= 0 {
			polys[index[holeOf]].holes = append(polys[index[holeOf]].holes, r)
			index[i] = -1
			continue
		}
		index[i] = len(polys)
		polys = append(polys, polygon{outer: r})
	}
	return polys
}
