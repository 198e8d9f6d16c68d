package gazetteer_test

import (
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/gazetteer"
	"github.com/google/go-cmp/cmp"
)

// TestVillages checks that the villages answer Villages by any of their names, stay out of
// Lookup and LookupTokens, and that a file system without them has none.
func TestVillages(t *testing.T) {
	g, err := gazetteer.Load(minimal(gazetteer.VillagesFile,
		"616000\tŠinuhayr\tShinuhayr\tShinuair|Goris\t39.4\t46.31\tP.PPL\tARM\t08\tSyunik\t800\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, name := range []string{"Shinuhayr", "šinuhayr", "Shinuair", "Goris", "Vorotan"} {
		for _, p := range g.Villages(name) {
			got = append(got, name+": "+p.Name+" "+p.Source)
		}
	}
	want := []string{
		"Shinuhayr: Šinuhayr " + gazetteer.SourceVillages,
		"šinuhayr: Šinuhayr " + gazetteer.SourceVillages,
		"Shinuair: Šinuhayr " + gazetteer.SourceVillages,
		"Goris: Šinuhayr " + gazetteer.SourceVillages,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Villages (-want +got):\n%s", d)
	}
	if ps := g.Lookup("Shinuhayr"); len(ps) != 0 {
		t.Errorf("Lookup(Shinuhayr) = %v, want none: villages stay out of the name index", names(ps))
	}
	if ps := g.Lookup("Goris"); len(ps) != 1 || ps[0].ID != 174895 {
		t.Errorf("Lookup(Goris) = %v, want the town only", names(ps))
	}
	if !gazetteer.IsPrimary(g.Villages("Shinuhayr")[0], "Shinuhayr") {
		t.Error("IsPrimary(village, its ASCII name) = false")
	}

	bare, err := gazetteer.Load(minimal("", ""))
	if err != nil {
		t.Fatal(err)
	}
	if ps := bare.Villages("Shinuhayr"); ps != nil {
		t.Errorf("Villages without the file = %v, want nil", names(ps))
	}
}

// BenchmarkReadVillages measures the first Villages call: reading and indexing the file.
func BenchmarkReadVillages(b *testing.B) {
	g, err := gazetteer.Load(dict.FS)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		g.ReadVillages()
	}
}
