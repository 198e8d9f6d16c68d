package main

import (
	"bytes"
	"compress/gzip"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/gazetteer"
)

func TestAirportNames(t *testing.T) {
	cities := map[string]bool{"Northport": true, "Port Elmer": true, "Vale": true}
	isCity := func(s string) bool { return cities[s] }
	for _, tt := range []struct {
		name       string
		want       []string
		city, bare string
	}{
		{"Northport Kellaway Airport", []string{"Northport Kellaway Airport", "Kellaway Airport"}, "Northport", "Kellaway"},
		{"Port Elmer Brackley International Airport", []string{"Port Elmer Brackley International Airport",
			"Brackley International Airport", "Brackley Airport", "Port Elmer Brackley Airport"}, "Port Elmer", "Brackley"},
		// A hyphen joins a second town or a person: no bare name.
		{"Vale-Dunmore Airport", []string{"Vale-Dunmore Airport", "Dunmore Airport"}, "", ""},
		// No city before the name: the bare word may be a person's.
		{"Tremont International Airport", []string{"Tremont International Airport", "Tremont Airport"}, "", ""},
		// A person's full name: the surname with "Airport" too.
		{"Anna K. Lindqvist International Airport", []string{"Anna K. Lindqvist International Airport",
			"Anna K. Lindqvist Airport", "Lindqvist International Airport", "Lindqvist Airport"}, "", ""},
		{"Vale-Marcel Aubry Regional Airport", []string{"Vale-Marcel Aubry Regional Airport", "Marcel Aubry Regional Airport",
			"Marcel Aubry Airport", "Vale-Marcel Aubry Airport", "Aubry Regional Airport", "Aubry Airport"}, "", ""},
		// A particle belongs to the surname.
		{"Carlos De Souza Airport", []string{"Carlos De Souza Airport"}, "", ""},
		// Not an airport's usual name: the name alone.
		{"Northport Heliport", []string{"Northport Heliport"}, "", ""},
		{"Airport", []string{"Airport"}, "", ""},
	} {
		got, city, bare := airportNames(tt.name, isCity)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("airportNames(%q) (-want +got):\n%s", tt.name, diff)
		}
		if city != tt.city || bare != tt.bare {
			t.Errorf("airportNames(%q): city %q, bare %q; want %q, %q", tt.name, city, bare, tt.city, tt.bare)
		}
	}
}

// testGazetteer is a small gazetteer: a capital, a big town far from the airport at 40 N 20 E,
// a small one far from it, a village near it, and a region.
func testGazetteer(t *testing.T) *gazetteer.Gazetteer {
	t.Helper()
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	fsys := fstest.MapFS{
		gazetteer.CountriesFile: {Data: []byte("0\tNorlandia\t-\t-\t40\t20\tA.PCLI\tNRL\t-\t-\t100\n")},
		gazetteer.Admin1File:    {Data: []byte("0\tKessel Province\t-\tKessel\t41\t21\tA.ADM1\tNRL\t01\tKessel Province\t9000\n")},
		gazetteer.Admin2File:    {Data: gz("")},
		gazetteer.CitiesFile: {Data: gz("1\tNorthport\t-\t-\t40.1\t20.1\tP.PPLC\tNRL\t01\tKessel Province\t900000\n" +
			"2\tBrackley\t-\t-\t30\t10\tP.PPL\tNRL\t01\tKessel Province\t50000\n" +
			"3\tKellaway\t-\t-\t30\t10\tP.PPL\tNRL\t01\tKessel Province\t3000\n" +
			"4\tDunmore\t-\t-\t40.2\t20\tP.PPL\tNRL\t01\tKessel Province\t800\n")},
		gazetteer.AddedFile:      {Data: gz("")},
		gazetteer.SupplementFile: {Data: []byte("Grey Sea\t-\t40\t22\tSEA\t-\t-\tcurated for a test\n")},
	}
	g, err := gazetteer.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestBareAirportName(t *testing.T) {
	g := testGazetteer(t)
	words := map[string]bool{"field": true}
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Tarnow", true},    // no namesake
		{"Kellaway", true},  // a small town far away: the airport comes first
		{"Brackley", false}, // a town of 50,000
		{"Dunmore", false},  // a village near the airport: the word names it
		{"Kessel", false},   // a region
		{"Norlandia", false},
		{"Field", false}, // a word
	} {
		if got := bareAirportName(g, tt.word, words, 40, 20); got != tt.want {
			t.Errorf("bareAirportName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	if !majorCity(g, "Northport", "NRL") || majorCity(g, "Brackley", "NRL") || majorCity(g, "Northport", "XXX") {
		t.Errorf("majorCity: want the capital Northport only, in its own country")
	}
	if !cityNear(g, "Northport", "NRL", 40, 20) || cityNear(g, "Brackley", "NRL", 40, 20) {
		t.Errorf("cityNear: want Northport (14 km), not Brackley (1,400 km)")
	}
}
