package gazetteer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/linefile"
)

// TestAdmin1Names checks that places/admin1-names.tsv gives first-level regions other names,
// found by Lookup and Admin1 and kept in the region's Source, and rejects bad lines.
func TestAdmin1Names(t *testing.T) {
	fsys := minimal(gazetteer.Admin1NamesFile, "# names\nARM.08\tSiunik|Zangezur Province\tan atlas of regions, for a test\n")
	g, err := gazetteer.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	r := g.Admin1("ARM", "08")
	for _, name := range []string{"Syunik", "Siunik", "zangezur province"} {
		if ps := g.Lookup(name); len(ps) != 1 || ps[0] != r {
			t.Errorf("Lookup(%q) = %v, want the region Syunik", name, names(ps))
		}
		if got := g.Admin1("ARM", name); got != r {
			t.Errorf("Admin1(ARM, %q) = %v, want Syunik", name, got)
		}
	}
	if diff := cmp.Diff([]string{"Siunik", "Zangezur Province"}, r.Alternates()); diff != "" {
		t.Errorf("Syunik's alternates (-want +got):\n%s", diff)
	}
	if !strings.HasSuffix(r.Source, "; other names: an atlas of regions, for a test") {
		t.Errorf("Source = %q, want the names' source at its end", r.Source)
	}
	// Without the file, the region has its own names only.
	g, err = gazetteer.Load(minimal("", ""))
	if err != nil {
		t.Fatal(err)
	}
	if ps := g.Lookup("Siunik"); len(ps) != 0 {
		t.Errorf("Lookup(Siunik) without %s = %v, want nothing", gazetteer.Admin1NamesFile, names(ps))
	}
	for _, tt := range []struct{ data, want string }{
		{"ARM.99\tNowhere\tan atlas of regions\n", "places/admin1-names.tsv:1: code:"},
		{"ARM.08\tSiunik\tatlas\n", "places/admin1-names.tsv:1: source:"},
		{"ARM.08\tSiunik||Zangezur\tan atlas of regions\n", "places/admin1-names.tsv:1: names:"},
		{"ARM.08\tSiunik\n", "places/admin1-names.tsv:1:"},
	} {
		_, err := gazetteer.Load(minimal(gazetteer.Admin1NamesFile, tt.data))
		var lerr *linefile.Error
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.As(err, &lerr) {
			t.Errorf("%q: Load error = %v, want a *linefile.Error starting %q", tt.data, err, tt.want)
		}
	}
}

// TestAirports checks that places/airports.tsv.gz adds airports, found by each of their names
// and ranked before a town of the same name, and rejects bad lines.
func TestAirports(t *testing.T) {
	row := "0\tYerevan Zvartnots International Airport\t-\tZvartnots Airport|Goris\t40.15\t44.40\tS.AIRP\tARM\t08\tSyunik\t0\tIATA EVN\n"
	g, err := gazetteer.Load(minimal(gazetteer.AirportsFile, row))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Yerevan Zvartnots International Airport", "zvartnots airport", "Goris"} {
		ps := g.Lookup(name)
		if len(ps) == 0 || ps[0].Feature != "AIRP" || ps[0].Class != "S" || ps[0].Admin1Name != "Syunik" {
			t.Errorf("Lookup(%q) = %v, want the airport first", name, names(ps))
			continue
		}
		if want := gazetteer.SourceAirports + ": IATA EVN"; ps[0].Source != want {
			t.Errorf("Source = %q, want %q", ps[0].Source, want)
		}
	}
	if ps := g.Lookup("Goris"); len(ps) != 2 {
		t.Errorf("Lookup(Goris) = %v, want the airport and the town", names(ps))
	}
	for _, tt := range []struct{ data, want string }{
		{strings.Replace(row, "S.AIRP", "P.PPL", 1), "places/airports.tsv.gz:1: feature:"},
		{strings.Replace(row, "ARM", "AZE", 1), "places/airports.tsv.gz:1: feature:"},
		{strings.Replace(row, "\t08\t", "\t99\t", 1), "places/airports.tsv.gz:1: admin1:"},
		{strings.Replace(row, "\tIATA EVN", "", 1), "places/airports.tsv.gz:1:"},
	} {
		_, err := gazetteer.Load(minimal(gazetteer.AirportsFile, tt.data))
		var lerr *linefile.Error
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.As(err, &lerr) {
			t.Errorf("%q: Load error = %v, want a *linefile.Error starting %q", tt.data, err, tt.want)
		}
	}
}

// TestNeighbourhoods checks that places/neighbourhoods.tsv.gz adds sections of towns to Lookup,
// and takes nothing but sections.
func TestNeighbourhoods(t *testing.T) {
	row := "616001\tKentron\t-\tCentre District\t40.18\t44.51\tP.PPLX\tARM\t08\tSyunik\t125000\n"
	g, err := gazetteer.Load(minimal(gazetteer.NeighbourhoodsFile, row))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Kentron", "centre district"} {
		if ps := g.Lookup(name); len(ps) != 1 || ps[0].ID != 616001 || ps[0].Source != gazetteer.SourceNeighbourhoods {
			t.Errorf("Lookup(%q) = %v, want the neighbourhood", name, names(ps))
		}
	}
	_, err = gazetteer.Load(minimal(gazetteer.NeighbourhoodsFile, strings.Replace(row, "P.PPLX", "P.PPL", 1)))
	if err == nil || !strings.HasPrefix(err.Error(), "places/neighbourhoods.tsv.gz:1: feature:") {
		t.Errorf("a village among the neighbourhoods: Load error = %v, want one naming its line", err)
	}
}
