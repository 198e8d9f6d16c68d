package place

import (
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
	countries map[string]int   // by the place's country
	places    map[placeKey]int // by place
}

func newPlaceSet() *placeSet {
	return &placeSet{countries: map[string]int{}, places: map[placeKey]int{}}
}

func (s *placeSet) add(k placeKey, d int) {
	s.n += d
	if !k.country {
		s.points += d
	}
	s.countries[k.p.Country] += d
	if s.places[k] += d; s.places[k] == 0 {
		delete(s.places, k)
	}
}

// placeIndex counts the resolved mentions of an article, all together and by mention text:
// a mention's "others" leave out every mention of its own name.
type placeIndex struct {
	all    *placeSet
	byText map[string]*placeSet
	grid   map[int]map[placeKey]int // all.places by cell
	home   string                   // the article's home region (homeRegion), set after the first pass
}

// gridDeg is the side of a grid cell in degrees: about the 400 km and 500 km that the
// questions ask about, so that a question looks at a handful of cells.
const gridDeg = 4

func newPlaceIndex(ms []Mention) *placeIndex {
	x := &placeIndex{all: newPlaceSet(), byText: map[string]*placeSet{}, grid: map[int]map[placeKey]int{}}
	for i := range ms {
		x.add(&ms[i], 1)
	}
	return x
}

// add counts mention m's place (d = 1) or takes it back (d = -1); set and clear a mention's
// place only through it while the index is in use.
func (x *placeIndex) add(m *Mention, d int) {
	if m.Place == nil {
		return
	}
	k := placeKey{m.Place, m.Country}
	x.all.add(k, d)
	t := x.byText[m.Text]
	if t == nil {
		t = newPlaceSet()
		x.byText[m.Text] = t
	}
	t.add(k, d)
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
	x.add(m, -1)
	m.Place = p
	x.add(m, 1)
}

// text returns the counts of the mentions named text (an empty set for none).
func (x *placeIndex) text(text string) *placeSet {
	if t := x.byText[text]; t != nil {
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
	near := 0
	count := func(k placeKey, n int) {
		if !k.country && !(gazetteer.DistanceKm(m.Place.Lat, m.Place.Lon, k.p.Lat, k.p.Lon) > km) {
			near += n
		}
	}
	x.near(m.Place.Lat, m.Place.Lon, km, count)
	for k, n := range x.text(m.Text).places {
		count(k, -n)
	}
	return near
}
