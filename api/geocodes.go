package api

import (
	"bufio"
	"bytes"
	"strings"
	"sync"

	"github.com/annals-org/annals/dict"
)

// geoCodes are the tables the GDELT export writes geographic fields with: FIPS 10-4 country
// codes by ISO alpha-3 (dict/places/fips.tsv), first-level region codes by country and name
// (GeoNames codes, from dict/places/admin1.tsv) and country names (countries.tsv).
type geoCodes struct {
	fips   map[string]string // ISO alpha-3 -> FIPS 10-4
	admin1 map[string]string // ISO alpha-3 + "\x00" + region name -> GeoNames admin1 code
	names  map[string]string // ISO alpha-3 -> common name
}

var (
	codesOnce sync.Once
	codes     *geoCodes
)

// loadGeoCodes reads the tables once; a table that cannot be read leaves its fields empty.
func loadGeoCodes() *geoCodes {
	codesOnce.Do(func() {
		codes = &geoCodes{fips: map[string]string{}, admin1: map[string]string{}, names: map[string]string{}}
		readTSV("places/fips.tsv", func(f []string) {
			if len(f) >= 2 {
				codes.fips[f[0]] = f[1]
			}
		})
		readTSV("places/admin1.tsv", func(f []string) {
			// GEONAMEID NAME ASCIINAME ALTERNATES LAT LON CLASS.FEATURE COUNTRY ADMIN1 ...
			if len(f) >= 9 && f[8] != "-" {
				codes.admin1[f[7]+"\x00"+f[1]] = f[8]
				if f[2] != "-" {
					codes.admin1[f[7]+"\x00"+f[2]] = f[8]
				}
			}
		})
		readTSV("places/countries.tsv", func(f []string) {
			if len(f) >= 8 {
				codes.names[f[7]] = f[1]
			}
		})
	})
	return codes
}

func readTSV(path string, row func([]string)) {
	b, err := dict.FS.ReadFile(path)
	if err != nil {
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		row(strings.Split(line, "\t"))
	}
}

// fipsOf returns the FIPS 10-4 code of an ISO alpha-3 code, "" when there is none.
func (g *geoCodes) fipsOf(iso3 string) string { return g.fips[iso3] }

// adm1Of returns GDELT's ADM1 code of a region: the country's FIPS code and the region's
// code ("AM08"); the country's code alone for a place known only by its country; "" when the
// region's code is not known.
func (g *geoCodes) adm1Of(iso3, region string) string {
	c := g.fips[iso3]
	if c == "" {
		return ""
	}
	if region == "" {
		return c
	}
	if r := g.admin1[iso3+"\x00"+region]; r != "" {
		return c + r
	}
	return ""
}
