package place

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/gazetteer"
	"github.com/annals-org/annals/text"
)

// TestNamesCounty: the test that spares countyAbbreviation says yes to every way of writing
// "Co." that countyAbbreviation takes, and no to words that merely start with "co".
func TestNamesCounty(t *testing.T) {
	tests := []struct {
		tokens []string
		want   bool
	}{
		{[]string{"Sioux", "Co.", ",", "Iowa"}, true},
		{[]string{"PLYMOUTH", "CO."}, true},
		{[]string{"Plymouth", "Co", "."}, true},
		{[]string{"plymouth", "co."}, true},
		{[]string{"the", "company", "cost", "Cox", "co-op"}, false},
		{[]string{"Co-op", "C.", "o"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		doc := &text.Doc{}
		for _, w := range tt.tokens {
			doc.Tokens = append(doc.Tokens, text.Token{Text: w})
		}
		if got := namesCounty(doc); got != tt.want {
			t.Errorf("namesCounty(%q) = %v, want %v", tt.tokens, got, tt.want)
		}
	}
}

// TestScratchReuse: a scratch taken again for a shorter text is as long as its tokens and
// zero, whatever the text before left in it.
func TestScratchReuse(t *testing.T) {
	long := &text.Doc{Tokens: make([]text.Token, 40)}
	sc := newScratch(long)
	for i := range sc.blocked {
		sc.blocked[i] = true
	}
	sc.found = append(sc.found, Mention{Text: "Goris"})
	if got := sc.release(); len(got) != 1 || got[0].Text != "Goris" {
		t.Fatalf("release = %v, want the one mention", got)
	}
	short := &text.Doc{Tokens: []text.Token{{Text: "Goris"}, {Text: "said"}}}
	sc = newScratch(short)
	defer sc.release()
	if len(sc.blocked) != 2 || sc.blocked[0] || sc.blocked[1] || sc.named[0] != nil || len(sc.found) != 0 {
		t.Errorf("reused scratch not zero: blocked %v, named %v, found %d", sc.blocked, sc.named, len(sc.found))
	}
	if sc.texts[0] != "Goris" || sc.texts[1] != "said" {
		t.Errorf("texts = %q, want the tokens' texts", sc.texts)
	}
}

// TestCompassWord: compassWord, a switch for speed, knows every direction prefix and "far",
// and no other word.
func TestCompassWord(t *testing.T) {
	for _, w := range append(slices.Clone(directionPrefixes), "far") {
		if !compassWord(w) {
			t.Errorf("compassWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"northward", "midwest", "North", "centre", "farther", ""} {
		if compassWord(w) {
			t.Errorf("compassWord(%q) = true, want false", w)
		}
	}
}

// TestPersonNameAgreesWithSurnames: personName, which looks at one word's occurrences, says
// of every word what surnames, which reads the whole text, does.
func TestPersonNameAgreesWithSurnames(t *testing.T) {
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	an, r := text.NewAnalyzer(lx), NewResolver(g, nil, lx)
	for _, in := range []string{
		"Tom Steele said the floods reached Steele. Steele, a biologist, flew to Paris.",
		"Dr. Crowley met P.J. Crowley in Carson City; \"Hartley\" told me, said Hartley.",
		"Erik van Sebille, 31, works in Perth with Nadia Haddad. In Haddad's case, Mr Perth declined.",
		"North Kordofan and Gandhi Nagar flooded; Moscow said Vancouver, the city's doctor, agreed with Jane Doe.",
	} {
		doc := an.Analyze(in)
		persons := r.surnames(doc)
		texts := make([]string, len(doc.Tokens))
		for i, tok := range doc.Tokens {
			texts[i] = tok.Text
		}
		for _, tok := range doc.Tokens {
			if got, want := r.personName(doc, texts, tok.Text), persons[tok.Text]; got != want {
				t.Errorf("%q: personName(%q) = %v, surnames says %v", in, tok.Text, got, want)
			}
		}
		if len(persons) == 0 {
			t.Errorf("%q: no person's name found; the test needs some", in)
		}
	}
}

// TestNeverPlaceShortcuts: the cheap tests before neverPlace's maps and string searches
// hold for every word the maps know.
func TestNeverPlaceShortcuts(t *testing.T) {
	for w := range newspaperNouns {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			t.Errorf("newspaperNouns has %q, which namesOther's capital test leaves out", w)
		}
	}
	for w := range monthAbbreviations {
		if len(w) > 4 {
			t.Errorf("monthAbbreviations has %q, longer than dateAbbreviation's length test lets in", w)
		}
	}
	for _, w := range []string{"I'd", "we’re", "Don’t", "can't", "O'Neill", "Kabul", "’", "'", "rock'n'roll"} {
		want := false
		for _, apo := range []string{"'", "’"} {
			if k := strings.LastIndex(w, apo); k > 0 {
				switch strings.ToLower(w[k+len(apo):]) {
				case "d", "ve", "re", "ll", "m", "t":
					want = true
				}
			}
		}
		if got := contraction(w); got != want {
			t.Errorf("contraction(%q) = %v, want %v", w, got, want)
		}
	}
}
