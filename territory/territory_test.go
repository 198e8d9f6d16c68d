package territory_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/territory"
)

var (
	loadOnce sync.Once
	shared   *territory.Index
	loadErr  error
)

// index loads the real index once.
func index(tb testing.TB) *territory.Index {
	tb.Helper()
	loadOnce.Do(func() { shared, loadErr = territory.Load(dict.FS) })
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return shared
}

func TestLocate(t *testing.T) {
	ix := index(t)
	tests := []struct {
		name      string
		lat, lon  float64
		iso3      string
		uncertain bool
	}{
		{"Yerevan", 40.1811, 44.5136, "ARM", false},
		{"Baku", 40.4093, 49.8671, "AZE", false},
		{"Goris", 39.507, 46.338, "ARM", false},
		{"Kyiv", 50.4501, 30.5234, "UKR", false},
		{"Black Sea", 43.0, 35.0, "", false},
		{"mid-Atlantic", 0, -25, "", false},
		{"Armenia–Azerbaijan border near Khndzoresk", 39.600, 46.165, "ARM", true},
		{"Armenia–Turkey border on the Akhurian", 40.45, 43.60, "ARM", true},
		{"Stepanakert", 39.8177, 46.7528, "AZE", false},
		{"Simferopol (Crimea, given back to Ukraine)", 44.9521, 34.1024, "UKR", false},
		{"Hargeisa (Somaliland)", 9.56, 44.065, "SOM", false},
		{"North Nicosia", 35.2, 33.36, "CYP", false},
		{"Pristina", 42.6629, 21.1655, "XKX", false},
		{"Gaza", 31.5, 34.466, "PSE", false},
		{"Cayenne (French Guiana)", 4.9372, -52.326, "GUF", false},
		{"Paris", 48.8566, 2.3522, "FRA", false},
		{"Kinshasa", -4.4419, 15.2663, "COD", false},
		{"Brazzaville", -4.2634, 15.2429, "COG", false},
		{"Suva (Fiji, near the antimeridian)", -18.1416, 178.4419, "FJI", false},
		{"Taveuni (Fiji, west of it)", -16.85, -179.95, "FJI", false},
		{"Chukotka east of the antimeridian", 65.5, -171.7, "RUS", false},
		{"Resolute (Canadian Arctic)", 74.697, -94.83, "CAN", false},
		{"South Pole", -89.9, 0, "ATA", false},
		{"Honolulu", 21.3069, -157.8583, "USA", false},
		{"Sevastopol, on the coast", 44.6167, 33.5254, "UKR", true},
		{"longitude wrapped", 40.1811, 44.5136 + 360, "ARM", false},
		{"NaN", math.NaN(), 10, "", false},
		{"+Inf longitude", 10, math.Inf(1), "", false},
		{"latitude off the globe", 91, 0, "", false},
	}
	for _, tt := range tests {
		iso3, uncertain := ix.Locate(tt.lat, tt.lon)
		if iso3 != tt.iso3 || uncertain != tt.uncertain {
			t.Errorf("%s: Locate(%v, %v) = %q, %v; want %q, %v", tt.name, tt.lat, tt.lon, iso3, uncertain, tt.iso3, tt.uncertain)
		}
	}
}

func TestLocateDetail(t *testing.T) {
	ix := index(t)
	tests := []struct {
		lat, lon   float64
		area, name string
		disputed   bool
		offshore   bool
	}{
		{9.56, 44.065, "SOL", "Somaliland", true, false},
		{35.2, 33.36, "CYN", "N. Cyprus", true, false},
		{44.9521, 34.1024, "UKR", "Crimea", true, false},
		{40.1811, 44.5136, "ARM", "Armenia", false, false},
		{44.6167, 33.5254, "UKR", "Crimea", true, true},
	}
	for _, tt := range tests {
		r := ix.LocateDetail(tt.lat, tt.lon)
		if r.Unit == nil || r.Unit.Area != tt.area || r.Unit.Name != tt.name || r.Unit.Disputed != tt.disputed || r.Offshore != tt.offshore {
			t.Errorf("LocateDetail(%v, %v) = %+v (unit %+v); want area %s %q disputed %v offshore %v", tt.lat, tt.lon, r, r.Unit, tt.area, tt.name, tt.disputed, tt.offshore)
		}
	}
	if r := ix.LocateDetail(43, 35); r.Unit != nil || r.Uncertain || r.Offshore || r.ISO3() != "" {
		t.Errorf("LocateDetail(Black Sea) = %+v, want nothing", r)
	}
}

// TestUnits checks that every country code is well formed and that the units the package
// documentation lists are there.
func TestUnits(t *testing.T) {
	ix := index(t)
	areas := make(map[string]territory.Unit)
	for _, u := range ix.Units() {
		if u.ISO3 != "" && len(u.ISO3) != 3 || len(u.Area) != 3 || u.Name == "" {
			t.Errorf("unit %+v: bad codes", u)
		}
		areas[u.Area+" "+u.Name] = u
	}
	for _, want := range []string{"XKX Kosovo", "SOL Somaliland", "CYN N. Cyprus", "KAS Siachen Glacier", "PGA Spratly Is.", "SJM Norway", "CXR Indian Ocean Ter.", "UKR Crimea"} {
		if _, ok := areas[want]; !ok {
			t.Errorf("no unit %q", want)
		}
	}
	if u := areas["PGA Spratly Is."]; u.ISO3 != "" || !u.Disputed {
		t.Errorf("Spratly Is. = %+v, want no country, disputed", u)
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

const square = "ARM\tARM\tSquare\t-\tb4\t44,40 100000,0 0,100000 -100000,0\n" // lon 0.00044..1.00044

func TestLoadSmall(t *testing.T) {
	fsys := fstest.MapFS{territory.BordersFile: {Data: gz("# a test\n" + square)}}
	ix, err := territory.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got, u := ix.Locate(0.5, 0.5); got != "ARM" || u {
		t.Errorf("Locate(centre) = %q, %v; want ARM, false", got, u)
	}
	if got, u := ix.Locate(0.5, 0.01); got != "ARM" || !u {
		t.Errorf("Locate(near the edge) = %q, %v; want ARM, true", got, u)
	}
	if got, _ := ix.Locate(0.5, 1.5); got != "" {
		t.Errorf("Locate(outside) = %q, want \"\"", got)
	}
	// A hole: the inner square is not ARM.
	hole := square + "ARM\tARM\tSquare\t-\tc4\t25044,25000 50000,0 0,50000 -50000,0\n"
	ix, err = territory.Load(fstest.MapFS{territory.BordersFile: {Data: gz(hole)}})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := ix.Locate(0.5, 0.5); got != "" {
		t.Errorf("Locate(in the hole) = %q, want \"\"", got)
	}
	if got, _ := ix.Locate(0.1, 0.1); got != "ARM" {
		t.Errorf("Locate(outside the hole) = %q, want ARM", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"iso3", "arm\tARM\tX\t-\tc3\t0,0 1000,0 0,1000\n", "places/borders.tsv.gz:1: iso3:"},
		{"status", "ARM\tARM\tX\tmaybe\tc3\t0,0 1000,0 0,1000\n", "places/borders.tsv.gz:1: status:"},
		{"fields", "ARM\tARM\tX\n", "places/borders.tsv.gz:1: want 6 tab-separated fields"},
		{"few points", "# c\nARM\tARM\tX\t-\tc2\t0,0 1000,0\n", "places/borders.tsv.gz:2: points:"},
		{"bad point", "ARM\tARM\tX\t-\tc3\t0,0 1000 0,1000\n", "places/borders.tsv.gz:1: points:"},
		{"off the globe", "ARM\tARM\tX\t-\tc3\t0,0 18000001,0 0,1000\n", "places/borders.tsv.gz:1: points:"},
		{"runs", "ARM\tARM\tX\t-\tc2 b2\t0,0 1000,0 0,1000\n", "places/borders.tsv.gz:1: segments:"},
		{"run kind", "ARM\tARM\tX\t-\tx3\t0,0 1000,0 0,1000\n", "places/borders.tsv.gz:1: segments:"},
		{"long segment", "ARM\tARM\tX\t-\tc3\t0,0 5000000,5000000 -5000000,0\n", "places/borders.tsv.gz:1: points:"},
	}
	for _, tt := range tests {
		_, err := territory.Load(fstest.MapFS{territory.BordersFile: {Data: gz(tt.data)}})
		var lerr *linefile.Error
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.As(err, &lerr) {
			t.Errorf("%s: Load error = %v, want a *linefile.Error starting %q", tt.name, err, tt.want)
		}
	}
	if _, err := territory.Load(fstest.MapFS{territory.BordersFile: {Data: []byte("not gzip")}}); err == nil || !strings.HasPrefix(err.Error(), territory.BordersFile+": ") {
		t.Errorf("Load(not gzip) error = %v, want one naming the file", err)
	}
	if _, err := territory.Load(fstest.MapFS{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(no file) error = %v, want fs.ErrNotExist", err)
	}
}

// TestLoadCost reports the size of the data file and the time and memory Load takes.
func TestLoadCost(t *testing.T) {
	info, err := fs.Stat(dict.FS, territory.BordersFile)
	if err != nil {
		t.Fatal(err)
	}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	ix, err := territory.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	heap := int64(m1.HeapAlloc) - int64(m0.HeapAlloc)
	t.Logf("%s: %d bytes; Load: %v, %d units, %d points, %.1f MB live heap, %.1f MB allocated",
		territory.BordersFile, info.Size(), elapsed, len(ix.Units()), ix.Points(), float64(heap)/(1<<20), float64(m1.TotalAlloc-m0.TotalAlloc)/(1<<20))
	if heap > 200<<20 {
		t.Errorf("Load keeps %d MB, want well under 500 MB", heap>>20)
	}
	runtime.KeepAlive(ix)
}

// cities are points for the benchmark: capitals and border towns.
var cities = [][2]float64{
	{40.1811, 44.5136}, {40.4093, 49.8671}, {39.507, 46.338}, {50.4501, 30.5234}, {48.8566, 2.3522},
	{51.5072, -0.1276}, {38.9072, -77.0369}, {35.6762, 139.6503}, {-33.8688, 151.2093}, {-23.5505, -46.6333},
	{30.0444, 31.2357}, {9.0320, 38.7469}, {33.5138, 36.2765}, {31.5, 34.466}, {34.5553, 69.2075},
	{39.6, 46.165}, {41.7151, 44.8271}, {55.7558, 37.6173}, {-4.4419, 15.2663}, {19.4326, -99.1332},
}

// BenchmarkLocate locates capitals and border towns, then random points of the globe.
func BenchmarkLocate(b *testing.B) {
	ix := index(b)
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([][2]float64, 4096)
	for i := range random {
		random[i] = [2]float64{rng.Float64()*170 - 85, rng.Float64()*360 - 180}
	}
	b.Run("cities", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			p := cities[i%len(cities)]
			ix.Locate(p[0], p[1])
		}
	})
	b.Run("random", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			p := random[i%len(random)]
			ix.Locate(p[0], p[1])
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := territory.Load(dict.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDataFile keeps the committed file within its budget.
func TestDataFile(t *testing.T) {
	data, err := os.ReadFile("../dict/places/borders.tsv.gz")
	if err != nil {
		t.Skip(err)
	}
	if len(data) > 5<<20 {
		t.Errorf("borders.tsv.gz is %d bytes, want under 5 MB", len(data))
	}
}
