package place

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/gazetteer"
)

// TestLastTwoWords checks that lastTwoWords, which placeSuffix's counts take, splits names as
// strings.Fields does.
func TestLastTwoWords(t *testing.T) {
	type split struct {
		Prev, Last string
		OK         bool
	}
	for _, name := range []string{"Sunny Beach", " Old  Harbour Springs ", "Vila\u00a0Nova", "Tarn", "", "  ", "San José City", "x\xffy Bay", "Port\tOf\r\nSpain", "Ende\u0085Bucht"} {
		var want split
		if w := strings.Fields(name); len(w) > 1 {
			want = split{w[len(w)-2], w[len(w)-1], true}
		}
		var got split
		got.Prev, got.Last, got.OK = lastTwoWords(name)
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("lastTwoWords(%q) (-want +got):\n%s", name, d)
		}
	}
}

// TestSaintPrefix checks the stack-lowered test against the map it reads.
func TestSaintPrefix(t *testing.T) {
	words := []string{"St.", "SAINT", "São", "SÃO", "Mount", "Lake", "Laker", "Springfieldtownshipville", "", "Sant", "Capes"}
	for k := range saintPrefixes { // the switch knows every ASCII key of the map
		words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
	}
	for _, w := range words {
		if got, want := saintPrefix(w), saintPrefixes[strings.ToLower(w)]; got != want {
			t.Errorf("saintPrefix(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOneASCIIWord: a name oneASCIIWord passes has no last two words.
func TestOneASCIIWord(t *testing.T) {
	for _, name := range []string{"Tarn", "", "Saint-Denis", "Port\tOf", "Vila\u00a0Nova", "x\xffy", "Sunny Beach", "Ende\u0085Bucht", "a\x7fb"} {
		if _, _, ok := lastTwoWords(name); oneASCIIWord(name) && ok {
			t.Errorf("oneASCIIWord(%q) = true, but lastTwoWords finds two words", name)
		}
	}
	for _, name := range []string{"Tarn", "Saint-Denis", "D.C."} {
		if !oneASCIIWord(name) {
			t.Errorf("oneASCIIWord(%q) = false, want true", name)
		}
	}
}

// TestPlaceSuffixFilter: the filter before the suffix map lets every suffix through, so that
// placeSuffix answers as the map does, for the gazetteer's suffixes and for other words.
func TestPlaceSuffixFilter(t *testing.T) {
	g, err := gazetteer.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	r := NewResolver(g, nil, nil)
	r.placeSuffix("City")
	if len(r.suffixes) < 100 {
		t.Fatalf("%d suffixes, want the gazetteer's hundreds", len(r.suffixes))
	}
	words := []string{"Steele", "Crowley", "Sebille", "Thomas", "Kabul", "", "city", "CITY"}
	for w := range r.suffixes {
		words = append(words, w, w+"s", strings.ToLower(w))
	}
	for _, w := range words {
		if got, want := r.placeSuffix(w), r.suffixes[w]; got != want {
			t.Errorf("placeSuffix(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkCountSuffixes measures placeSuffix's one-time count over the gazetteer's names.
func BenchmarkCountSuffixes(b *testing.B) {
	g, err := gazetteer.Load(dict.FS)
	if err != nil {
		b.Fatal(err)
	}
	r := NewResolver(g, nil, nil)
	for b.Loop() {
		r.countSuffixes()
	}
}
