package place

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/annals-org/annals/gazetteer"
)

// TestPlaceIndexExact checks the counted answers against the loops over every mention that
// they replaced, on random articles: places scattered near the poles, across the date line
// and around a few centres, names repeated, country names among them, places taken back;
// long articles and short ones.
func TestPlaceIndexExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	centres := [][2]float64{{36, 37}, {50, 30}, {-33, 151}, {0, 179.5}, {0, -179.5}, {88, 10}, {-89, -60}, {64, -20}}
	countries := []string{"SYR", "UKR", "AUS", "FJI", "", "NOR"}
	admin1s := []string{"", "01", "02"}
	var places []*gazetteer.Place
	for i := range 300 {
		c := centres[rng.IntN(len(centres))]
		lat := c[0] + rng.NormFloat64()*4
		lat = max(-90, min(90, lat))
		lon := c[1] + rng.NormFloat64()*6
		for lon >= 180 {
			lon -= 360
		}
		for lon < -180 {
			lon += 360
		}
		p := &gazetteer.Place{ID: i, Lat: lat, Lon: lon, Country: countries[rng.IntN(len(countries))], Admin1: admin1s[rng.IntN(len(admin1s))]}
		if rng.IntN(8) == 0 {
			p.Feature = "ADM1" // a region is near the places it holds, wherever they lie
		}
		places = append(places, p)
	}
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	for len(names) < 40 {
		names = append(names, fmt.Sprint("name", len(names)))
	}
	for round := range 12 {
		// Long articles count in maps, short ones in lists (counts): both are checked, with
		// a few names, and with more than textSets keeps in its list.
		size := 200
		if round%2 == 1 {
			size = 12
		}
		distinct := 8
		if round%4 >= 2 {
			distinct = len(names)
		}
		ms := make([]Mention, size)
		for i := range ms {
			ms[i].Text = names[rng.IntN(distinct)]
			ms[i].Country = rng.IntN(10) == 0
			if rng.IntN(5) > 0 {
				ms[i].Place = places[rng.IntN(len(places))]
			}
		}
		idx := newPlaceIndex(ms)
		for i := range ms {
			if rng.IntN(3) == 0 { // a place changed or taken back, as the passes and unguess do
				var p *gazetteer.Place
				if rng.IntN(2) == 0 {
					p = places[rng.IntN(len(places))]
				}
				idx.set(&ms[i], p)
			}
			for _, c := range places[:40] {
				if got, want := nearOthers(c, &ms[i], idx), bruteNear(c, &ms[i], ms); got != want {
					t.Fatalf("round %d mention %d: nearOthers %v, want %v", round, i, got, want)
				}
				if got, want := sameCountry(c, &ms[i], idx), bruteSame(c, &ms[i], ms); got != want {
					t.Fatalf("round %d mention %d: sameCountry %v, want %v", round, i, got, want)
				}
			}
			if ms[i].Place == nil {
				continue
			}
			for _, km := range []float64{400, 500, 2000} {
				if got, want := idx.pointsWithin(&ms[i], km), brutePoints(&ms[i], ms, km); got != want {
					t.Fatalf("round %d mention %d: pointsWithin %v = %d, want %d", round, i, km, got, want)
				}
			}
			near, far := idx.pointsWithin2(&ms[i], isolatedKm, farKm)
			if wantNear, wantFar := brutePoints(&ms[i], ms, isolatedKm), brutePoints(&ms[i], ms, farKm); near != wantNear || far != wantFar {
				t.Fatalf("round %d mention %d: pointsWithin2 = %d, %d, want %d, %d", round, i, near, far, wantNear, wantFar)
			}
		}
	}
}

func bruteNear(c *gazetteer.Place, self *Mention, all []Mention) float64 {
	n, near := 0, 0
	for i := range all {
		o := &all[i]
		if o == self || o.Place == nil || o.Country || o.Text == self.Text {
			continue
		}
		n++
		inRegion := c.Feature == "ADM1" && c.Admin1 != "" && o.Place.Admin1 == c.Admin1 && o.Place.Country == c.Country
		if inRegion || gazetteer.DistanceKm(c.Lat, c.Lon, o.Place.Lat, o.Place.Lon) < 400 {
			near++
		}
	}
	if n == 0 {
		return 0
	}
	return 2 * float64(near) / float64(n)
}

func bruteSame(c *gazetteer.Place, self *Mention, all []Mention) float64 {
	n, same := 0, 0
	for i := range all {
		o := &all[i]
		if o == self || o.Place == nil || o.Text == self.Text {
			continue
		}
		n++
		if o.Place.Country == c.Country {
			same++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(same) / float64(n)
}

func brutePoints(m *Mention, all []Mention, km float64) int {
	n := 0
	for i := range all {
		o := &all[i]
		if o.Place != nil && !o.Country && o.Text != m.Text && gazetteer.DistanceKm(m.Place.Lat, m.Place.Lon, o.Place.Lat, o.Place.Lon) <= km {
			n++
		}
	}
	return n
}

// BenchmarkPlaceIndex builds the index of a short article's places and moves one mention's
// place, as the resolution passes do.
func BenchmarkPlaceIndex(b *testing.B) {
	places := []*gazetteer.Place{
		{Lat: 36.2, Lon: 37.1, Country: "SYR", Admin1: "09"}, {Lat: 35.9, Lon: 36.6, Country: "SYR", Admin1: "10"},
		{Lat: 33.5, Lon: 36.3, Country: "SYR", Admin1: "13"}, {Lat: 34.8, Lon: 38.9, Country: "SYR", Feature: "PCLI"},
	}
	names := []string{"Aleppo", "Idlib", "Damascus", "Syria", "Aleppo", "Idlib"}
	ms := make([]Mention, len(names))
	for i, n := range names {
		ms[i] = Mention{Text: n, Place: places[i%len(places)], Country: i%len(places) == 3}
	}
	b.ReportAllocs()
	for b.Loop() {
		idx := newPlaceIndex(ms)
		idx.set(&ms[0], places[1])
		idx.set(&ms[0], places[0])
	}
}

// TestInRegion checks that inRegion answers as comparing regionKey's string does.
func TestInRegion(t *testing.T) {
	places := []*gazetteer.Place{nil, {Country: "USA"}, {Country: "USA", Admin1: "KY"}, {Country: "USA", Admin1: "K"}, {Country: "US", Admin1: "AKY"}}
	keys := []string{"", "USA.KY", "USA.K", "US.AKY", "USA", "USA.KYX", "USAXKY"}
	for _, p := range places {
		for _, k := range keys {
			if got, want := inRegion(p, k), regionKey(p) == k; got != want {
				t.Errorf("inRegion(%v, %q) = %v, want %v", p, k, got, want)
			}
		}
	}
}
