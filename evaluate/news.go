package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
)

// extractionBenchmark is the repository whose pages also carry a hand-marked article body in
// bench/pages/ground-truth.json.
const extractionBenchmark = "scrapinghub/article-extraction-benchmark"

// newsPage is one row of news/pages-dev.tsv.
type newsPage struct {
	ID, Repo, Path, Published string
}

// newsGold is one hand-coded event of news/gold-dev.jsonl.
type newsGold struct {
	Article    string   `json:"article"`
	ID         string   `json:"id"`
	Required   bool     `json:"required"`
	Source     []string `json:"source"`
	Target     []string `json:"target"`
	Roots      []string `json:"roots"`
	Date       string   `json:"date"`
	LocCountry string   `json:"loc_country"`
	Evidence   []string `json:"evidence"`
	Status     []string `json:"status"`
	Note       string   `json:"note"`
}

// readNewsPages reads the pages table, finding its columns by the header so that added
// columns do not break it.
func readNewsPages(file string) ([]newsPage, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\r\n"), "\n")
	col := map[string]int{}
	for i, name := range strings.Split(strings.TrimRight(lines[0], "\r"), "\t") {
		col[name] = i
	}
	for _, name := range []string{"id", "repo", "path", "published"} {
		if _, ok := col[name]; !ok {
			return nil, fmt.Errorf("%s: no %q column in the header", file, name)
		}
	}
	var pages []newsPage
	for n, line := range lines[1:] {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < len(col) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", file, n+2, len(f), len(col))
		}
		pages = append(pages, newsPage{ID: f[col["id"]], Repo: f[col["repo"]], Path: f[col["path"]], Published: f[col["published"]]})
	}
	return pages, nil
}

// readReferenceBodies returns the normalised hand-marked body of each page that comes from
// the extraction benchmark, by news page id. A missing ground-truth file gives none.
func readReferenceBodies(file string, pages []newsPage) (map[string]string, error) {
	data, err := os.ReadFile(file)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	bodies := map[string]string{}
	for _, p := range pages {
		if p.Repo != extractionBenchmark {
			continue
		}
		if t, ok := truth[strings.TrimSuffix(path.Base(p.Path), ".html.gz")]; ok {
			bodies[p.ID] = normalizeEvidence(t.ArticleBody)
		}
	}
	return bodies, nil
}

// evidenceFolds maps the typographic variants of quotes and dashes to one form each, so that
// a phrase typed with straight quotes finds a sentence printed with curly ones.
var evidenceFolds = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'", "`", "'", "´", "'",
	"“", "'", "”", "'", "„", "'", "‟", "'", "″", "'", "«", "'", "»", "'", `"`, "'",
	"‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "―", "-", "−", "-",
	"…", "...", "\u200b", "", "\u00ad", "",
)

// normalizeEvidence lower-cases s, folds quotes and dashes, and collapses white space. Spaces
// around a dash are dropped because outlets set dashes both open ("a – b") and closed ("a—b").
func normalizeEvidence(s string) string {
	s = strings.Join(strings.Fields(evidenceFolds.Replace(strings.ToLower(s))), " ")
	return strings.ReplaceAll(strings.ReplaceAll(s, " -", "-"), "- ", "-")
}

// actorCodes are the codes an actor is matched on: its country; for an actor with no country
// its code and the code's 3-letter parts (IGOUNO: IGO, UNO). A missing actor, or one with no
// code, is "", which gold lists use for a side the text may leave out.
func actorCodes(a *annals.Actor) []string {
	if a == nil || a.Country == "" && a.Code == "" {
		return []string{""}
	}
	if a.Country != "" {
		return []string{a.Country}
	}
	codes := []string{a.Code}
	for i := 0; len(a.Code) > 3 && i+3 <= len(a.Code); i += 3 {
		codes = append(codes, a.Code[i:i+3])
	}
	return codes
}

// sideFits reports whether one of the actor's codes is in the gold list, and whether one of
// those is a non-empty code (a named actor rather than an accepted absence).
func sideFits(a *annals.Actor, gold []string) (fits, named bool) {
	for _, c := range actorCodes(a) {
		for _, g := range gold {
			if c == g {
				fits = true
				named = named || c != ""
			}
		}
	}
	return fits, named
}

// newsMismatches lists why event e is not compatible with gold item g; none means compatible.
func newsMismatches(e *annals.Event, g *newsGold) []string {
	var why []string
	srcFits, srcNamed := sideFits(e.Source, g.Source)
	tgtFits, tgtNamed := sideFits(e.Target, g.Target)
	if !srcFits {
		why = append(why, fmt.Sprintf("source %s not in [%s]", codeList(actorCodes(e.Source)), codeList(g.Source)))
	}
	if !tgtFits {
		why = append(why, fmt.Sprintf("target %s not in [%s]", codeList(actorCodes(e.Target)), codeList(g.Target)))
	}
	if srcFits && tgtFits && !srcNamed && !tgtNamed {
		why = append(why, "no named actor")
	}
	if root := e.CAMEO[:min(2, len(e.CAMEO))]; !contains(g.Roots, root) {
		why = append(why, fmt.Sprintf("root %s not in [%s]", root, strings.Join(g.Roots, " ")))
	}
	if len(g.Status) > 0 && !contains(g.Status, string(e.Status)) {
		why = append(why, fmt.Sprintf("status %s not in [%s]", e.Status, strings.Join(g.Status, " ")))
	}
	if !evidenceFits(e.Evidence, g.Evidence) {
		why = append(why, "other sentence")
	}
	return why
}

func evidenceFits(sentence string, phrases []string) bool {
	s := normalizeEvidence(sentence)
	for _, p := range phrases {
		if strings.Contains(s, normalizeEvidence(p)) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// assignNews matches predictions to gold items one to one (compat[p][g]) and returns the
// item of each prediction, or -1. It is a maximum bipartite matching by augmenting paths,
// with the required items tried before the optional ones: an augmenting path never leaves a
// matched item unmatched, so as many required items are matched as can be, and then as many
// optional ones as the remaining predictions allow.
func assignNews(compat [][]bool, required []bool) []int {
	itemOf := make([]int, len(compat))
	for p := range itemOf {
		itemOf[p] = -1
	}
	var seen []bool
	var augment func(g int) bool
	augment = func(g int) bool {
		for p := range compat {
			if !compat[p][g] || seen[p] {
				continue
			}
			seen[p] = true
			if itemOf[p] < 0 || augment(itemOf[p]) {
				itemOf[p] = g
				return true
			}
		}
		return false
	}
	for _, wantRequired := range []bool{true, false} {
		for g, req := range required {
			if req == wantRequired {
				seen = make([]bool, len(compat))
				augment(g)
			}
		}
	}
	return itemOf
}

// The labels of a prediction in the misses report, and of a gold item no prediction took.
const (
	newsHit           = "hit"
	newsOptional      = "optional"
	newsDuplicate     = "duplicate"
	newsFalsePositive = "false-positive"
	newsMissed        = "missed"
)

// newsArticle is one page's predictions scored against its gold items.
type newsArticle struct {
	id      string
	article *annals.Article // nil when ingest rejected the page
	events  []annals.Event
	golds   []newsGold
	why     [][][]string // why[p][g]: why prediction p does not fit item g; empty = compatible
	itemOf  []int        // the item assigned to each prediction, or -1
	labels  []string     // the label of each prediction
}

func scoreNewsArticle(id string, a *annals.Article, events []annals.Event, golds []newsGold) *newsArticle {
	s := &newsArticle{id: id, article: a, events: events, golds: golds, why: make([][][]string, len(events))}
	compat := make([][]bool, len(events))
	for p := range events {
		s.why[p] = make([][]string, len(golds))
		compat[p] = make([]bool, len(golds))
		for g := range golds {
			s.why[p][g] = newsMismatches(&events[p], &golds[g])
			compat[p][g] = len(s.why[p][g]) == 0
		}
	}
	required := make([]bool, len(golds))
	for g := range golds {
		required[g] = golds[g].Required
	}
	s.itemOf = assignNews(compat, required)
	s.labels = make([]string, len(events))
	for p, g := range s.itemOf {
		switch {
		case g >= 0 && golds[g].Required:
			s.labels[p] = newsHit
		case g >= 0:
			s.labels[p] = newsOptional
		case containsTrue(compat[p]):
			s.labels[p] = newsDuplicate
		default:
			s.labels[p] = newsFalsePositive
		}
	}
	return s
}

func containsTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// eventConfidence reads Event.Confidence through reflection, so that this scorer builds both
// before and after annals.Event gains that field; ok is false while it does not exist.
func eventConfidence(e *annals.Event) (value float64, ok bool) {
	f := reflect.ValueOf(e).Elem().FieldByName("Confidence")
	if !f.IsValid() || !f.CanFloat() {
		return 0, false
	}
	return f.Float(), true
}

// eventCountries are where the event happened, as loc_country is compared: the location's
// country, else the territory.
func eventCountries(e *annals.Event) []string {
	var out []string
	if e.Location != nil && e.Location.Country != "" {
		out = append(out, e.Location.Country)
	}
	if e.Territory != "" && !contains(out, e.Territory) {
		out = append(out, e.Territory)
	}
	return out
}

// newsTally counts the figures of one run over all pages.
type newsTally struct {
	pages, required, requiredHit                       int
	predictions, compatible, duplicates, falsePositive int
	dated, dateOK, located, locOK                      int
	bands                                              confidenceBands // also the confidence >= 0.8 figures
	referencePages, outsideBody, outsideBodyHeadline   int
}

// add counts one page; body is its normalised hand-marked body when hasBody.
func (t *newsTally) add(s *newsArticle, body string, hasBody bool) {
	t.pages++
	for _, g := range s.golds {
		if g.Required {
			t.required++
		}
	}
	for p := range s.events {
		e, label := &s.events[p], s.labels[p]
		t.predictions++
		switch label {
		case newsDuplicate:
			t.duplicates++
		case newsFalsePositive:
			t.falsePositive++
		}
		if label != newsFalsePositive {
			t.compatible++
		}
		t.bands.add(e, label != newsFalsePositive)
		if g := s.itemOf[p]; g >= 0 {
			t.matched(e, &s.golds[g])
		}
	}
	if hasBody {
		t.checkBody(s, body)
	}
}

// matched counts the date and place of a prediction assigned to gold item g: dates over the
// required items, places over all matched items, as the README defines date_ok and loc_ok.
func (t *newsTally) matched(e *annals.Event, g *newsGold) {
	if g.Required {
		t.requiredHit++
		if g.Date != "" {
			t.dated++
			if e.Date == g.Date {
				t.dateOK++
			}
		}
	}
	if g.LocCountry != "" {
		t.located++
		if contains(eventCountries(e), g.LocCountry) {
			t.locOK++
		}
	}
}

// checkBody counts the events whose evidence sentence lies outside the page's hand-marked
// body: text from menus, captions or related links that extraction let through. Headline
// sentences are counted apart as well, since those bodies leave the headline out while the
// gold codes it.
func (t *newsTally) checkBody(s *newsArticle, body string) {
	t.referencePages++
	title := ""
	if s.article != nil {
		title = normalizeEvidence(s.article.Title)
	}
	for _, e := range s.events {
		sentence := normalizeEvidence(e.Evidence)
		if strings.Contains(body, sentence) {
			continue
		}
		t.outsideBody++
		if title != "" && (strings.Contains(title, sentence) || strings.Contains(sentence, title)) {
			t.outsideBodyHeadline++
		}
	}
}

func newsF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// metrics names the figures of the run prefix+".…". The confidence figures appear only when
// events carry a confidence.
func (t *newsTally) metrics(prefix string) []Metric {
	p, r := fraction(t.compatible, t.predictions), fraction(t.requiredHit, t.required)
	ms := []Metric{
		{prefix + ".precision", p},
		{prefix + ".recall", r},
		{prefix + ".f1", newsF1(p, r)},
		{prefix + ".date_ok", fraction(t.dateOK, t.dated)},
		{prefix + ".loc_ok", fraction(t.locOK, t.located)},
		{prefix + ".fp_per_article", fraction(t.falsePositive, t.pages)},
		{prefix + ".duplicates_per_article", fraction(t.duplicates, t.pages)},
	}
	ms = append(ms, t.bands.metrics(prefix)...)
	return append(ms, Metric{prefix + ".evidence_outside_body", float64(t.outsideBody)},
		Metric{prefix + ".reference_pages", float64(t.referencePages)})
}

// newsData is what the scorer reads from the bench folder.
type newsData struct {
	dir    string // bench/news
	pages  []newsPage
	gold   map[string][]newsGold // by page id
	bodies map[string]string     // normalised hand-marked bodies, by page id
}

func readNewsData(bench string) (*newsData, error) {
	d := &newsData{dir: filepath.Join(bench, "news"), gold: map[string][]newsGold{}}
	var err error
	if d.pages, err = readNewsPages(filepath.Join(d.dir, "pages-dev.tsv")); err != nil {
		return nil, err
	}
	golds, err := readJSONL[newsGold](filepath.Join(d.dir, "gold-dev.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, g := range golds {
		d.gold[g.Article] = append(d.gold[g.Article], g)
	}
	d.bodies, err = readReferenceBodies(filepath.Join(bench, "pages", "ground-truth.json"), d.pages)
	return d, err
}

// readNewsPage reads one HTML page the way `annals code page.html` does; the article is nil
// when ingest rejected the page.
func readNewsPage(ctx context.Context, file string, opts ingest.Options) (*annals.Article, []ingest.Problem, error) {
	var got *annals.Article
	problems, err := ingest.ReadFiles(ctx, []string{file}, nil, opts, func(a annals.Article) error {
		got = &a
		return nil
	})
	return got, problems, err
}

// newsRun codes every page, given the publication date of pages-dev.tsv when withDates, and
// scores it. A page ingest rejects is scored with no predictions.
func newsRun(ctx context.Context, d *newsData, code Coder, withDates bool) (*newsTally, []*newsArticle, []ingest.Problem, error) {
	t := &newsTally{}
	var scored []*newsArticle
	var problems []ingest.Problem
	for _, p := range d.pages {
		var opts ingest.Options
		if withDates {
			day, err := time.Parse("2006-01-02", p.Published)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("pages-dev.tsv: %s: published %q: want YYYY-MM-DD", p.ID, p.Published)
			}
			opts.Published = day
		}
		a, ps, err := readNewsPage(ctx, filepath.Join(d.dir, "pages", p.ID+".html"), opts)
		if err != nil {
			return nil, nil, nil, err
		}
		problems = append(problems, ps...)
		var events []annals.Event
		if a != nil {
			events = code(a)
		}
		s := scoreNewsArticle(p.ID, a, events, d.gold[p.ID])
		body, hasBody := d.bodies[p.ID]
		t.add(s, body, hasBody)
		scored = append(scored, s)
	}
	return t, scored, problems, nil
}

// News scores the coder on the hand-coded news pages of bench/news as its README's "How to
// score" says: every page read from its HTML through ingest, as `annals code page.html`
// reads it, once with no publication date (the page must supply it; metrics news.*) and once
// with the date of pages-dev.tsv (news_published.*). When misses is not nil, every
// prediction and every missed required item is written to it (see writeNewsReport).
func News(ctx context.Context, bench string, code Coder, w, misses io.Writer) ([]Metric, error) {
	d, err := readNewsData(bench)
	if err != nil {
		return nil, err
	}
	items, required := 0, 0
	for _, gs := range d.gold {
		for _, g := range gs {
			items++
			if g.Required {
				required++
			}
		}
	}
	if misses != nil {
		fmt.Fprintln(misses, newsReportHeader)
	}
	var all []Metric
	for _, run := range []struct {
		prefix, title string
		withDates     bool
	}{
		{"news", "no publication date given (the page supplies it)", false},
		{"news_published", "--published from pages-dev.tsv", true},
	} {
		t, scored, problems, err := newsRun(ctx, d, code, run.withDates)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(w, "News pages (%s): %d pages, %d gold items (%d required); %s\n", d.dir, len(d.pages), items, required, run.title)
		for _, p := range problems {
			fmt.Fprintf(w, "  rejected, scored with no predictions: %v\n", p)
		}
		t.print(w, scored)
		for _, s := range scored {
			if misses != nil {
				writeNewsReport(misses, run.prefix, s)
			}
		}
		all = append(all, t.metrics(run.prefix)...)
	}
	return all, nil
}
