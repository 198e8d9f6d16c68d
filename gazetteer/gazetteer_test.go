package gazetteer_test

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/territory"
)

var (
	loadOnce sync.Once
	shared   *gazetteer.Gazetteer
	loadErr  error
)

// gaz loads the real gazetteer once.
func gaz(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	loadOnce.Do(func() { shared, loadErr = gazetteer.Load(dict.FS) })
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return shared
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Yerevan", "yerevan"},
		{"Ağdam", "agdam"},
		{"Ağcabǝdi", "agcabedi"},
		{"Nagorno-Karabakh", "nagorno karabakh"},
		{"Vayk’", "vayk"},
		{"Zarrit’ap’", "zarritap"},
		{"Washington, D.C.", "washington dc"},
		{"  São   Paulo ", "sao paulo"},
		{"Straße", "strasse"},
		{"ŁÓDŹ", "lodz"},
		{"Île-de-France", "ile de france"},
		{"Hà Nội", "ha noi"},
		{"Mar'yinka", "maryinka"},
		{"Київ", "київ"},
		{"İstanbul", "istanbul"},
		{"Æbeltoft", "aebeltoft"},
		{"St. Petersburg", "st petersburg"},
		{"--", ""},
		{"", ""},
		{"\xff\xfeBad", "bad"},
	}
	for _, tt := range tests {
		if got := gazetteer.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestASCII(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ağdam", "Agdam"},
		{"Île-de-France", "Ile-de-France"},
		{"Æro", "Aero"},
		{"Goris", "Goris"},
		{"Київ", "Київ"},
	}
	for _, tt := range tests {
		if got := gazetteer.ASCII(tt.in); got != tt.want {
			t.Errorf("ASCII(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name                      string
		first, country, feature   string // the best candidate
		admin1                    string // its region name, when given
		minCandidates, geonamesID int
	}{
		{"Goris", "Goris", "ARM", "PPL", "Syunik", 2, 174895}, // before Gori, Georgia (alternate "Goris")
		{"goris", "Goris", "ARM", "PPL", "", 1, 0},
		{"Syunik", "Syunik", "ARM", "ADM1", "Syunik", 1, 0},
		{"Yerevan", "Yerevan", "ARM", "PPLC", "Yerevan", 2, 616052},
		{"Black Lake", "Sev Lich", "ARM", "LK", "Syunik", 1, 0},
		{"Sev Lich", "Sev Lich", "ARM", "LK", "", 1, 0},
		{"Artsakh", "Nagorno-Karabakh", "AZE", "RGN", "", 1, 0},
		{"Nagorno Karabakh", "Nagorno-Karabakh", "AZE", "RGN", "", 1, 0},
		{"Donbass", "Donbas", "UKR", "RGN", "", 1, 0},
		{"Gaza Strip", "Gaza Strip", "PSE", "ADM1", "Gaza Strip", 2, 0},
		{"Golan Heights", "Golan Heights", "SYR", "PLAT", "Quneitra", 1, 0},
		{"Kashmir", "Kashmir", "", "RGN", "", 1, 0},
		{"Kyiv", "Kyiv", "UKR", "PPLC", "Kyiv City", 2, 703448},
		{"Kiev", "Kyiv", "UKR", "PPLC", "", 1, 703448},
		{"Bakhmut", "Bakhmut", "UKR", "PPL", "Donetsk", 1, 0},
		{"Artemivsk", "Bakhmut", "UKR", "PPL", "", 1, 0},
		{"Izium", "Izyum", "UKR", "PPL", "Kharkiv", 1, 0},
		{"Armenia", "Armenia", "ARM", "PCLI", "", 2, 0},
		{"Georgia", "Georgia", "GEO", "PCLI", "", 2, 0},
		{"U.S.", "United States", "USA", "PCLI", "", 1, 0},
		{"Aleppo", "Aleppo", "SYR", "PPLA", "Aleppo", 2, 0}, // the city, then the governorate
		{"Tigray", "Tigray Region", "ETH", "ADM1", "Tigray", 2, 0},
		{"Kurdistan Region", "Kurdistan Region", "IRQ", "RGN", "", 1, 0},
		{"Strait of Hormuz", "Strait of Hormuz", "", "STRT", "", 1, 0},
		{"AĞDAM", "Aghdam", "AZE", "", "", 1, 0},
		{"Samawah", "As Samawah", "IRQ", "PPLA", "Muthanna", 1, 0}, // without its article
		{"Texas", "Texas", "USA", "ADM1", "Texas", 1, 0},
		{"Dallas County", "Dallas County", "USA", "ADM2", "Texas", 5, 0}, // the most populous of five
	}
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		if len(ps) < tt.minCandidates || len(ps) == 0 {
			t.Errorf("Lookup(%q): %d candidates, want at least %d", tt.name, len(ps), max(tt.minCandidates, 1))
			continue
		}
		p := ps[0]
		if p.Name != tt.first || p.Country != tt.country || tt.feature != "" && p.Feature != tt.feature ||
			tt.admin1 != "" && p.Admin1Name != tt.admin1 || tt.geonamesID != 0 && p.ID != tt.geonamesID {
			t.Errorf("Lookup(%q)[0] = %q %s %s %q id %d; want %q %s %s %q id %d", tt.name, p.Name, p.Country, p.Feature, p.Admin1Name, p.ID,
				tt.first, tt.country, tt.feature, tt.admin1, tt.geonamesID)
		}
	}
	if ps := g.Lookup("Aleppo"); len(ps) < 2 || ps[1].Feature != "ADM1" {
		t.Errorf("Lookup(Aleppo)[1] is not the governorate")
	}
	// The county of Surrey, England, is a second-level region; no district "Kurnool" stands
	// beside the town of that name.
	if ps := g.Lookup("Surrey"); !slices.ContainsFunc(ps, func(p *gazetteer.Place) bool { return p.Feature == "ADM2" && p.Country == "GBR" }) {
		t.Errorf("Lookup(Surrey) = %v, want the English county among them", names(ps))
	}
	if ps := g.Lookup("Kurnool"); slices.ContainsFunc(ps, func(p *gazetteer.Place) bool { return p.Feature == "ADM2" }) {
		t.Errorf("Lookup(Kurnool) = %v, want the town without a district of the same name", names(ps))
	}
	// Texas lies at its centre, not at the mean of its towns, which leans east.
	if p := g.Lookup("Texas")[0]; gazetteer.DistanceKm(p.Lat, p.Lon, 31.5, -99.5) > 100 {
		t.Errorf("Texas at %.2f, %.2f; want near its centre", p.Lat, p.Lon)
	}
	for _, name := range []string{"", "-", "Xyzzyplugh", "the"} {
		if ps := g.Lookup(name); len(ps) != 0 {
			t.Errorf("Lookup(%q) = %d candidates, want none", name, len(ps))
		}
	}
}

func TestLookupTokens(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		tokens []string
		n      int
		first  string
	}{
		{[]string{"Nagorno-Karabakh", "region"}, 1, "Nagorno-Karabakh"},
		{[]string{"Sev", "Lich", "lake"}, 3, "Sev Lich"}, // "Sev Lich Lake" is an alias
		{[]string{"Sev", "Lich", "region"}, 2, "Sev Lich"},
		{[]string{"Black", "Lake", "region", "of", "Syunik"}, 2, "Sev Lich"},
		{[]string{"New", "York", "City", "police"}, 3, "New York City"},
		{[]string{"Gaza", "Strip", "."}, 2, "Gaza Strip"},
		{[]string{"Gaza", ",", "Strip"}, 1, "Gaza"},
		{[]string{"Goris", "'s", "mayor"}, 1, "Goris"},
		{[]string{"Queen", "Anne", "'s", "County", "in"}, 4, "Queen Anne's County"}, // a possessive inside a name
		{[]string{"Goris", "’s", "mayor"}, 1, "Goris"},
		{[]string{"Steele", "'s", "farm"}, 1, "Steele"}, // no name ends with a possessive: not Steeles
		{[]string{"Strait", "of", "Hormuz"}, 3, "Strait of Hormuz"},
		{[]string{"Yerevan"}, 1, "Yerevan"},
		{[]string{"troops", "advanced"}, 0, ""},
		{[]string{","}, 0, ""},
		{nil, 0, ""},
	}
	for _, tt := range tests {
		n, ps := g.LookupTokens(tt.tokens)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Name
		}
		if n != tt.n || got != tt.first {
			t.Errorf("LookupTokens(%q) = %d, %q; want %d, %q", tt.tokens, n, got, tt.n, tt.first)
		}
	}
}

// TestLookupTokensPrefixes checks names found word by word through prefixes that are no names
// ("Upper", "Upper Vorotan"), the longest of several, and a possessive joined to the first word,
// where the names tried start with the token's own word.
func TestLookupTokensPrefixes(t *testing.T) {
	fsys := minimal(gazetteer.SupplementFile, "Sev Lich\tBlack Lake\t39.5633\t46.0244\tLK\tARM\tSyunik\tcurated for a test\n"+
		"Upper Vorotan Gorge\t-\t39.5\t46.1\tVAL\tARM\tSyunik\tinvented for a test\n"+
		"Upper Vorotan Gorge Dam\t-\t39.5\t46.1\tLK\tARM\tSyunik\tinvented for a test\n"+
		"Tatevs Ridge\t-\t39.4\t46.2\tMTS\tARM\tSyunik\tinvented for a test\n"+
		"Goris Anne's Lake\t-\t39.5\t46.3\tLK\tARM\tSyunik\tinvented for a test\n")
	g, err := gazetteer.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tokens []string
		n      int
		first  string
	}{
		{[]string{"Upper", "Vorotan", "Gorge", "in", "Syunik"}, 3, "Upper Vorotan Gorge"},
		{[]string{"Upper", "Vorotan", "Gorge", "Dam", "Road"}, 4, "Upper Vorotan Gorge Dam"},
		{[]string{"Upper", "Vorotan", "river"}, 0, ""}, // prefixes only
		{[]string{"Upper", "Goris"}, 0, ""},
		{[]string{"Goris", "Anne", "'s", "Lake"}, 4, "Goris Anne's Lake"},
		{[]string{"Goris", "Anne", "'s", "farm"}, 1, "Goris"},
		{[]string{"Tatevs", "Ridge"}, 2, "Tatevs Ridge"},
		{[]string{"Tatev", "'s", "Ridge"}, 0, ""}, // no name starts with "tatev"
		{[]string{"Black", "Lake", "region"}, 2, "Sev Lich"},
	}
	for _, tt := range tests {
		n, ps := g.LookupTokens(tt.tokens)
		got := ""
		if len(ps) > 0 {
			got = ps[0].Name
		}
		if n != tt.n || got != tt.first {
			t.Errorf("LookupTokens(%q) = %d, %q; want %d, %q", tt.tokens, n, got, tt.n, tt.first)
		}
	}
}

func TestCountryAdmin1(t *testing.T) {
	g := gaz(t)
	if p := g.Country("ARM"); p == nil || p.Name != "Armenia" || p.Feature != "PCLI" || p.Lat != 40 {
		t.Errorf("Country(ARM) = %+v", p)
	}
	if p := g.Country("xkx"); p == nil || p.Name != "Kosovo" {
		t.Errorf("Country(xkx) = %+v", p)
	}
	if p := g.Country("ZZZ"); p != nil {
		t.Errorf("Country(ZZZ) = %+v, want nil", p)
	}
	tests := []struct{ iso3, name, want, code string }{
		{"ARM", "Syunik", "Syunik", "08"},
		{"ARM", "syunik", "Syunik", "08"},
		{"ARM", "08", "Syunik", "08"},
		{"UKR", "Kyiv Oblast", "Kyiv Oblast", "13"},
		{"AFG", "Maidan Wardak", "Maidan Wardak Province", "27"},
		{"SYR", "Idlib", "Idlib", ""},
	}
	for _, tt := range tests {
		p := g.Admin1(tt.iso3, tt.name)
		if p == nil || p.Name != tt.want || tt.code != "" && p.Admin1 != tt.code || p.Feature != "ADM1" {
			t.Errorf("Admin1(%s, %q) = %+v, want %q (%s)", tt.iso3, tt.name, p, tt.want, tt.code)
		}
	}
	if p := g.Admin1("AZE", "Syunik"); p != nil {
		t.Errorf("Admin1(AZE, Syunik) = %+v, want nil", p)
	}
}

func TestNearby(t *testing.T) {
	g := gaz(t)
	ps := g.Nearby(39.507, 46.338, 5)
	if len(ps) == 0 || ps[0].Name != "Goris" {
		t.Fatalf("Nearby(Goris, 5 km) = %v, want Goris first", names(ps))
	}
	for _, p := range ps {
		if d := gazetteer.DistanceKm(39.507, 46.338, p.Lat, p.Lon); d > 5 {
			t.Errorf("Nearby: %s is %.1f km away", p.Name, d)
		}
	}
	if ps := g.Nearby(10, -30, 50); len(ps) != 0 {
		t.Errorf("Nearby(mid-Atlantic) = %v, want none", names(ps))
	}
	for _, bad := range [][3]float64{{91, 0, 10}, {0, 0, -1}, {0, 181, 10}} {
		if ps := g.Nearby(bad[0], bad[1], bad[2]); ps != nil {
			t.Errorf("Nearby(%v) = %v, want nil", bad, names(ps))
		}
	}
	// Across the antimeridian: from east of it, Fiji's towns west of it.
	found := false
	for _, p := range g.Nearby(-16.8, -179.9, 150) {
		found = found || p.Country == "FJI" && p.Lon > 0
	}
	if !found {
		t.Errorf("Nearby(-16.8, -179.9, 150 km) finds no Fijian place west of the antimeridian")
	}
}

func names(ps []*gazetteer.Place) []string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Name)
	}
	return s
}

func TestIsPrimary(t *testing.T) {
	g := gaz(t)
	kyiv := g.Lookup("Kyiv")[0]
	if !gazetteer.IsPrimary(kyiv, "KYIV") || gazetteer.IsPrimary(kyiv, "Kiev") {
		t.Errorf("IsPrimary(Kyiv): Kyiv %v, Kiev %v", gazetteer.IsPrimary(kyiv, "KYIV"), gazetteer.IsPrimary(kyiv, "Kiev"))
	}
	if alts := kyiv.Alternates(); len(alts) == 0 || !strings.Contains(strings.Join(alts, "|"), "Kiev") {
		t.Errorf("Kyiv alternates = %v, want Kiev among them", alts)
	}
	if w := kyiv.Where(); !strings.HasPrefix(w, gazetteer.CitiesFile+":") {
		t.Errorf("Kyiv.Where() = %q", w)
	}
}

// TestNameKey checks that every place's NameKey is its name normalised, so that comparing keys
// answers as comparing Normalize's results did, and IsPrimaryKey as IsPrimary.
func TestNameKey(t *testing.T) {
	for _, p := range gaz(t).Places() {
		if k := gazetteer.Normalize(p.Name); p.NameKey() != k {
			t.Fatalf("%s (%s): NameKey %q, want %q", p.Name, p.Where(), p.NameKey(), k)
		}
		var buf [128]byte
		for _, name := range append(p.Alternates(), p.Name, p.ASCII) {
			if got, want := gazetteer.IsPrimaryKey(p, gazetteer.AppendKey(buf[:0], name)), gazetteer.IsPrimary(p, name); got != want {
				t.Fatalf("%s: IsPrimaryKey(%q) = %v, IsPrimary %v", p.Name, name, got, want)
			}
		}
	}
}

// TestSupplement checks the curated supplement: its size, its sources, and that its points lie
// in the country they name (by the territory polygons), but for the listed exceptions.
func TestSupplement(t *testing.T) {
	g := gaz(t)
	ix, err := territory.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	// Exceptions: water, small islands missing at 1:10m, and the Golan Heights, which Natural
	// Earth draws inside Israel.
	elsewhere := map[string]bool{"Snake Island": true, "Golan Heights": true, "Greater Tunb": true, "Ras Isa": true, "Matsu Islands": true}
	n := 0
	for _, p := range g.Places() {
		if p.File != gazetteer.SupplementFile {
			continue
		}
		n++
		if !strings.HasPrefix(p.Source, "curated by the annals developers from public geographic knowledge: ") {
			t.Errorf("%s: source %q", p.Where(), p.Source)
		}
		if p.Country == "" || p.Class == "H" || elsewhere[p.Name] {
			continue
		}
		if iso3, _ := ix.Locate(p.Lat, p.Lon); iso3 != p.Country {
			t.Errorf("%s: %s (%v, %v) is in %q by the polygons, the supplement says %s", p.Where(), p.Name, p.Lat, p.Lon, iso3, p.Country)
		}
	}
	if n < 300 {
		t.Errorf("%d curated entries, want at least 300", n)
	}
	t.Logf("%d curated entries", n)
}

// minimal returns the smallest valid set of gazetteer files, with file name replaced by data.
func minimal(name, data string) fstest.MapFS {
	fsys := fstest.MapFS{
		gazetteer.CountriesFile:  {Data: []byte("0\tArmenia\t-\tHayastan\t40\t45\tA.PCLI\tARM\t-\t-\t100\n")},
		gazetteer.Admin1File:     {Data: []byte("0\tSyunik\t-\t-\t39.4\t46.25\tA.ADM1\tARM\t08\tSyunik\t93085\n")},
		gazetteer.Admin2File:     {Data: gzipped("0\tSisian Municipality\t-\t-\t39.5\t46.0\tA.ADM2\tARM\t08\tSyunik\t16000\n")},
		gazetteer.CitiesFile:     {Data: gzipped("174895\tGoris\t-\tGeryusy\t39.51288\t46.33816\tP.PPL\tARM\t08\tSyunik\t20379\n")},
		gazetteer.AddedFile:      {Data: gzipped("0\tSisian\t-\t-\t39.52\t46.03\tP.PPL\tARM\t08\tSyunik\t0\n")},
		gazetteer.SupplementFile: {Data: []byte("Sev Lich\tBlack Lake\t39.5633\t46.0244\tLK\tARM\tSyunik\tcurated for a test\n")},
	}
	if name != "" {
		if strings.HasSuffix(name, ".gz") {
			fsys[name] = &fstest.MapFile{Data: gzipped(data)}
		} else {
			fsys[name] = &fstest.MapFile{Data: []byte(data)}
		}
	}
	return fsys
}

func TestLoadMinimal(t *testing.T) {
	g, err := gazetteer.Load(minimal("", ""))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 6 {
		t.Errorf("Len = %d, want 6", g.Len())
	}
	if ps := g.Lookup("Sisian Municipality"); len(ps) != 1 || ps[0].Feature != "ADM2" || ps[0].Admin1Name != "Syunik" {
		t.Errorf("Lookup(Sisian Municipality) = %v", names(ps))
	}
	if ps := g.Lookup("Sisian"); len(ps) != 1 || ps[0].Source != gazetteer.SourceAdded {
		t.Errorf("Lookup(Sisian) = %v", names(ps))
	}
	n, ps := g.LookupTokens([]string{"Black", "Lake"})
	if n != 2 || len(ps) != 1 || ps[0].Admin1 != "08" || ps[0].Where() != gazetteer.SupplementFile+":1" {
		t.Errorf("LookupTokens(Black Lake) = %d, %v", n, names(ps))
	}
	if ps := g.Lookup("Geryusy"); len(ps) != 1 || ps[0].ID != 174895 || ps[0].ASCII != "Goris" {
		t.Errorf("Lookup(Geryusy) = %+v", ps)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ file, data, want string }{
		{gazetteer.CountriesFile, "0\tArmenia\t-\t-\t40\t45\tP.PPL\tARM\t-\t-\t1\n", "places/countries.tsv:1: feature:"},
		{gazetteer.CountriesFile, "x\tArmenia\t-\t-\t40\t45\tA.PCLI\tARM\t-\t-\t1\n", "places/countries.tsv:1: geonameid:"},
		{gazetteer.Admin1File, "0\tSyunik\t-\t-\t39\t46\tA.ADM1\tAZE\t08\tSyunik\t1\n", "places/admin1.tsv:1: country:"},
		{gazetteer.Admin1File, "0\tSyunik\t-\t-\t39\t46\tA.ADM1\tARM\t08\t-\t1\n", "places/admin1.tsv:1: admin1:"},
		{gazetteer.CitiesFile, "# c\n1\tGoris\t-\t-\t99\t46\tP.PPL\tARM\t-\t-\t1\n", "places/cities.tsv.gz:2: lat/lon:"},
		{gazetteer.CitiesFile, "1\tGoris\t-\tA||B\t39\t46\tP.PPL\tARM\t-\t-\t1\n", "places/cities.tsv.gz:1: alternates:"},
		{gazetteer.CitiesFile, "1\tGoris\t-\t-\t39\t46\tP.PPL\tARM\t-\t-\t-5\n", "places/cities.tsv.gz:1: population:"},
		{gazetteer.CitiesFile, "1\tGoris\t-\t-\t39\t46\tPPL\tARM\t-\t-\t5\n", "places/cities.tsv.gz:1: feature:"},
		{gazetteer.CitiesFile, "1\t...\t-\t-\t39\t46\tP.PPL\tARM\t-\t-\t5\n", "places/cities.tsv.gz:1: name:"},
		{gazetteer.AddedFile, "0\tX\t-\t-\t39\t46\tP.PPL\tZZZ\t-\t-\t5\n", "places/cities-added.tsv.gz:1: country:"},
		{gazetteer.SupplementFile, "Lake\t-\t39\t46\tLAKE\tARM\t-\tcurated for a test\n", "places/supplement.tsv:1: feature:"},
		{gazetteer.SupplementFile, "Lake\t-\t39\t46\tLK\tARM\tNowhere\tcurated for a test\n", "places/supplement.tsv:1: admin1:"},
		{gazetteer.SupplementFile, "Lake\t-\t39\t46\tLK\tARM\t-\tme\n", "places/supplement.tsv:1: source:"},
		{gazetteer.SupplementFile, "Lake\t-\tNaN\t46\tLK\tARM\t-\tcurated for a test\n", "places/supplement.tsv:1: lat/lon:"},
		{gazetteer.SupplementFile, "Lake\t-\t39\t46\tLK\n", "places/supplement.tsv:1: want 8 tab-separated fields"},
	}
	for _, tt := range tests {
		_, err := gazetteer.Load(minimal(tt.file, tt.data))
		var lerr *linefile.Error
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.As(err, &lerr) {
			t.Errorf("%s %q: Load error = %v, want a *linefile.Error starting %q", tt.file, tt.data, err, tt.want)
		}
	}
	bad := minimal("", "")
	bad[gazetteer.CitiesFile] = &fstest.MapFile{Data: []byte("not gzip")}
	if _, err := gazetteer.Load(bad); err == nil || !strings.HasPrefix(err.Error(), gazetteer.CitiesFile+": ") {
		t.Errorf("Load(cities not gzip) error = %v, want one naming the file", err)
	}
	missing := minimal("", "")
	delete(missing, gazetteer.Admin1File)
	if _, err := gazetteer.Load(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(no admin1 file) error = %v, want fs.ErrNotExist", err)
	}
}

// TestLoadCost reports the sizes of the data files and the time and memory Load takes.
func TestLoadCost(t *testing.T) {
	total := int64(0)
	for _, name := range []string{gazetteer.CountriesFile, gazetteer.Admin1File, gazetteer.CitiesFile, gazetteer.AddedFile, gazetteer.VillagesFile, gazetteer.SupplementFile} {
		info, err := fs.Stat(dict.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		total += info.Size()
		t.Logf("%s: %d bytes", name, info.Size())
	}
	if total > 25<<20 {
		t.Errorf("gazetteer files take %d bytes, want under 25 MB", total)
	}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	g, err := gazetteer.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	heap := int64(m1.HeapAlloc) - int64(m0.HeapAlloc)
	t.Logf("Load: %v, %d places, %.1f MB live heap, %.1f MB allocated", elapsed, g.Len(), float64(heap)/(1<<20), float64(m1.TotalAlloc-m0.TotalAlloc)/(1<<20))
	if heap > 300<<20 {
		t.Errorf("Load keeps %d MB, want well under 500 MB with the polygons", heap>>20)
	}
	// The villages are read when first asked for, not by Load.
	start = time.Now()
	g.Villages("Narkanda")
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	t.Logf("villages: %v, %.1f MB more live heap", time.Since(start), float64(int64(m2.HeapAlloc)-int64(m1.HeapAlloc))/(1<<20))
	runtime.KeepAlive(g)
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := gazetteer.Load(dict.FS); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := gaz(b)
	queries := []string{"Goris", "Syunik", "Black Lake", "Nagorno-Karabakh", "Washington", "Ağdam", "Xyzzy", "Paris"}
	for i := 0; b.Loop(); i++ {
		g.Lookup(queries[i%len(queries)])
	}
}

// TestLookupEach: LookupEach reports, in order, exactly the names Lookup finds, with the same
// places, over batches and a key buffer that must grow.
func TestLookupEach(t *testing.T) {
	g := gaz(t)
	names := []string{"Goris", "", "Xyzzy", "--", "Nagorno-Karabakh", "Ağdam", "goriss", "Paris", strings.Repeat("Syunik ", 200)}
	for i := range 50 {
		names = append(names, fmt.Sprint("Black Lake", i%3), "Washington")
	}
	type found struct {
		i      int
		places []*gazetteer.Place
	}
	var want, got []found
	for i, n := range names {
		if ps := g.Lookup(n); ps != nil {
			want = append(want, found{i, ps})
		}
	}
	g.LookupEach(names, func(i int, ps []*gazetteer.Place) { got = append(got, found{i, ps}) })
	if len(got) != len(want) {
		t.Fatalf("LookupEach found %d names, Lookup %d", len(got), len(want))
	}
	for k := range want {
		if got[k].i != want[k].i || !slices.Equal(got[k].places, want[k].places) {
			t.Errorf("name %d: LookupEach gave name %d, %d places; Lookup %d places", want[k].i, got[k].i, len(got[k].places), len(want[k].places))
		}
	}
}

func BenchmarkLookupEach(b *testing.B) {
	g := gaz(b)
	names := []string{"adhamiyah", "adhamiya", "adhamyah", "udhamiyah", "adhamiah", "adhammiyah", "adamiyah", "adhamiyyah"}
	for b.Loop() {
		g.LookupEach(names, func(int, []*gazetteer.Place) {})
	}
}

func BenchmarkNormalize(b *testing.B) {
	names := []string{"Goris", "Nagorno-Karabakh", "Ağdam", "Washington, D.C.", "Queen Anne's County"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		normalized = gazetteer.Normalize(names[i%len(names)])
	}
}

var normalized string // keeps the benchmark's result on the heap, as a caller's is

func BenchmarkLookupTokens(b *testing.B) {
	g := gaz(b)
	text := strings.Fields("On Wednesday , Azerbaijani troops crossed into the Sev Lich ( Black Lake ) region of Syunik near Goris and the Strait of Hormuz")
	for b.Loop() {
		for i := range text {
			g.LookupTokens(text[i:])
		}
	}
}

// TestWithinKmAgreesWithDistance: the latitude shortcut never changes DistanceKm's answer,
// near the threshold (points 399-401 km apart along a meridian) or elsewhere.
func TestWithinKmAgreesWithDistance(t *testing.T) {
	for lat := -89.0; lat <= 89; lat += 7.3 {
		for dlat := -5.0; dlat <= 5; dlat += 0.0137 {
			for _, dlon := range []float64{0, 0.5, 3, 179} {
				lat2 := math.Max(-90, math.Min(90, lat+dlat))
				want := gazetteer.DistanceKm(lat, 10, lat2, 10+dlon) < 400
				if got := gazetteer.WithinKm(lat, 10, lat2, 10+dlon, 400); got != want {
					t.Errorf("WithinKm(%v, 10, %v, %v, 400) = %v, want %v", lat, lat2, 10+dlon, got, want)
				}
			}
		}
	}
}

// TestDistanceKmHaversine: DistanceKm, which takes each sine once, gives the haversine
// formula written out in full bit for bit.
func TestDistanceKmHaversine(t *testing.T) {
	full := func(lat1, lon1, lat2, lon2 float64) float64 {
		p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
		dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
		a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
		return 2 * 6371.0088 * math.Asin(math.Min(1, math.Sqrt(a)))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		lat1, lat2 := rng.Float64()*180-90, rng.Float64()*180-90
		lon1, lon2 := rng.Float64()*360-180, rng.Float64()*360-180
		if rng.IntN(4) == 0 {
			lat2, lon2 = lat1+rng.NormFloat64(), lon1+rng.NormFloat64() // near pairs, as most are
		}
		if got, want := gazetteer.DistanceKm(lat1, lon1, lat2, lon2), full(lat1, lon1, lat2, lon2); got != want {
			t.Fatalf("DistanceKm(%v, %v, %v, %v) = %v, want %v", lat1, lon1, lat2, lon2, got, want)
		}
	}
}

func BenchmarkDistanceKm(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		distance = gazetteer.DistanceKm(36.2, 37.1, 35.9+float64(i%7), 36.6)
	}
}

var distance float64
