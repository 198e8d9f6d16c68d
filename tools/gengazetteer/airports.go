package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/annals-org/annals/gazetteer"
)

// airport is what writeAirports reads of an airport of npm airport-data-js.
type airport struct {
	IATA      string  `json:"iata"`
	Country   string  `json:"country_code"`
	Name      string  `json:"airport"`
	Lat       float64 `json:"latitude"`
	Lon       float64 `json:"longitude"`
	Type      string  `json:"type"`
	Scheduled string  `json:"scheduled_service"`
}

// airportKinds are the kinds of airport kept: those with scheduled flights of the two larger
// kinds, the airports news name.
var airportKinds = map[string]bool{"large_airport": true, "medium_airport": true}

// outputFS serves the files of the output folder as the gazetteer asks for them
// ("places/cities.tsv.gz"), less the airports the generator is writing.
type outputFS struct{ dir string }

func (o outputFS) Open(name string) (fs.File, error) {
	base, ok := strings.CutPrefix(name, "places/")
	if !ok || base == airportsFile {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return os.Open(filepath.Join(o.dir, filepath.FromSlash(base)))
}

// writeAirports writes airports.tsv.gz: the large and medium airports with scheduled flights
// of npm airport-data-js (OurAirports data, CC BY 4.0), under their names and the shorter
// names news give them (see airportNames), with the first-level region of the nearest place
// of the gazetteer within 50 km. It reads the gazetteer files already in the output folder.
//
// The file is not committed yet: TR-News annotates airports and gains from it (Heathrow,
// Gatwick, Pearson and Trudeau airports found), but GeoVirus annotates some airports and not
// others, and the one it leaves out costs it precision; the full run does not write it.
func writeAirports() {
	airports := readAirports(filepath.Join(*npmDir, "airport-data-js/lib/index.js"))
	g, err := gazetteer.Load(outputFS{*outDir})
	if err != nil {
		log.Fatal(err)
	}
	iso3 := readISO2To3(filepath.Join(*npmDir, "world-countries/countries.json"))
	words := readCommonWords(*lexiconFile)
	var rows []string
	short := 0
	for _, a := range airports {
		if !airportKinds[a.Type] || a.Scheduled != "TRUE" || a.IATA == "" || g.Country(iso3[a.Country]) == nil {
			continue
		}
		country := iso3[a.Country]
		name := clean(a.Name)
		names, city, bare := airportNames(name, func(prefix string) bool { return cityNear(g, prefix, country, a.Lat, a.Lon) })
		if bare != "" && a.Type == "large_airport" && majorCity(g, city, country) && bareAirportName(g, bare, words, a.Lat, a.Lon) {
			names = append(names, bare)
			short++
			if *verbose {
				log.Printf("bare airport name %q: %s", bare, name)
			}
		}
		var admin1, admin1Name string
		for _, p := range g.Nearby(a.Lat, a.Lon, 50) {
			if p.Class == "P" && p.Country == country && p.Admin1 != "" {
				admin1, admin1Name = p.Admin1, p.Admin1Name
				break
			}
		}
		r := row(0, name, gazetteer.ASCII(name), names[1:], a.Lat, a.Lon, "S.AIRP", country, admin1, admin1Name, 0)
		rows = append(rows, r+"\tIATA "+a.IATA)
	}
	sort.Strings(rows)
	write(airportsFile, airportsHeader, rows, true)
	log.Printf("airports: %d, %d of them also by a bare name", len(rows), short)
}

const airportsFile = "airports.tsv.gz"

// airportBlob is the gzip-compressed, base64-encoded JSON array of airports that
// airport-data-js bundles into its code.
var airportBlob = regexp.MustCompile(`"(H4sI[A-Za-z0-9+/=]{1000,})"`)

func readAirports(file string) []airport {
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	m := airportBlob.FindSubmatch(data)
	if m == nil {
		log.Fatalf("%s: no airport table found", file)
	}
	raw, err := base64.StdEncoding.DecodeString(string(m[1]))
	if err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	z, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	js, err := io.ReadAll(z)
	if err != nil && !errors.Is(err, io.EOF) {
		log.Fatalf("%s: %v", file, err)
	}
	var out []airport
	if err := json.Unmarshal(js, &out); err != nil {
		log.Fatalf("%s: %v", file, err)
	}
	return out
}

// airportQualifiers are words between an airport's own name and "Airport" that news leave out.
var airportQualifiers = map[string]bool{"International": true, "Intl": true, "Regional": true, "Municipal": true}

// airportNames returns the names an airport is found by: its name first, then the name
// without the city it serves (isCity tells a leading city's name: "London Heathrow Airport"
// is also "Heathrow Airport"), without "International" ("Pearson Airport"), and by the last
// word of a person's name it bears ("Pierre Elliott Trudeau International Airport":
// "Trudeau Airport"). It also returns the city and the bare name the airport may be called by
// alone, "" if none: the one word left once the city and the ending are gone ("Heathrow"; not
// "Pearson", whose name has no city before it, as a bare surname is a person's; not
// "Bergstrom" of "Austin-Bergstrom", where the hyphen joins a second town or a person).
func airportNames(name string, isCity func(string) bool) (names []string, city, bare string) {
	seen := map[string]bool{}
	add := func(n string) {
		if k := gazetteer.Normalize(n); k != "" && !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	add(name)
	words := strings.Fields(name)
	if len(words) < 2 || words[len(words)-1] != "Airport" {
		return names, "", ""
	}
	core := words[:len(words)-1]
	var quals []string
	for len(core) > 1 && airportQualifiers[core[len(core)-1]] {
		quals = append([]string{core[len(core)-1]}, quals...)
		core = core[:len(core)-1]
	}
	// A leading city: whole words, or the part before a hyphen ("Montreal-Pierre").
	cityWords, hyphen := 0, false
	var rest []string
	for i := 1; i < len(core) && i <= 3; i++ {
		if isCity(strings.Join(core[:i], " ")) {
			cityWords, rest = i, core[i:]
		}
	}
	if c, r, ok := strings.Cut(core[0], "-"); cityWords == 0 && ok && r != "" && isCity(c) {
		cityWords, rest, hyphen = 1, append([]string{r}, core[1:]...), true
	}
	suffixes := []string{strings.Join(append(quals, "Airport"), " "), "Airport"}
	if cityWords > 0 {
		own := strings.Join(rest, " ")
		for _, s := range suffixes {
			add(own + " " + s)
		}
		if len(rest) == 1 && !hyphen {
			city, bare = strings.Join(core[:cityWords], " "), rest[0]
		}
	}
	add(strings.Join(core, " ") + " Airport")
	own := core
	if cityWords > 0 {
		own = rest
	}
	if len(own) >= 2 && personalName(own[:len(own)-1]) {
		for _, s := range suffixes {
			add(own[len(own)-1] + " " + s)
		}
	}
	return names, city, bare
}

// personalName reports whether words are given names or initials: capitalised words other
// ending in no particle ("Pierre Elliott", "John F."), so that the word after them is a surname.
func personalName(words []string) bool {
	for _, w := range words {
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') || strings.ContainsAny(w, "-'") {
			return false
		}
	}
	return len(words) <= 3 && !nameParticles[words[len(words)-1]]
}

// nameParticles join a surname to the word before it ("Charles De Gaulle", "Ben Gurion"): the
// word after them alone is not the name.
var nameParticles = map[string]bool{"De": true, "Da": true, "Di": true, "Du": true, "Del": true,
	"Van": true, "Von": true, "Ben": true, "Bin": true, "Ibn": true, "Al": true, "El": true,
	"La": true, "Le": true, "Dos": true, "Das": true}

// majorCity reports whether name is a capital or a city of a million people of country: a
// large airport called after such a city and one word more is known by that word ("London
// Heathrow", "Shanghai Pudong").
func majorCity(g *gazetteer.Gazetteer, name, country string) bool {
	for _, p := range g.Lookup(name) {
		if p.Country == country && p.Class == "P" && gazetteer.IsPrimary(p, name) && (p.Feature == "PPLC" || p.Population >= 1000000) {
			return true
		}
	}
	return false
}

// cityNear reports whether name is a populated place or first-level region of country
// within 60 km of (lat, lon), by its own name.
func cityNear(g *gazetteer.Gazetteer, name, country string, lat, lon float64) bool {
	for _, p := range g.Lookup(name) {
		if p.Country == country && (p.Class == "P" || p.Feature == "ADM1") && gazetteer.IsPrimary(p, name) &&
			gazetteer.DistanceKm(lat, lon, p.Lat, p.Lon) <= 60 {
			return true
		}
	}
	return false
}

// bareAirportName reports whether a large airport may be found by the bare word w: a word
// that is no common English word and that names no country, region, supplement entry or town
// of 10,000 people or more ("Niagara", "Provence"), nor a place near the airport (the place is
// what the word names: "Orly"). The airport comes before its smaller namesakes: a large
// airport serves more people a day than such a town has ("Heathrow" the airport before
// Heathrow, Florida).
func bareAirportName(g *gazetteer.Gazetteer, w string, words map[string]bool, lat, lon float64) bool {
	if commonWords(w, words) || !regionName(w) {
		return false
	}
	for _, p := range g.Lookup(w) {
		if p.Class != "P" || p.Population >= 10000 || gazetteer.DistanceKm(lat, lon, p.Lat, p.Lon) <= 60 {
			return false
		}
	}
	return true
}

const airportsHeader = `# Airports: the large and medium airports with scheduled flights of npm airport-data-js
# 4.0.0 (OurAirports data, CC BY 4.0), by their name and the shorter names news use ("Heathrow
# Airport", "Pearson Airport"; a large airport whose name puts a city before one word also by
# that word alone: "Heathrow"). ADMIN1: the region of the nearest place of the gazetteer
# within 50 km. The twelfth column names the source's entry by its IATA code.
# Generated by tools/gengazetteer; do not edit.
` + columns
