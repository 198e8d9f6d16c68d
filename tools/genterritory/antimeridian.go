package main

import "math"

// Rings that cross the 180th meridian, cut or closed so that they are plane polygons.

// cutAntimeridian splits a ring that crosses the 180th meridian (TopoJSON's spherical rings
// jump from 180 to -180: Chukotka, Fiji) into its part east of -180 and its part west of 180,
// so that the plane geometry of package territory holds. The cut runs along the meridian; those
// segments are of kind 'i' (no border, no coast).
func cutAntimeridian(r ring) []ring {
	const half = 180e5
	jump := false
	for i := range r.pts {
		j := (i + 1) % len(r.pts)
		if abs(r.pts[j][0]-r.pts[i][0]) > half {
			jump = true
			break
		}
	}
	if !jump {
		return []ring{r}
	}
	// Unwrap the longitudes into one continuous run, then place the run so that it crosses
	// +180 (and not -180).
	u := make([][2]int64, len(r.pts))
	u[0] = r.pts[0]
	for i := 1; i < len(r.pts); i++ {
		dx := r.pts[i][0] - r.pts[i-1][0]
		switch {
		case dx > half:
			dx -= 2 * half
		case dx < -half:
			dx += 2 * half
		}
		u[i] = [2]int64{u[i-1][0] + dx, r.pts[i][1]}
	}
	// A ring around a pole (Antarctica) does not close once unwrapped: close it along the
	// meridians at ±180 and the pole instead.
	n := len(u)
	if total := u[n-1][0] - u[0][0] + wrapDelta(r.pts[0][0]-r.pts[n-1][0]); abs(total) > half {
		return []ring{closeAroundPole(r)}
	}
	lo := u[0][0]
	for _, p := range u {
		lo = min(lo, p[0])
	}
	if lo < -half {
		for i := range u {
			u[i][0] += 2 * half
		}
	}
	west := clip(u, r.kinds, half, true)
	east := clip(u, r.kinds, half, false)
	for i := range east.pts {
		east.pts[i][0] -= 2 * half
	}
	var out []ring
	for _, c := range []ring{west, east} {
		c.iso3, c.area, c.name, c.status = r.iso3, r.area, r.name, r.status
		c.pts, c.kinds = dedupe(c.pts, c.kinds)
		out = append(out, c)
	}
	return out
}

// wrapDelta is a step in longitude taken the short way round: a jump across the antimeridian
// (170° to -170°) is the 20° it spans.
func wrapDelta(dx int64) int64 {
	const half = 180e5
	switch {
	case dx > half:
		return dx - 2*half
	case dx < -half:
		return dx + 2*half
	}
	return dx
}

// closeAroundPole turns a ring that winds around a pole into a plane polygon: starting after
// its jump across the antimeridian, it runs from one side of the map to the other, then back
// along the map's edge at the pole.
func closeAroundPole(r ring) ring {
	const half = 180e5
	n := len(r.pts)
	start := 0
	for i := range r.pts {
		j := (i + 1) % n
		if abs(r.pts[j][0]-r.pts[i][0]) > half {
			start = j
			break
		}
	}
	var out ring
	out.iso3, out.area, out.name, out.status = r.iso3, r.area, r.name, r.status
	lat := 0.0
	for k := range n {
		i := (start + k) % n
		out.pts = append(out.pts, r.pts[i])
		out.kinds = append(out.kinds, r.kinds[i])
		lat += float64(r.pts[i][1])
	}
	pole := int64(90e5)
	if lat < 0 {
		pole = -pole
	}
	first, last := out.pts[0], out.pts[n-1]
	side := int64(half) // the side the ring ends on
	if last[0] < first[0] {
		side = -side
	}
	out.kinds[n-1] = 'c' // last point → the map's edge
	out.pts = append(out.pts, [2]int64{side, last[1]}, [2]int64{side, pole}, [2]int64{-side, pole}, [2]int64{-side, first[1]})
	out.kinds = append(out.kinds, 'i', 'i', 'i', 'c')
	out.pts, out.kinds = dedupe(out.pts, out.kinds)
	return out
}

// clip keeps the part of a ring on one side of the meridian x = l (Sutherland–Hodgman): x <= l
// when west, else x >= l. kinds[i] is the kind of the segment from pts[i] to pts[i+1].
func clip(pts [][2]int64, kinds []byte, l int64, west bool) ring {
	in := func(p [2]int64) bool { return west && p[0] <= l || !west && p[0] >= l }
	cross := func(a, b [2]int64) [2]int64 {
		t := float64(l-a[0]) / float64(b[0]-a[0])
		return [2]int64{l, a[1] + int64(math.Round(t*float64(b[1]-a[1])))}
	}
	// Points with the kind of the segment that arrives at each.
	var out [][2]int64
	var arrive []byte
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		k := kinds[i]
		switch {
		case in(a) && in(b):
			out, arrive = append(out, b), append(arrive, k)
		case in(a) && !in(b):
			out, arrive = append(out, cross(a, b)), append(arrive, k)
		case !in(a) && in(b):
			out, arrive = append(out, cross(a, b), b), append(arrive, 'i', k)
		}
	}
	// Segment m runs from out[m] to out[m+1]: its kind is the arriving kind of out[m+1].
	var r ring
	r.pts = out
	for m := range out {
		r.kinds = append(r.kinds, arrive[(m+1)%len(out)])
	}
	return r
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
