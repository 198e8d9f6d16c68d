package gazetteer_test

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/annals-org/annals/gazetteer"
)

func gzipped(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// FuzzLoad checks that Load never panics whatever one of its files holds, that its errors
// name a file, and that what it loads can be looked up.
func FuzzLoad(f *testing.F) {
	f.Add(uint8(0), "0\tArmenia\t-\tHayastan\t40\t45\tA.PCLI\tARM\t-\t-\t100\n")
	f.Add(uint8(1), "0\tSyunik\t-\tZangezur|Sjunik\t39.4\t46.25\tA.ADM1\tARM\t08\tSyunik\t1\n0\tX\t-\t-\t1\t1\tA.ADM1\tARM\t08\tX\t1\n")
	f.Add(uint8(2), "174895\tGoris\t-\tGeryusy\t39.51288\t46.33816\tP.PPLC\tARM\t08\tSyunik\t20379\n1\tGori\t-\tGoris\t41.98\t44.11\tP.PPLA\tARM\t-\t-\t46676\n")
	f.Add(uint8(3), "Sev Lich\tBlack Lake|Lake Sev\t39.5633\t46.0244\tLK\tARM\tSyunik\tcurated for a test\n")
	f.Add(uint8(3), "A\t-\t0\t0\tRGN\t-\t-\tcurated for a test\nB\tA|a\t90\t180\tSEA\tARM\t08\tcurated for a test\n")
	f.Add(uint8(2), "\xff\t\xfe\t-\t-\t0\t0\tP.PPL\tARM\t-\t-\t0\n")
	f.Add(uint8(5), "0\tGoris Municipality\t-\t-\t39.5\t46.3\tA.ADM2\tARM\t08\tSyunik\t1\n0\tY\t-\t-\t1\t1\tA.ADM2\tARM\t99\tY\t1\n")
	files := []string{gazetteer.CountriesFile, gazetteer.Admin1File, gazetteer.CitiesFile, gazetteer.SupplementFile, gazetteer.AddedFile, gazetteer.Admin2File}
	f.Fuzz(func(t *testing.T, which uint8, data string) {
		name := files[int(which)%len(files)]
		g, err := gazetteer.Load(minimal(name, data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "places/") {
				t.Fatalf("Load error %q names no file", err)
			}
			return
		}
		for _, p := range g.Places() {
			if ps := g.Lookup(p.Name); len(ps) == 0 {
				t.Fatalf("%s: Lookup(%q) finds nothing", p.Where(), p.Name)
			}
			g.LookupTokens(strings.Fields(p.Name))
			g.Nearby(p.Lat, p.Lon, 10)
		}
	})
}
