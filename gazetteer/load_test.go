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
