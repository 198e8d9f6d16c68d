package evaluate

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/annals-org/annals/ingest"
)

// shingleSize is the length of the word n-grams the article-extraction benchmark compares.
const shingleSize = 4

// PageScore is one page's shingle counts, normalised by their sum so that long pages weigh
// the same as short ones, as the benchmark's own scorer does.
type PageScore struct{ TP, FP, FN float64 }

// ScoreBody compares an extracted body with the reference body a person marked: each
// becomes a multiset of word 4-grams (words are runs of letters, digits and '_', as the
// benchmark's `\w+`; a text shorter than four words is one shorter shingle).
func ScoreBody(reference, extracted string) PageScore {
	ref, got := shingles(reference), shingles(extracted)
	var s PageScore
	for k, n := range ref {
		m := got[k]
		s.TP += float64(min(n, m))
		s.FN += float64(max(0, n-m))
	}
	for k, m := range got {
		s.FP += float64(max(0, m-ref[k]))
	}
	if sum := s.TP + s.FP + s.FN; sum > 0 {
		s.TP, s.FP, s.FN = s.TP/sum, s.FP/sum, s.FN/sum
	}
	return s
}

func shingles(text string) map[string]int {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
	out := map[string]int{}
	for i := 0; i < max(1, len(words)-shingleSize+1); i++ {
		if i >= len(words) {
			break
		}
		out[strings.Join(words[i:min(i+shingleSize, len(words))], "\x00")]++
	}
	return out
}

// BodyMetrics averages page scores as the benchmark does: precision over the pages that
// extracted something or had something to extract, recall over the pages with a reference
// or a miss, F1 from the two means.
func BodyMetrics(scores []PageScore) (precision, recall, f1 float64) {
	var np, nr int
	for _, s := range scores {
		if s.TP+s.FP > 0 {
			precision += ratio(s.TP, s.FP, s.FN, s.FP)
			np++
		}
		if s.TP+s.FN > 0 {
			recall += ratio(s.TP, s.FP, s.FN, s.FN)
			nr++
		}
	}
	if np > 0 {
		precision /= float64(np)
	}
	if nr > 0 {
		recall /= float64(nr)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}

// ratio is tp/(tp+wrong), with the benchmark's conventions for empty pages.
func ratio(tp, fp, fn, wrong float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && wrong == 0:
		return 0
	}
	return tp / (tp + wrong)
}

// Pages scores body extraction on bench/pages (181 real pages and the bodies a person
// marked) and, on the pages of bench/news that state their publication date, the share
// whose date the extractor finds. It writes a report to w; misses, when not nil, receives
// the pages scored worst.
func Pages(bench string, w, misses io.Writer) ([]Metric, error) {
	dir := filepath.Join(bench, "pages")
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "ground-truth.json"), err)
	}
	ids := slices.Sorted(maps.Keys(truth))
	scores := make([]PageScore, 0, len(ids))
	type worst struct {
		id    string
		f1    float64
		error string
	}
	var worsts []worst
	var elapsed time.Duration
	var bytesRead int
	for _, id := range ids {
		data, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		bytesRead += len(data)
		start := time.Now()
		page, msg := ingest.ExtractPage(data)
		elapsed += time.Since(start)
		s := ScoreBody(truth[id].ArticleBody, page.Body)
		scores = append(scores, s)
		_, _, f := BodyMetrics([]PageScore{s})
		worsts = append(worsts, worst{id, f, msg})
	}
	precision, recall, f1 := BodyMetrics(scores)
	fmt.Fprintf(w, "pages: %d pages, body precision %.3f, recall %.3f, F1 %.3f; %.1f pages/s (%.1f MB/s) on one core\n",
		len(ids), precision, recall, f1, float64(len(ids))/elapsed.Seconds(), float64(bytesRead)/1e6/elapsed.Seconds())
	if misses != nil {
		slices.SortFunc(worsts, func(a, b worst) int { return cmp.Compare(a.f1, b.f1) })
		for _, x := range worsts[:min(30, len(worsts))] {
			fmt.Fprintf(misses, "%s\t%.3f\t%s\n", x.id, x.f1, x.error)
		}
	}
	ms := []Metric{{"pages.body_precision", precision}, {"pages.body_recall", recall}, {"pages.body_f1", f1}}
	found, stated, err := pageDates(bench, w)
	if err != nil {
		return nil, err
	}
	if stated > 0 {
		ms = append(ms, Metric{"pages.date_found", float64(found) / float64(stated)})
	}
	return ms, nil
}

// pageDates counts the news pages that state a publication date (pages-dev.tsv) and those
// whose date the extractor finds, to the day.
func pageDates(bench string, w io.Writer) (found, stated int, err error) {
	dir := filepath.Join(bench, "news")
	f, err := os.Open(filepath.Join(dir, "pages-dev.tsv"))
	if os.IsNotExist(err) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if header || len(fields) < 6 || fields[5] == "" {
			header = false
			continue
		}
		stated++
		data, err := os.ReadFile(filepath.Join(dir, "pages", fields[0]+".html"))
		if err != nil {
			return 0, 0, err
		}
		page, _ := ingest.ExtractPage(data)
		if got := page.Published.UTC().Format(time.DateOnly); !page.Published.IsZero() && got == fields[5] {
			found++
		} else {
			fmt.Fprintf(w, "pages: %s: publication date %s, found %q\n", fields[0], fields[5], got)
		}
	}
	fmt.Fprintf(w, "pages: publication date found for %d of the %d news pages that state one\n", found, stated)
	return found, stated, sc.Err()
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return io.ReadAll(zr)
}
