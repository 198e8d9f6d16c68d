package evaluate

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/annals-org/annals"
)

// The texts below are written for these tests (a made-up Freedonia and Sylvania), not taken
// from the benchmark.

func TestNormalizeEvidence(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"case and spaces", "  Police\u00a0DETAINED\n\ttwelve  ", "police detained twelve"},
		{"curly and straight quotes", "“Enough,” she said ‘twice’", "'enough,' she said 'twice'"},
		{"dashes open and closed", "talks – stalled—again - today", "talks-stalled-again-today"},
		{"soft hyphen and zero-width space", "re\u00adview\u200b ended", "review ended"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, normalizeEvidence(tt.in)); diff != "" {
				t.Errorf("normalizeEvidence(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestActorCodes(t *testing.T) {
	for _, tt := range []struct {
		name  string
		actor *annals.Actor
		want  []string
	}{
		{"missing", nil, []string{""}},
		{"no code at all", &annals.Actor{Text: "someone"}, []string{""}},
		{"country wins over code", &annals.Actor{Code: "FREGOV", Country: "FRE"}, []string{"FRE"}},
		{"organisation split in parts", &annals.Actor{Code: "IGOUNO"}, []string{"IGOUNO", "IGO", "UNO"}},
		{"role without country", &annals.Actor{Code: "MIL"}, []string{"MIL"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, actorCodes(tt.actor)); diff != "" {
				t.Errorf("actorCodes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewsMismatches(t *testing.T) {
	baseGold := func() newsGold {
		return newsGold{ID: "detain", Source: []string{"FRE"}, Target: []string{"SYL", ""}, Roots: []string{"17", "18"},
			Evidence: []string{"detained “twelve” Sylvanian—students"}}
	}
	baseEvent := func() annals.Event {
		return annals.Event{Source: &annals.Actor{Code: "FRECOP", Country: "FRE"}, CAMEO: "173", Status: annals.Asserted,
			Evidence: `Freedonian police  DETAINED "twelve" Sylvanian - students on Monday.`}
	}
	for _, tt := range []struct {
		name string
		edit func(*annals.Event, *newsGold)
		want []string
	}{
		{"missing target accepted, evidence normalised", func(*annals.Event, *newsGold) {}, nil},
		{"target country in the list", func(e *annals.Event, _ *newsGold) { e.Target = &annals.Actor{Code: "SYLEDU", Country: "SYL"} }, nil},
		{"target country not in the list", func(e *annals.Event, _ *newsGold) { e.Target = &annals.Actor{Code: "USA", Country: "USA"} },
			[]string{"target USA not in [SYL|none]"}},
		{"missing target not accepted", func(_ *annals.Event, g *newsGold) { g.Target = []string{"SYL"} },
			[]string{"target none not in [SYL]"}},
		{"organisation matched on its specific part", func(e *annals.Event, g *newsGold) {
			e.Source, g.Source = &annals.Actor{Code: "IGOUNO"}, []string{"UNO"}
		}, nil},
		{"organisation matched on its general part", func(e *annals.Event, g *newsGold) {
			e.Source, g.Source = &annals.Actor{Code: "IGOUNO"}, []string{"IGO"}
		}, nil},
		{"organisation of another code", func(e *annals.Event, g *newsGold) {
			e.Source, g.Source = &annals.Actor{Code: "IGOUNO"}, []string{"EEU"}
		}, []string{"source IGOUNO|IGO|UNO not in [EEU]"}},
		{"an actor with a country is matched on the country only", func(e *annals.Event, g *newsGold) {
			g.Source = []string{"COP"}
		}, []string{"source FRE not in [COP]"}},
		{"role code without country does not match a country", func(e *annals.Event, _ *newsGold) {
			e.Source = &annals.Actor{Code: "COP"}
		}, []string{"source COP not in [FRE]"}},
		{"both sides empty: no named actor", func(e *annals.Event, g *newsGold) {
			e.Source, g.Source = nil, []string{"FRE", ""}
		}, []string{"no named actor"}},
		{"empty source with a named target", func(e *annals.Event, g *newsGold) {
			e.Source, g.Source = nil, []string{"FRE", ""}
			e.Target = &annals.Actor{Code: "SYL", Country: "SYL"}
		}, nil},
		{"four-digit code under an accepted root", func(e *annals.Event, _ *newsGold) { e.CAMEO = "1831" }, nil},
		{"root not accepted", func(e *annals.Event, _ *newsGold) { e.CAMEO = "042" }, []string{"root 04 not in [17 18]"}},
		{"status listed", func(e *annals.Event, g *newsGold) {
			e.Status, g.Status = annals.Planned, []string{"planned", "hypothetical"}
		}, nil},
		{"status not listed", func(_ *annals.Event, g *newsGold) { g.Status = []string{"planned"} },
			[]string{"status asserted not in [planned]"}},
		{"another sentence", func(e *annals.Event, _ *newsGold) { e.Evidence = "Sylvania recalled its ambassador." },
			[]string{"other sentence"}},
		{"several reasons at once", func(e *annals.Event, _ *newsGold) { e.CAMEO, e.Evidence = "20", "Nothing here." },
			[]string{"root 20 not in [17 18]", "other sentence"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, g := baseEvent(), baseGold()
			tt.edit(&e, &g)
			if diff := cmp.Diff(tt.want, newsMismatches(&e, &g), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("newsMismatches (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAssignNews(t *testing.T) {
	const T, F = true, false
	for _, tt := range []struct {
		name     string
		compat   [][]bool // [prediction][item]
		required []bool
		want     []int
	}{
		{"required item taken before an optional listed first", [][]bool{{T, T}}, []bool{F, T}, []int{1}},
		{"augmenting path frees an item", [][]bool{{T, T}, {T, F}}, []bool{T, T}, []int{1, 0}},
		{"optional item rerouted without losing the required one", [][]bool{{T, T}, {T, F}}, []bool{T, F}, []int{1, 0}},
		{"duplicate and false positive unassigned", [][]bool{{T}, {T}, {F}}, []bool{T}, []int{0, -1, -1}},
		{"no predictions", nil, []bool{T}, []int{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, assignNews(tt.compat, tt.required)); diff != "" {
				t.Errorf("assignNews (-want +got):\n%s", diff)
			}
		})
	}
}

// twoNewsPages scores two made-up pages: the first has a hit, a duplicate of it, an
// optional match, a false positive and a hit with the wrong date; the second has no
// prediction for its required item.
func twoNewsPages() (*newsTally, []*newsArticle) {
	golds := []newsGold{
		{ID: "detain", Required: true, Source: []string{"FRE"}, Target: []string{""}, Roots: []string{"17"},
			Date: "2021-03-02", LocCountry: "FRE", Evidence: []string{"detained twelve"}},
		{ID: "condemn", Required: true, Source: []string{"FRE"}, Target: []string{"FRE"}, Roots: []string{"11"},
			Date: "2021-03-05", Evidence: []string{"condemned the arrests"}},
		{ID: "offer", Source: []string{"SYL"}, Target: []string{""}, Roots: []string{"03"}, LocCountry: "SYL",
			Evidence: []string{"offered to host"}},
	}
	fre := &annals.Actor{Code: "FRECOP", Country: "FRE"}
	events := []annals.Event{
		{Source: fre, CAMEO: "173", Evidence: "Police detained twelve marchers.", Date: "2021-03-02", Territory: "FRE"},
		{Source: fre, CAMEO: "173", Evidence: "Twelve were detained twelve hours.", Date: "2021-03-01"},
		{Source: &annals.Actor{Code: "SYL", Country: "SYL"}, CAMEO: "036", Evidence: "Sylvania offered to host talks."},
		{Source: fre, CAMEO: "190", Evidence: "The cup final was played."},
		{Source: fre, Target: fre, CAMEO: "111", Evidence: "They condemned the arrests.", Date: "2021-03-04"},
	}
	t := &newsTally{}
	first := scoreNewsArticle("one", &annals.Article{Title: "The cup final was played"}, events, golds)
	t.add(first, normalizeEvidence("Police detained twelve marchers. Sylvania offered to host talks."), true)
	second := scoreNewsArticle("two", nil, nil, []newsGold{{ID: "march", Required: true, Source: []string{"FRE"}, Roots: []string{"14"}}})
	t.add(second, "", false)
	return t, []*newsArticle{first, second}
}

func TestNewsLabels(t *testing.T) {
	_, scored := twoNewsPages()
	want := []string{newsHit, newsDuplicate, newsOptional, newsFalsePositive, newsHit}
	if diff := cmp.Diff(want, scored[0].labels); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
}

func TestNewsMetrics(t *testing.T) {
	tally, _ := twoNewsPages()
	precision, recall := 4.0/5, 2.0/3
	want := []Metric{
		{"news.precision", precision},
		{"news.recall", recall},
		{"news.f1", 2 * precision * recall / (precision + recall)},
		{"news.date_ok", 0.5},        // detain dated right, condemn a day off
		{"news.loc_ok", 0.5},         // detain placed right, the optional offer not placed
		{"news.fp_per_article", 0.5}, // one false positive over two pages
		{"news.duplicates_per_article", 0.5},
	}
	if _, has := reflect.TypeOf(annals.Event{}).FieldByName("Confidence"); has {
		want = append(want, Metric{"news.precision_conf80", 0}, Metric{"news.conf80_events", 0})
	}
	want = append(want, Metric{"news.evidence_outside_body", 3}, Metric{"news.reference_pages", 1})
	if diff := cmp.Diff(want, tally.metrics("news"), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("metrics (-want +got):\n%s", diff)
	}
	if tally.outsideBodyHeadline != 1 {
		t.Errorf("outside body from the headline: got %d, want 1", tally.outsideBodyHeadline)
	}
}

func TestEventConfidence(t *testing.T) {
	_, has := reflect.TypeOf(annals.Event{}).FieldByName("Confidence")
	if _, ok := eventConfidence(&annals.Event{}); ok != has {
		t.Errorf("eventConfidence ok = %v, want %v (whether annals.Event has Confidence)", ok, has)
	}
}

func TestNewsReport(t *testing.T) {
	_, scored := twoNewsPages()
	var buf bytes.Buffer
	for _, s := range scored {
		writeNewsReport(&buf, "news", s)
	}
	var got [][]string
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != len(strings.Split(newsReportHeader, "\t")) {
			t.Fatalf("line %q: %d fields, want as many as the header", line, len(f))
		}
		got = append(got, f[1:5]) // page, n, label, gold
	}
	want := [][]string{
		{"one", "1", newsHit, "detain"},
		{"one", "2", newsDuplicate, "detain"},
		{"one", "3", newsOptional, "offer"},
		{"one", "4", newsFalsePositive, "detain"}, // nearest: the same actor, other root and sentence
		{"one", "5", newsHit, "condemn"},
		{"two", "-", newsMissed, "march"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report rows (-want +got):\n%s", diff)
	}
}

// testNewsPage is a page with no date anywhere, so only the run with --published dates it.
const testNewsPage = `<!DOCTYPE html>
<html><head><title>Freedonia police detain marchers - Example Courier</title>
<meta property="og:site_name" content="Example Courier"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Freedonia police detain marchers</h1>
<p>Police in the Freedonian capital detained twelve marchers after a rally against the new budget grew tense near the parliament building.</p>
<p>The interior minister said the officers had acted within the law and promised a review of the operation within a week.</p>
<p>Opposition leaders condemned the arrests and demanded the immediate release of everyone held overnight by the police.</p>
<p>Diplomats from neighbouring Sylvania called for calm and offered to host talks between the two sides next month.</p>
</article><footer>More from the Courier: weather, puzzles and letters.</footer></body></html>
`

// lineCoder codes each line of the text that holds one of its keywords, as the event given
// for that keyword, dated with the article's publication date.
func lineCoder(a *annals.Article) []annals.Event {
	fre := &annals.Actor{Code: "FRE", Country: "FRE"}
	rules := []struct {
		keyword string
		event   annals.Event
	}{
		{"police detain marchers", annals.Event{Source: fre, CAMEO: "173", Territory: "FRE"}},
		{"detained twelve", annals.Event{Source: fre, CAMEO: "173", Territory: "FRE"}},
		{"promised a review", annals.Event{Source: fre, CAMEO: "030"}},
		{"condemned the arrests", annals.Event{Source: fre, Target: fre, CAMEO: "111"}},
		{"demanded the immediate release", annals.Event{Source: fre, Target: fre, CAMEO: "1041"}},
		{"called for calm", annals.Event{Source: &annals.Actor{Code: "SYL", Country: "SYL"}, CAMEO: "020"}},
	}
	var out []annals.Event
	for _, line := range strings.Split(a.Text, "\n") {
		for _, r := range rules {
			if strings.Contains(line, r.keyword) {
				e := r.event
				e.Evidence, e.Status = line, annals.Asserted
				if !a.Published.IsZero() {
					e.Date = a.Published.Format("2006-01-02")
				}
				out = append(out, e)
			}
		}
	}
	return out
}

// writeTestBench writes a bench folder: the page above (from the extraction benchmark, with
// a marked body that leaves out its headline and last paragraph) and a page whose file is
// missing, which ingest rejects.
func writeTestBench(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"news/pages/courier-2021.html": testNewsPage,
		"news/pages-dev.tsv": "id\trepo\tpath\tcommit\tpublished\theadline\n" +
			"courier-2021\tscrapinghub/article-extraction-benchmark\thtml/c0ffee.html.gz\tabc\t2021-03-02\tFreedonia police\n" +
			"gone-2021\tother/repo\tfixtures/gone.html\tabc\t2021-03-03\tGone\n",
		"news/gold-dev.jsonl": `{"article":"courier-2021","id":"detain","required":true,"source":["FRE"],"target":["FRE",""],"roots":["17"],"date":"2021-03-02","loc_country":"FRE","evidence":["police detain marchers","detained twelve marchers"],"status":[]}
{"article":"courier-2021","id":"review","required":true,"source":["FRE"],"target":[""],"roots":["03"],"date":"","loc_country":"","evidence":["promised a review"],"status":["planned"]}
{"article":"courier-2021","id":"condemn","required":true,"source":["FRE"],"target":["FRE"],"roots":["11"],"date":"","loc_country":"","evidence":["condemned the arrests"],"status":[]}
{"article":"courier-2021","id":"demand","required":false,"source":["FRE"],"target":["FRE"],"roots":["10"],"date":"","loc_country":"FRE","evidence":["demanded the immediate release"],"status":[]}
{"article":"gone-2021","id":"march","required":true,"source":["FRE"],"target":[""],"roots":["14"],"date":"","loc_country":"","evidence":["marched"],"status":[]}
`,
		"pages/ground-truth.json": `{"c0ffee": {"articleBody": "Police in the Freedonian capital detained twelve marchers after a rally against the new budget grew tense near the parliament building.\n\nThe interior minister said the officers had acted within the law and promised a review of the operation within a week.\n\nOpposition leaders condemned the arrests and demanded the immediate release of everyone held overnight by the police.", "url": "https://example.org/x"}}`,
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestNews(t *testing.T) {
	bench := writeTestBench(t)
	var out, misses bytes.Buffer
	ms, err := News(context.Background(), bench, lineCoder, &out, &misses)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, m := range ms {
		got[m.Name] = m.Value
	}
	// Six predictions: the headline and the lede both report the detention (a hit and a
	// duplicate), the review is asserted where the gold wants planned (a false positive and a
	// miss), the condemnation is a hit, the demand optional (placed nowhere, so loc_ok is the
	// detention alone: 1/2), and Sylvania's call has no item.
	precision, recall := 4.0/6, 2.0/4
	want := map[string]float64{
		"news.precision": precision, "news.recall": recall, "news.f1": 2 * precision * recall / (precision + recall),
		"news.date_ok": 0, "news.loc_ok": 0.5, "news.fp_per_article": 1, "news.duplicates_per_article": 0.5,
		"news.evidence_outside_body": 2, "news.reference_pages": 1,
		"news_published.precision": precision, "news_published.recall": recall, "news_published.f1": 2 * precision * recall / (precision + recall),
		"news_published.date_ok": 1, "news_published.loc_ok": 0.5, "news_published.fp_per_article": 1, "news_published.duplicates_per_article": 0.5,
		"news_published.evidence_outside_body": 2, "news_published.reference_pages": 1,
	}
	if _, has := reflect.TypeOf(annals.Event{}).FieldByName("Confidence"); has {
		want["news.precision_conf80"], want["news.conf80_events"] = 0, 0
		want["news_published.precision_conf80"], want["news_published.conf80_events"] = 0, 0
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("metrics (-want +got):\n%s\noutput:\n%s", diff, out.String())
	}
	if !strings.Contains(out.String(), "rejected, scored with no predictions") {
		t.Errorf("output does not report the rejected page:\n%s", out.String())
	}
	if n := strings.Count(misses.String(), "\t"+newsMissed+"\t"); n != 4 {
		t.Errorf("misses report: %d missed lines, want 4 (review and march, in each run):\n%s", n, misses.String())
	}
}
