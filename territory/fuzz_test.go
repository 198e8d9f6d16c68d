package territory_test

import (
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/annals-org/annals/territory"
)

// FuzzLoad checks that Load never panics on a file of any content, compressed or not, and that
// its errors name the file.
func FuzzLoad(f *testing.F) {
	f.Add(square, true)
	f.Add("# c\nARM\tARM\tX\t-\tc1 b2\t0,0 1000,0 0,1000\n-\tPGA\tY\tdisputed\tc3\t-100,-100 50,0 0,50\n", true)
	f.Add("ARM\tARM\tX\t-\tc3\t0,0 1000000,1000000 -1000000,0\n", true)
	f.Add("ATA\tATA\tA\t-\tc4\t-18000000,-9000000 36000000,0 0,100 -36000000,0\n", true)
	f.Add("\x1f\x8b\x08", false)
	f.Fuzz(func(t *testing.T, data string, compress bool) {
		raw := []byte(data)
		if compress {
			raw = gz(data)
		}
		ix, err := territory.Load(fstest.MapFS{territory.BordersFile: {Data: raw}})
		if err != nil {
			if !strings.HasPrefix(err.Error(), territory.BordersFile) {
				t.Fatalf("Load error %q does not name the file", err)
			}
			return
		}
		for _, p := range [][2]float64{{0, 0}, {0.5, 0.5}, {-90, -180}, {90, 180}, {45, 179.99}} {
			iso3, _ := ix.Locate(p[0], p[1])
			if iso3 != "" && len(iso3) != 3 {
				t.Fatalf("Locate(%v) = %q", p, iso3)
			}
		}
	})
}

// FuzzLocate checks that Locate never panics and answers a code or "" for any pair of floats,
// NaN and infinities included.
func FuzzLocate(f *testing.F) {
	ix := index(f)
	f.Add(40.1811, 44.5136)
	f.Add(39.6, 46.165)
	f.Add(math.NaN(), 0.0)
	f.Add(0.0, math.Inf(-1))
	f.Add(-90.0, -180.0)
	f.Add(90.0, 180.0)
	f.Add(-85.3, 1e300)
	f.Add(math.SmallestNonzeroFloat64, -math.MaxFloat64)
	f.Fuzz(func(t *testing.T, lat, lon float64) {
		iso3, uncertain := ix.Locate(lat, lon)
		if iso3 != "" && len(iso3) != 3 {
			t.Fatalf("Locate(%v, %v) = %q", lat, lon, iso3)
		}
		if math.IsNaN(lat) || math.IsNaN(lon) || math.IsInf(lon, 0) || math.Abs(lat) > 90 {
			if iso3 != "" || uncertain {
				t.Fatalf("Locate(%v, %v) = %q, %v; want \"\", false", lat, lon, iso3, uncertain)
			}
		}
	})
}
