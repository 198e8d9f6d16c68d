// Command genlabels builds web/static/labels.json, the place names the page's map writes
// over the country outlines, from the gazetteer of dict/places: every country, the
// first-level regions and the towns of 200,000 people or more. Each label is
// [name, lat, lon, kind, minZoom, rank]: kind "c" a country, "r" a region, "t" a town;
// minZoom the first zoom at which the map shows it; rank orders the labels that compete for
// room (smaller first: countries, then towns, then regions, each by population).
//
//	go run ./tools/genlabels
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type label struct {
	name     string
	lat, lon float64
	kind     string
	zoom     int
	pop      float64
}

func main() {
	dir := flag.String("places", "dict/places", "the gazetteer folder")
	out := flag.String("out", "web/static/labels.json", "output file")
	flag.Parse()
	var labels []label
	read(filepath.Join(*dir, "countries.tsv"), func(f []string, pop float64) {
		labels = append(labels, label{name: f[1], kind: "c", zoom: countryZoom(pop), pop: pop})
	}, &labels)
	read(filepath.Join(*dir, "admin1.tsv"), func(f []string, pop float64) {
		if pop >= 50000 {
			labels = append(labels, label{name: f[1], kind: "r", zoom: regionZoom(pop), pop: pop})
		}
	}, &labels)
	seen := map[string]bool{}
	for _, name := range []string{"cities.tsv.gz", "cities-added.tsv.gz"} {
		read(filepath.Join(*dir, name), func(f []string, pop float64) {
			key := f[7] + "\x00" + f[1]
			if pop < 200000 || seen[key] || f[6] == "P.PPLX" || !strings.HasPrefix(f[6], "P.") {
				return
			}
			seen[key] = true
			labels = append(labels, label{name: f[1], kind: "t", zoom: townZoom(pop, f[6] == "P.PPLC"), pop: pop})
		}, &labels)
	}
	sort.SliceStable(labels, func(i, j int) bool {
		if labels[i].kind != labels[j].kind {
			return strings.Index("ctr", labels[i].kind) < strings.Index("ctr", labels[j].kind)
		}
		return labels[i].pop > labels[j].pop
	})
	rows := make([][]any, len(labels))
	for i, l := range labels {
		rows[i] = []any{l.name, round(l.lat), round(l.lon), l.kind, l.zoom, i}
	}
	b, err := json.Marshal(rows)
	if err != nil {
		log.Fatal(err)
	}
	b = []byte(strings.ReplaceAll(string(b), "],[", "],\n["))
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d labels\n", *out, len(rows))
}

// read calls add for each line of a gazetteer file (11 columns: GEONAMEID NAME ASCIINAME
// ALTERNATES LAT LON CLASS.FEATURE COUNTRY ADMIN1 ADMIN1NAME POPULATION) and sets the
// position of the label add appended.
func read(path string, add func(f []string, pop float64), labels *[]label) {
	file, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer file.Close()
	var r io.Reader = file
	if strings.HasSuffix(path, ".gz") {
		if r, err = gzip.NewReader(file); err != nil {
			log.Fatal(err)
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 11 {
			continue
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.ParseFloat(f[10], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		n := len(*labels)
		add(f, pop)
		if len(*labels) > n {
			(*labels)[n].lat, (*labels)[n].lon = lat, lon
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

func countryZoom(pop float64) int {
	switch {
	case pop >= 40e6:
		return 1
	case pop >= 8e6:
		return 2
	case pop >= 1e6:
		return 3
	}
	return 4
}

func regionZoom(pop float64) int {
	switch {
	case pop >= 3e6:
		return 5
	case pop >= 500e3:
		return 6
	}
	return 7
}

func townZoom(pop float64, capital bool) int {
	z := 7
	switch {
	case pop >= 5e6:
		z = 4
	case pop >= 1e6:
		z = 5
	case pop >= 400e3:
		z = 6
	}
	if capital {
		z = min(z, 4)
	}
	return z
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
