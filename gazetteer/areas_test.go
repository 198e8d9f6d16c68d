package gazetteer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/linefile"
	"github.com/annals-org/annals/territory"
)

// TestAreasMinimal checks that places/areas.tsv moves the areas it lists, and only those.
func TestAreasMinimal(t *testing.T) {
	fsys := minimal(gazetteer.AreasFile, "# areas\nadmin1\tARM.08\t39.3\t46.1\tcentroid\tSyunik\n")
	g, err := gazetteer.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if r := g.Admin1("ARM", "08"); r.Lat != 39.3 || r.Lon != 46.1 || !strings.HasSuffix(r.Source, gazetteer.SourceAreas) {
		t.Errorf("Syunik at %v,%v (%s), want 39.3,46.1 from %s", r.Lat, r.Lon, r.Source, gazetteer.AreasFile)
	}
	if c := g.Country("ARM"); c.Lat != 40 || c.Lon != 45 || c.Source != gazetteer.SourceCountries {
		t.Errorf("Armenia at %v,%v (%s), want its source's point 40,45", c.Lat, c.Lon, c.Source)
	}
	for _, tt := range []struct{ data, want string }{
		{"county\tARM.08\t39\t46\tcentroid\tSyunik\n", "places/areas.tsv:1: kind:"},
		{"admin1\tARM.99\t39\t46\tcentroid\tNowhere\n", "places/areas.tsv:1: code:"},
		{"country\tAZE\t40\t47\tcentroid\tAzerbaijan\n", "places/areas.tsv:1: code:"},
		{"continent\tAF\t6\t17\tcentroid\tAfrica\n", "places/areas.tsv:1: code:"},
		{"admin1\tARM.08\t91\t46\tcentroid\tSyunik\n", "places/areas.tsv:1: lat/lon:"},
	} {
		_, err := gazetteer.Load(minimal(gazetteer.AreasFile, tt.data))
		var lerr *linefile.Error
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.As(err, &lerr) {
			t.Errorf("%q: Load error = %v, want a *linefile.Error starting %q", tt.data, err, tt.want)
		}
	}
}

// TestAreaPointsInside checks the convention of docs/places-areas.md on the real data: every
// first-level region placed by it lies in its own country's territory (the point is inside
// the region's polygon by construction; Natural Earth's admin-0 and admin-1 lines agree).
func TestAreaPointsInside(t *testing.T) {
	g := gaz(t)
	ix, err := territory.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	placed, outside := 0, 0
	for _, p := range g.Places() {
		if p.Feature != "ADM1" || !strings.HasSuffix(p.Source, gazetteer.SourceAreas) {
			continue
		}
		placed++
		if iso3, _ := ix.Locate(p.Lat, p.Lon); iso3 != p.Country {
			outside++
			t.Logf("%s (%s) at %.3f,%.3f lies in %q", p.Name, p.Country, p.Lat, p.Lon, iso3)
		}
	}
	if placed < 2500 || outside > placed/100 {
		t.Errorf("%d regions placed by %s, %d of them outside their country; want at least 2,500 and at most 1%% outside", placed, gazetteer.AreasFile, outside)
	}
	for _, tt := range []struct{ iso3, region string }{{"AUS", "Queensland"}, {"CAN", "Alberta"}, {"USA", "Kansas"}} {
		if r := g.Admin1(tt.iso3, tt.region); r == nil || !strings.HasSuffix(r.Source, gazetteer.SourceAreas) {
			t.Errorf("%s: not placed by %s", tt.region, gazetteer.AreasFile)
		}
	}
}
