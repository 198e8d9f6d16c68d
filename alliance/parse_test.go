package alliance_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals/alliance"
)

const good = "treaty\tt1\nname\tA treaty\nkind\tdefence\narticle\tArticle 1\nsigned\t2000-01-01\n" +
	"in_force\t2000-02-01\nended\t-\nsource\thttps://example.org/t1\nparty\tAAA\t-\t-\nparty\tBBB\t-\t-\n"

// TestParseErrors: every problem is reported with the file, the line and the field.
func TestParseErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"field before a treaty", "name\tX\n", "t.tsv:1: name: comes before the first treaty line"},
		{"bad id", "treaty\tT 1\n", "t.tsv:1: treaty: want one id"},
		{"duplicate id", good + good, "t.tsv:11: treaty: id \"t1\" used twice"},
		{"bad kind", strings.Replace(good, "defence", "alliance", 1), "t.tsv:3: kind: \"alliance\" is not defence"},
		{"bad date", strings.Replace(good, "2000-02-01", "2000-2-1", 1), "t.tsv:6: in_force: \"2000-2-1\" is not a date YYYY-MM-DD"},
		{"signed may not be a dash", strings.Replace(good, "signed\t2000-01-01", "signed\t-", 1), "t.tsv:5: signed: \"-\" is not a date"},
		{"unknown field", good + "colour\tred\n", "t.tsv:11: colour: unknown field"},
		{"twice", good + "name\tB\n", "t.tsv:11: name: given twice in treaty t1"},
		{"bad code", good + "party\tAb1\t-\t-\n", "t.tsv:11: party: \"Ab1\" is not an ISO 3166-1 alpha-3 code"},
		{"party fields", good + "party\tCCC\t-\n", "t.tsv:11: party: want CODE<TAB>JOINED<TAB>LEFT, got 2 fields"},
		{"left before joined", good + "party\tCCC\t2001-01-01\t2000-01-01\n", "t.tsv:11: party: CCC left (2000-01-01) no later than it joined (2001-01-01)"},
		{"overlapping memberships", good + "party\tAAA\t2005-01-01\t-\n", "t.tsv:11: party: AAA is already a party"},
		{"suspension of a stranger", good + "suspend\tZZZ\t*\t2001-01-01\t-\n", "t.tsv:11: suspend: \"ZZZ\" is not a party"},
		{"suspension towards itself", good + "suspend\tAAA\tAAA\t2001-01-01\t-\n", "t.tsv:11: suspend: with:"},
		{"bad source", strings.Replace(good, "https://example.org/t1", "example.org", 1), "t.tsv:8: source: \"example.org\" is not an http(s) URL"},
		{"missing field", strings.Replace(good, "article\tArticle 1\n", "", 1), "t.tsv:1: article: missing from treaty t1"},
		{"one party", strings.Replace(good, "party\tBBB\t-\t-\n", "", 1), "t.tsv:1: party: treaty t1 has 1 parties"},
		{"in force before signature", strings.Replace(good, "2000-02-01", "1999-02-01", 1), "t.tsv:1: in_force: treaty t1 is in force before it was signed"},
		{"ends before in force", strings.Replace(good, "ended\t-", "ended\t2000-02-01", 1), "t.tsv:1: ended: treaty t1 ends before it is in force"},
		{"invalid UTF-8", good + "name\t\xff\n", "t.tsv:11: line: not valid UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := alliance.ParseTreaties(strings.NewReader(c.text), "t.tsv", nil)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got error %v\nwant one starting %q", err, c.want)
			}
		})
	}
	names := map[string]string{"AAA": "A"}
	if _, err := alliance.ParseTreaties(strings.NewReader(good), "t.tsv", names); err == nil || !strings.Contains(err.Error(), "t.tsv:10: party: BBB has no name in the countries file") {
		t.Errorf("unnamed party: got %v", err)
	}
	if _, err := alliance.ParseCountries(strings.NewReader("ARM\tArmenia\nARM\tArmenia\n"), "c.tsv"); err == nil || err.Error() != "c.tsv:2: code: ARM named twice" {
		t.Errorf("duplicate name: got %v", err)
	}
}

func TestParseComments(t *testing.T) {
	text := "# header\n\n" + strings.Replace(good, "party\tAAA\t-\t-\n", "party\tAAA\t-\t-\t# founding\n", 1)
	ts, err := alliance.ParseTreaties(strings.NewReader(text), "t.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 1 || ts[0].Short != "A treaty" || len(ts[0].Parties) != 2 || ts[0].Line != 3 {
		t.Errorf("got %+v", ts)
	}
}

// FuzzParseTreaties: the parser never panics, and what it accepts a table can answer for.
func FuzzParseTreaties(f *testing.F) {
	f.Add(good)
	f.Add(good + "suspend\tAAA\tBBB\t2001-01-01\t2002-01-01\n")
	f.Add(good + "party\tAAA\t2001-01-01\t-\n")
	if real, err := os.ReadFile("../dict/alliances/treaties.tsv"); err == nil {
		f.Add(string(real))
	}
	f.Fuzz(func(t *testing.T, text string) {
		ts, err := alliance.ParseTreaties(strings.NewReader(text), "fuzz.tsv", nil)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tsv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		tab := alliance.New(ts, nil)
		for _, tr := range ts {
			if len(tr.Parties) < 2 || len(tr.Sources) == 0 || tr.Short == "" {
				t.Fatalf("accepted an incomplete treaty: %+v", tr)
			}
			for _, m := range tr.Parties {
				for _, d := range []time.Time{tr.Signed, tr.InForce, m.Joined, m.Left, time.Now()} {
					for _, b := range tab.Binding(m.Country, d) {
						tab.Record(b)
						if !b.To.IsZero() && b.To.Before(b.From) {
							t.Fatalf("span ends before it starts: %+v", b)
						}
					}
				}
			}
		}
	})
}
