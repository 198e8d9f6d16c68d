// Command genfips builds dict/places/fips.tsv, the FIPS 10-4 country code of each ISO 3166-1
// alpha-3 code, which GDELT's geographic fields use, from the npm package country-code-info
// (its "gec" column: the Geopolitical Entities and Codes that continue FIPS 10-4 with the
// same codes; public domain, the Unlicense).
//
//	(cd tools/npm && npm ci)
//	go run ./tools/genfips
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"sort"
	"strings"
)

type country struct {
	Name string `json:"name"`
	A3   string `json:"a3"`
	GEC  string `json:"gec"`
}

// missing gives the codes of countries the package has no gec for, from FIPS 10-4 as GDELT
// uses it: Serbia RI, Kosovo KV, Svalbard (and Jan Mayen) SV, and Palestine WE, the West
// Bank, the code GDELT gives places there (Gaza's own is GZ).
var missing = map[string][2]string{
	"SRB": {"RI", "Serbia"},
	"XKX": {"KV", "Kosovo"},
	"SJM": {"SV", "Svalbard and Jan Mayen"},
	"PSE": {"WE", "Palestine"},
}

var (
	a3Pattern  = regexp.MustCompile(`^[A-Z]{3}$`)
	gecPattern = regexp.MustCompile(`^[A-Z]{2}$`)
)

func main() {
	in := flag.String("src", "tools/npm/node_modules/country-code-info/data/countries.json", "country-code-info countries.json")
	out := flag.String("out", "dict/places/fips.tsv", "output file")
	flag.Parse()
	b, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		log.Fatal(err)
	}
	seen := map[string]bool{}
	var rows []string
	for _, c := range cs {
		a3, gec := strings.TrimSpace(c.A3), strings.TrimSpace(c.GEC)
		if !a3Pattern.MatchString(a3) || !gecPattern.MatchString(gec) || seen[a3] {
			continue
		}
		seen[a3] = true
		rows = append(rows, a3+"\t"+gec+"\t"+strings.TrimSpace(c.Name))
	}
	for a3, m := range missing {
		if !seen[a3] {
			rows = append(rows, a3+"\t"+m[0]+"\t"+m[1])
		}
	}
	sort.Strings(rows)
	var sb strings.Builder
	sb.WriteString("# ISO 3166-1 alpha-3 code, FIPS 10-4 country code (GEC), English name: made by\n")
	sb.WriteString("# tools/genfips from data/countries.json of npm country-code-info 0.3.0 (its a3 and gec\n")
	sb.WriteString("# columns; released into the public domain under the Unlicense), and for SRB, XKX, SJM\n")
	sb.WriteString("# and PSE, which it lacks, FIPS 10-4 itself (PSE as WE, the West Bank). GDELT's\n")
	sb.WriteString("# geographic fields (ActionGeo_CountryCode, ADM1 codes) use these codes.\n")
	for _, r := range rows {
		sb.WriteString(r + "\n")
	}
	if err := os.WriteFile(*out, []byte(sb.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d countries\n", *out, len(rows))
}
