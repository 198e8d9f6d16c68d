package pipeline_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals"
)

// treaties returns the ids of an event's alliances on one side.
func treaties(e *annals.Event, side string) []string {
	var out []string
	for _, a := range e.Alliances {
		if a.Side == side {
			out = append(out, a.Treaty)
		}
	}
	return out
}

// checkSyunik checks the treaty context of a report of the May 2021 incursion: the
// incursion's target is bound by the CSTO and the 1997 treaty with Russia, and Armenia's
// appeal to Russia is to a treaty partner.
func checkSyunik(t *testing.T, events []annals.Event, wantAppeal bool) {
	t.Helper()
	var incursion, appeal *annals.Event
	for i := range events {
		e := &events[i]
		if e.Source == nil || e.Target == nil {
			continue
		}
		switch {
		case incursion == nil && e.Source.Country == "AZE" && e.Target.Country == "ARM" && e.QuadClass == 4:
			incursion = e
		case appeal == nil && e.Source.Country == "ARM" && e.Target.Country == "RUS":
			appeal = e
		}
	}
	if incursion == nil {
		t.Fatal("no material conflict by Azerbaijan against Armenia")
	}
	if got := treaties(incursion, "target"); !slices.Contains(got, "csto") || !slices.Contains(got, "russia-armenia-1997") {
		t.Errorf("incursion %s (%s) target treaties %v, want the CSTO and the 1997 treaty", incursion.CAMEO, incursion.Date, got)
	}
	if incursion.IntraAlliance {
		t.Errorf("incursion %s: intra_alliance true, want false", incursion.CAMEO)
	}
	if !wantAppeal {
		return
	}
	if appeal == nil {
		t.Fatal("no event from Armenia to Russia")
	}
	if !appeal.IntraAlliance {
		t.Errorf("appeal %s (%s): intra_alliance false, want true: Russia is Armenia's treaty partner", appeal.CAMEO, appeal.Date)
	}
}

func TestAlliancesBundled(t *testing.T) {
	c := load(t)
	for _, a := range bundled(t) {
		if a.ID == "syunik-border-2021-05-14" {
			checkSyunik(t, c.Code(&a), false)
			return
		}
	}
	t.Fatal("the bundled Syunik report is missing")
}

// TestAlliancesExample codes the project's shared example article (Pashinyan's appeal to
// Putin, May 2021) when it is present on this machine.
func TestAlliancesExample(t *testing.T) {
	const path = "/work/shared/examples/syunik-2021-05-14.txt"
	text, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("the shared example is not here: %v", err)
	}
	a := annals.Article{ID: "syunik-2021-05-14", Text: strings.TrimSpace(string(text)),
		Published: time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)}
	checkSyunik(t, load(t).Code(&a), true)
}
