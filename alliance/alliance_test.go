package alliance_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/alliance"
)

func table(t testing.TB) *alliance.Table {
	t.Helper()
	tab, err := alliance.Default()
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// binds reports whether treaty id binds country on the day.
func binds(t testing.TB, tab *alliance.Table, id, country, on string) bool {
	t.Helper()
	for _, b := range tab.Binding(country, day(t, on)) {
		if b.Treaty.ID == id {
			return true
		}
	}
	return false
}

// change is a day on which a country starts (joins) or stops (leaves) being bound.
type change struct {
	treaty, country, on string
	joins               bool
}

// TestBoundaries checks every accession, withdrawal and suspension date listed for NATO and
// the CSTO, and others, on the day before and on the day itself. The expectations are
// written out here, not read from the data file, so that a mistyped date in the file fails.
func TestBoundaries(t *testing.T) {
	var changes []change
	joins := func(treaty, on string, countries ...string) {
		for _, c := range countries {
			changes = append(changes, change{treaty, c, on, true})
		}
	}
	leaves := func(treaty, on string, countries ...string) {
		for _, c := range countries {
			changes = append(changes, change{treaty, c, on, false})
		}
	}
	joins("nato", "1949-08-24", "BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA")
	joins("nato", "1952-02-18", "GRC", "TUR")
	joins("nato", "1955-05-06", "DEU")
	joins("nato", "1982-05-30", "ESP")
	joins("nato", "1999-03-12", "CZE", "HUN", "POL")
	joins("nato", "2004-03-29", "BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN")
	joins("nato", "2009-04-01", "ALB", "HRV")
	joins("nato", "2017-06-05", "MNE")
	joins("nato", "2020-03-27", "MKD")
	joins("nato", "2023-04-04", "FIN")
	joins("nato", "2024-03-07", "SWE")
	// The Collective Security Treaty binds from its entry into force, not its signature
	// (1992-05-15) nor the later signatures of Azerbaijan, Georgia and Belarus (1993).
	joins("csto", "1994-04-20", "RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK", "AZE", "GEO", "UZB")
	leaves("csto", "1999-04-20", "AZE", "GEO", "UZB")
	joins("csto", "2006-08-16", "UZB")
	leaves("csto", "2012-06-28", "UZB") // suspended
	leaves("csto", "2024-02-22", "ARM") // participation frozen
	joins("eu-art42-7", "2009-12-01", "FRA", "AUT", "IRL")
	joins("eu-art42-7", "2013-07-01", "HRV")
	leaves("eu-art42-7", "2020-02-01", "GBR")
	joins("weu", "1990-03-27", "ESP", "PRT")
	joins("weu", "1995-03-06", "GRC")
	leaves("weu", "2011-07-01", "BEL", "GRC", "GBR")
	leaves("tiar", "2004-09-06", "MEX")
	leaves("tiar", "2012-06-05", "BOL", "ECU", "NIC", "VEN")
	leaves("warsaw", "1991-07-01", "RUS", "POL", "CZE")
	leaves("ussr-dprk-1961", "1996-09-10", "RUS", "PRK")
	joins("russia-dprk-2024", "2024-12-04", "RUS", "PRK")
	joins("russia-armenia-1997", "1998-12-31", "ARM", "RUS")
	joins("aachen-2019", "2020-01-22", "FRA", "DEU")
	joins("shusha-2021", "2022-02-12", "TUR", "AZE")
	joins("uk-sweden-2022", "2022-05-11", "GBR", "SWE")
	joins("russia-china-2001", "2002-02-28", "CHN", "RUS")

	tab := table(t)
	want, got := map[string]bool{}, map[string]bool{}
	for _, c := range changes {
		before := day(t, c.on).AddDate(0, 0, -1).Format(time.DateOnly)
		for _, d := range []struct {
			on   string
			want bool
		}{{before, !c.joins}, {c.on, c.joins}} {
			key := c.treaty + " " + c.country + " " + d.on
			want[key] = d.want
			got[key] = binds(t, tab, c.treaty, c.country, d.on)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bound on the day (-want +got):\n%s", diff)
	}
}

// TestSignedNotInForce: a signature binds no one.
func TestSignedNotInForce(t *testing.T) {
	tab := table(t)
	cases := []struct {
		treaty, country, on string
		want                bool
	}{
		{"russia-dprk-2024", "PRK", "2024-06-19", false}, // signed that day
		{"russia-dprk-2024", "RUS", "2024-12-03", false},
		{"russia-dprk-2024", "RUS", "2024-12-04", true},
		{"csto", "ARM", "1992-05-15", false},
		{"csto", "BLR", "1994-01-01", false}, // signed 1993-12-31
		{"russia-armenia-1997", "ARM", "1997-08-29", false},
		{"russia-belarus-2024", "BLR", "2025-06-01", false}, // entry into force not recorded
		{"greece-france-2021", "GRC", "2023-01-01", false},
		{"saudi-pakistan-2025", "PAK", "2025-10-01", false},
	}
	for _, c := range cases {
		if got := binds(t, tab, c.treaty, c.country, c.on); got != c.want {
			t.Errorf("%s binds %s on %s: got %v, want %v", c.treaty, c.country, c.on, got, c.want)
		}
	}
}

// TestSuspended: a suspended member is bound to no one and no one to it; a suspension
// between two parties leaves the others bound.
func TestSuspended(t *testing.T) {
	tab := table(t)
	on := day(t, "2024-06-01")
	var cstoOfRussia *alliance.Binding
	for _, b := range tab.Binding("RUS", on) {
		if b.Treaty.ID == "csto" {
			cstoOfRussia = &b
		}
	}
	if cstoOfRussia == nil {
		t.Fatal("Russia is not bound by the CSTO on 2024-06-01")
	}
	if diff := cmp.Diff([]string{"BLR", "KAZ", "KGZ", "TJK"}, cstoOfRussia.Partners); diff != "" {
		t.Errorf("Russia's CSTO partners after Armenia's freeze (-want +got):\n%s", diff)
	}
	if len(tab.Between("RUS", "ARM", on)) != 1 {
		t.Errorf("Russia and Armenia on %s: want the 1997 treaty alone, got %v", on.Format(time.DateOnly), ids(tab.Between("RUS", "ARM", on)))
	}
	anzus := func(country string) []string {
		for _, b := range tab.Binding(country, day(t, "2020-01-01")) {
			if b.Treaty.ID == "anzus" {
				return b.Partners
			}
		}
		return nil
	}
	for _, c := range []struct {
		country string
		want    []string
	}{{"NZL", []string{"AUS"}}, {"USA", []string{"AUS"}}, {"AUS", []string{"NZL", "USA"}}} {
		if diff := cmp.Diff(c.want, anzus(c.country)); diff != "" {
			t.Errorf("ANZUS partners of %s (-want +got):\n%s", c.country, diff)
		}
	}
}

func ids(bs []alliance.Binding) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Treaty.ID)
	}
	return out
}

// TestBetween: intra-alliance dyads, including two members of one alliance at war.
func TestBetween(t *testing.T) {
	tab := table(t)
	cases := []struct {
		a, b, on string
		want     []string
	}{
		{"GRC", "TUR", "2020-08-01", []string{"nato"}},
		{"ARM", "AZE", "1995-01-01", []string{"csto"}}, // both parties until 1999
		{"ARM", "AZE", "2021-05-12", nil},
		{"ARM", "RUS", "2021-05-14", []string{"csto", "russia-armenia-1997"}},
		{"AZE", "TUR", "2021-05-12", []string{"turkey-azerbaijan-2010"}},
		{"AZE", "TUR", "2022-03-01", []string{"turkey-azerbaijan-2010", "shusha-2021"}},
		{"FRA", "DEU", "2021-01-01", []string{"nato", "eu-art42-7", "aachen-2019"}},
		{"USA", "NZL", "2020-01-01", []string{"manila"}}, // not ANZUS: suspended since 1986
		{"FIN", "GBR", "2022-06-01", []string{"uk-finland-2022"}},
	}
	for _, c := range cases {
		got := ids(tab.Between(c.a, c.b, day(t, c.on)))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s-%s on %s (-want +got):\n%s", c.a, c.b, c.on, diff)
		}
		if back := ids(tab.Between(c.b, c.a, day(t, c.on))); !slices.Equal(back, got) {
			t.Errorf("%s-%s on %s: %v one way, %v the other", c.a, c.b, c.on, got, back)
		}
	}
}

// TestSpan: the first and last day of the stretch a country is bound, as printed by
// `annals alliances`.
func TestSpan(t *testing.T) {
	tab := table(t)
	cases := []struct {
		country, treaty, on, from, to string
	}{
		{"UZB", "csto", "2010-01-01", "2006-08-16", "2012-06-27"},
		{"UZB", "csto", "1995-01-01", "1994-04-20", "1999-04-19"},
		{"GBR", "eu-art42-7", "2015-01-01", "2009-12-01", "2020-01-31"},
		{"ARM", "csto", "2021-05-12", "1994-04-20", "2024-02-21"},
		{"FIN", "nato", "2024-01-01", "2023-04-04", ""},
		{"ESP", "weu", "2000-01-01", "1990-03-27", "2011-06-30"},
	}
	for _, c := range cases {
		var got []string
		for _, b := range tab.Binding(c.country, day(t, c.on)) {
			if b.Treaty.ID == c.treaty {
				rec := tab.Record(b)
				got = []string{rec.From, rec.To}
			}
		}
		if diff := cmp.Diff([]string{c.from, c.to}, got); diff != "" {
			t.Errorf("%s in %s on %s: from, to (-want +got):\n%s", c.country, c.treaty, c.on, diff)
		}
	}
}

// TestDictionary checks the file as a whole: every treaty is sourced and has an article,
// and the ids the rest of annals names exist.
func TestDictionary(t *testing.T) {
	tab := table(t)
	seen := map[string]bool{}
	for _, tr := range tab.Treaties() {
		seen[tr.ID] = true
		if tr.Article == "" || len(tr.Sources) == 0 || tr.Signed.IsZero() {
			t.Errorf("treaty %s: article, source or signature missing", tr.ID)
		}
	}
	for _, id := range []string{"nato", "csto", "anzus", "tiar", "eu-art42-7", "weu", "us-japan", "us-korea", "us-philippines", "russia-armenia-1997", "china-dprk-1961", "russia-dprk-2024"} {
		if !seen[id] {
			t.Errorf("treaty %s is missing", id)
		}
	}
	if got := tab.Name("ARM"); got != "Armenia" {
		t.Errorf("Name(ARM) = %q", got)
	}
}
