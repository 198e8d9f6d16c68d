package place

import (
	"iter"
	"math"

	"github.com/annals-org/annals/gazetteer"
)

// Scoring a candidate against "the article's other places" used to look at every other
// mention, for every candidate of every mention: quadratic in the article's length, so that
// a list of 40,000 place names never finished. placeIndex counts the resolved mentions once
// (by place, country and name) and keeps their points in a coarse grid, so that a question
// costs the distinct places near the candidate, not the length of the article. The answers
// are exactly those of the loops they replace: the same distances are computed for the
// same pairs, only pairs that cannot be near are left out.

// placeKey is a resolved place as a mention uses it: country names count apart, since
// nearness looks only at towns and regions.
type placeKey struct {
	p       *gazetteer.Place
	country bool
}

// placeSet counts resolved mentions.
type placeSet struct {
	n         int              // mentions with a place
	points    int              // of them, those that do not name a country
	countries counts[string]   // by the place's country
	places    counts[placeKey] // by place
	regions   counts[regionID] // the points, by the first-level region that holds them
}

// regionID is a first-level region: its country and GeoNames region code (regionKey without
// the string it builds).
type regionID struct{ country, admin1 string }

func newPlaceSet() *placeSet { return &placeSet{} }

func (s *placeSet) add(k placeKey, d int) {
	s.n += d
	if !k.country {
		s.points += d
		if k.p.Admin1 != "" {
			s.regions.add(regionID{k.p.Country, k.p.Admin1}, d)
		}
	}
	s.countries.add(k.p.Country, d)
	s.places.add(k, d)
}

// counts is a multiset: a short list while it is small, as it is for most articles and for
// every name's own mentions, a map once it grows past smallCounts (an article that lists
// thousands of places). Keys whose count falls to zero are dropped.
type counts[K comparable] struct {
	list []keyCount[K]
	big  map[K]int
}

type keyCount[K comparable] struct {
	k K
	n int
}

// smallCounts: a list longer than this becomes a map.
const smallCounts = 16

func (c *counts[K]) get(k K) int {
	if c.big != nil {
		return c.big[k]
	}
	for _, e := range c.list {
		if e.k == k {
			return e.n
		}
	}
	return 0
}

func (c *counts[K]) add(k K, d int) {
	if c.big != nil {
		if c.big[k] += d; c.big[k] == 0 {
			delete(c.big, k)
		}
		return
	}
	for i := range c.list {
		if c.list[i].k == k {
			if c.list[i].n += d; c.list[i].n == 0 {
				last := len(c.list) - 1
				c.list[i] = c.list[last]
				c.list = c.list[:last]
			}
			return
		}
	}
	if d == 0 {
		return
	}
	if len(c.list) < smallCounts {
		c.list = append(c.list, keyCount[K]{k, d})
		return
	}
	c.big = make(map[K]int, 2*smallCounts)
	for _, e := range c.list {
		c.big[e.k] = e.n
	}
	c.big[k] = d
	c.list = nil
}

// len returns the number of distinct keys.
func (c *counts[K]) len() int {
	if c.big != nil {
		return len(c.big)
	}
	return len(c.list)
}

// all yields each key and its count, in no particular order.
func (c *counts[K]) all() iter.Seq2[K, int] {
	return func(yield func(K, int) bool) {
		if c.big != nil {
			for k, n := range c.big {
				if !yield(k, n) {
					return
				}
			}
			return
		}
		for _, e := range c.list {
			if !yield(e.k, e.n) {
				return
			}
		}
	}
}

// placeIndex counts the resolved mentions of an article, all together and by mention text:
// a mention's "others" leave out every mention of its own name.
type placeIndex struct {
	all    *placeSet
	byText textSets
	grid   map[int]map[placeKey]int // all.places by cell, once there are more than fewPlaces
	home   string                   // the article's home region (homeRegion), set after the first pass
	// counties are the second-level regions the first pass resolved (namedCounties), at most
	// maxCounties of them.
	counties []placeName

	// The index's own memory holds its overall counts with room for a few places, countries
	// and regions, as textSets holds the counts of its first names: most articles need no
	// other allocation.
	allSet       placeSet
	allPlaces    [4]keyCount[placeKey]
	allCountries [2]keyCount[string]
	allRegions   [2]keyCount[regionID]
}

// fewPlaces: an index of at most this many distinct places is asked place by place, not by
// grid cell.
const fewPlaces = 12

// gridDeg is the side of a grid cell in degrees: about the 400 km and 500 km that the
// questions ask about, so that a question looks at a handful of cells.
const gridDeg = 4

func newPlaceIndex(ms []Mention) *placeIndex {
	x := &placeIndex{}
	x.count(ms)
	return x
}

// recount makes x the index of ms afresh, in x's own memory: an article's second index costs
// no allocation.
func (x *placeIndex) recount(ms []Mention) {
	*x = placeIndex{}
	x.count(ms)
}

// count counts ms into x, which is empty.
func (x *placeIndex) count(ms []Mention) {
	x.all = &x.allSet
	x.all.places.list = x.allPlaces[:0]
	x.all.countries.list = x.allCountries[:0]
	x.all.regions.list = x.allRegions[:0]
	for i := range ms {
		x.add(&ms[i], 1)
	}
}

// add counts mention m's place (d = 1) or takes it back (d = -1); set and clear a mention's
// place only through it while the index is in use.
func (x *placeIndex) add(m *Mention, d int) {
	if m.Place == nil {
		return
	}
	k := placeKey{m.Place, m.Country}
	x.all.add(k, d)
	x.byText.get(m.Text).add(k, d)
	switch {
	case x.grid != nil:
		x.addCell(k, d)
	case x.all.places.len() > fewPlaces:
		// The grid is built when the article turns out to name many places, not before.
		x.grid = map[int]map[placeKey]int{}
		for k, n := range x.all.places.all() {
			x.addCell(k, n)
		}
	}
}

// addCell counts place k d more times in its grid cell.
func (x *placeIndex) addCell(k placeKey, d int) {
	c := cellOf(k.p.Lat, k.p.Lon)
	g := x.grid[c]
	if g == nil {
		g = map[placeKey]int{}
		x.grid[c] = g
	}
	if g[k] += d; g[k] == 0 {
		delete(g, k)
	}
}

// set gives mention m the place p, keeping the counts.
func (x *placeIndex) set(m *Mention, p *gazetteer.Place) {
	if m.Place == p {
		return // mostly the second pass keeping the first's choice: the counts stand as they are
	}
	x.add(m, -1)
	m.Place = p
	x.add(m, 1)
}

// text returns the counts of the mentions named text (an empty set for none).
func (x *placeIndex) text(text string) *placeSet {
	if t := x.byText.find(text); t != nil {
		return t
	}
	return emptySet
}

var emptySet = newPlaceSet()

func cellOf(lat, lon float64) int {
	row := int(math.Floor((lat + 90) / gridDeg))
	col := int(math.Floor((lon+180)/gridDeg)) % (360 / gridDeg)
	return row*1000 + col
}

// near calls fn for each counted place whose point may lie within km of (lat, lon): every
// one that does, and some that do not, which fn tells apart by the distance.
func (x *placeIndex) near(lat, lon, km float64, fn func(k placeKey, n int)) {
	if x.grid == nil || x.all.places.len() <= fewPlaces {
		// Most articles name a handful of places: all of them cost less than the cells.
		if places := &x.all.places; places.big == nil {
			for _, e := range places.list { // the list without the iterator's calls
				fn(e.k, e.n)
			}
			return
		}
		for k, c := range x.all.places.all() {
			fn(k, c)
		}
		return
	}
	const earthKm = 6371.0088
	dlat := km/earthKm*180/math.Pi + 0.01
	lo, hi := math.Max(lat-dlat, -90), math.Min(lat+dlat, 90)
	cols := 360 / gridDeg
	first, n := 0, cols
	// Two points within km of each other at latitudes no farther from the equator than
	// maxLat differ in longitude by at most 2·asin(sin(km/2R) / cos(maxLat)) (haversine).
	if maxLat := math.Max(math.Abs(lo), math.Abs(hi)); maxLat < 89 {
		s := math.Sin(km/(2*earthKm)) / math.Cos(maxLat*math.Pi/180)
		if s < 1 {
			dlon := 2*math.Asin(s)*180/math.Pi + 0.01
			from := int(math.Floor((lon - dlon + 180) / gridDeg))
			to := int(math.Floor((lon + dlon + 180) / gridDeg))
			if to-from+1 < cols {
				first, n = from, to-from+1
			}
		}
	}
	for row := int(math.Floor((lo + 90) / gridDeg)); row <= int(math.Floor((hi+90)/gridDeg)); row++ {
		for i := range n {
			col := ((first+i)%cols + cols) % cols
			for k, c := range x.grid[row*1000+col] {
				fn(k, c)
			}
		}
	}
}

// pointsWithin counts the towns and regions of other names than m's at most km from m's place.
func (x *placeIndex) pointsWithin(m *Mention, km float64) int {
	near, _ := x.pointsWithin2(m, km, km)
	return near
}

// pointsWithin2 is pointsWithin for two distances, near ≤ far, from one scan. Each place
// counts less the mentions of m's own name, which are among its count: a place only they name
// (m's own, mostly) needs no distance.
func (x *placeIndex) pointsWithin2(m *Mention, near, far float64) (nearCount, farCount int) {
	own := &x.text(m.Text).places
	x.near(m.Place.Lat, m.Place.Lon, far, func(k placeKey, n int) {
		if n -= own.get(k); k.country || n == 0 {
			return
		}
		d := gazetteer.DistanceKm(m.Place.Lat, m.Place.Lon, k.p.Lat, k.p.Lon)
		if !(d > near) {
			nearCount += n
		}
		if !(d > far) {
			farCount += n
		}
	})
	return nearCount, farCount
}

// pointsNear counts the places of other names than text at most km from (lat, lon): the towns
// and regions, or with towns the towns and counties only (the point of a larger area says
// nothing of what lies near it).
func (x *placeIndex) pointsNear(lat, lon, km float64, text string, towns bool) int {
	near := 0
	own := &x.text(text).places
	x.near(lat, lon, km, func(k placeKey, n int) {
		if n -= own.get(k); n != 0 && !k.country && (!towns || k.p.Class == "P" || k.p.Feature == "ADM2") && !(gazetteer.DistanceKm(lat, lon, k.p.Lat, k.p.Lon) > km) {
			near += n
		}
	})
	return near
}
