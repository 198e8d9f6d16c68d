package evaluate

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/annals-org/annals/timex"
)

// TimeFinder finds the time expressions of a text written on dct (zero when unknown).
type TimeFinder func(text string, dct time.Time) []timex.Timex

// TimeDoc is one TimeML document: its text (the TEXT element without tags), its creation
// date and its gold time expressions, with byte offsets into the text.
type TimeDoc struct {
	Name string
	Text string
	DCT  time.Time
	Gold []timex.Timex
}

// ReadTimeML reads a TimeML document: the DCT, the text of TEXT with tags removed and
// entities decoded, and every TIMEX3 inside TEXT.
func ReadTimeML(name string, r io.Reader) (*TimeDoc, error) {
	doc := &TimeDoc{Name: name}
	dec := xml.NewDecoder(r)
	var text bytes.Buffer
	var inText, inDCT bool
	var open *timex.Timex
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TEXT":
				inText = true
			case t.Name.Local == "DCT":
				inDCT = true
			case t.Name.Local == "TIMEX3" && inDCT && doc.DCT.IsZero():
				v := tmlAttr(t, "value")
				if len(v) > 10 {
					v = v[:10]
				}
				doc.DCT, _ = time.Parse("2006-01-02", v)
			case t.Name.Local == "TIMEX3" && inText:
				open = &timex.Timex{Start: text.Len(), Type: tmlAttr(t, "type"), Value: tmlAttr(t, "value"), Mod: tmlAttr(t, "mod")}
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "TEXT":
				inText = false
			case t.Name.Local == "DCT":
				inDCT = false
			case t.Name.Local == "TIMEX3" && open != nil:
				open.End = text.Len()
				doc.Gold = append(doc.Gold, *open)
				open = nil
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		g := &doc.Gold[i]
		g.Text = doc.Text[g.Start:g.End]
	}
	return doc, nil
}

func tmlAttr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// readTimeDocs reads every .tml file under dir, in name order.
func readTimeDocs(dir string) ([]*TimeDoc, error) {
	var docs []*TimeDoc
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := ReadTimeML(path, f)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	return docs, err
}

// timeScore counts the TempEval-3 measures over a set of documents.
type timeScore struct {
	gold, pred, strictGold, strictPred, relaxedGold, relaxedPred int
	matched, typeOK, valueOK                                     int
	byType                                                       map[string]*typeCount
	byKind                                                       map[string]*typeCount
	missed, wrong, spurious                                      map[string]int
}

type typeCount struct{ gold, found, valueOK, pred, predOK int }

func newTimeScore() *timeScore {
	return &timeScore{byType: map[string]*typeCount{}, byKind: map[string]*typeCount{},
		missed: map[string]int{}, wrong: map[string]int{}, spurious: map[string]int{}}
}

func (s *timeScore) count(m map[string]*typeCount, k string) *typeCount {
	c := m[k]
	if c == nil {
		c = &typeCount{}
		m[k] = c
	}
	return c
}

func spansOverlap(a, b timex.Timex) bool { return a.Start < b.End && b.Start < a.End }

// add scores the predictions of one document.
func (s *timeScore) add(doc *TimeDoc, pred []timex.Timex) {
	s.gold += len(doc.Gold)
	s.pred += len(pred)
	used := make([]bool, len(pred))
	for _, g := range doc.Gold {
		tc, kc := s.count(s.byType, g.Type), s.count(s.byKind, timexKind(g))
		tc.gold++
		kc.gold++
		best := -1
		for i, p := range pred {
			if p.Start == g.Start && p.End == g.End {
				s.strictGold++
				best = i
				break
			}
			if spansOverlap(p, g) && best < 0 && !used[i] {
				best = i
			}
		}
		if best < 0 {
			s.missed[strings.ToLower(g.Text)+"  ->  "+g.Value]++
			continue
		}
		for _, p := range pred {
			if spansOverlap(p, g) {
				s.relaxedGold++
				break
			}
		}
		used[best] = true
		p := pred[best]
		s.matched++
		tc.found++
		kc.found++
		if p.Type == g.Type {
			s.typeOK++
		}
		if p.Value == g.Value {
			s.valueOK++
			tc.valueOK++
			kc.valueOK++
		} else {
			s.wrong[fmt.Sprintf("%s  gold %s  got %s", strings.ToLower(g.Text), g.Value, p.Value)]++
		}
	}
	for _, p := range pred {
		pc := s.count(s.byType, p.Type)
		pc.pred++
		strict, relaxed := false, false
		for _, g := range doc.Gold {
			relaxed = relaxed || spansOverlap(p, g)
			strict = strict || (p.Start == g.Start && p.End == g.End)
		}
		if strict {
			s.strictPred++
		}
		if relaxed {
			s.relaxedPred++
			pc.predOK++
		} else {
			s.spurious[strings.ToLower(p.Text)+"  ->  "+p.Value]++
		}
	}
}

// timexKind groups an expression by its form, for the table of weak spots.
func timexKind(t timex.Timex) string {
	low := strings.ToLower(t.Text)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	switch {
	case t.Type == "SET":
		return "set"
	case t.Type == "DURATION":
		return "duration"
	case strings.HasSuffix(t.Value, "_REF"):
		return "vague reference"
	case has("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
		return "weekday"
	case t.Type == "TIME":
		return "time of day"
	case has("quarter", "half", "fiscal", "period"):
		return "quarter or fiscal period"
	case has("ago", "earlier", "later", "last", "next", "this", "yesterday", "today", "tomorrow", "tonight", "previous", "following", "past", "coming"):
		return "relative"
	case has("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"):
		return "month or month-day"
	case strings.ContainsAny(low, "0123456789"):
		return "year, decade or numeric date"
	}
	return "other"
}

func timesRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func timesF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Times scores find on the TimeML documents under dir (the TimeBank and AQUAINT files of
// TempEval-3): strict and relaxed extent P/R/F1, type and value accuracy over the relaxed
// matches, and type and value F1 (relaxed F1 times the accuracy), as TempEval-3 reports them.
func Times(dir string, find TimeFinder, w io.Writer) ([]Metric, error) {
	docs, err := readTimeDocs(dir)
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no .tml files", dir)
	}
	s := newTimeScore()
	start := time.Now()
	for _, d := range docs {
		s.add(d, find(d.Text, d.DCT))
	}
	elapsed := time.Since(start)
	sp, sr := timesRatio(s.strictPred, s.pred), timesRatio(s.strictGold, s.gold)
	rp, rr := timesRatio(s.relaxedPred, s.pred), timesRatio(s.relaxedGold, s.gold)
	relaxed := timesF1(rp, rr)
	typeAcc, valueAcc := timesRatio(s.typeOK, s.matched), timesRatio(s.valueOK, s.matched)
	ms := []Metric{
		{"times.strict_f1", timesF1(sp, sr)},
		{"times.relaxed_f1", relaxed},
		{"times.type_f1", relaxed * typeAcc},
		{"times.value_f1", relaxed * valueAcc},
	}
	fmt.Fprintf(w, "TimeML time expressions (%s): %d documents, %d gold, %d found, in %v\n", dir, len(docs), s.gold, s.pred, elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "  strict   P %.3f  R %.3f  F1 %.3f\n", sp, sr, ms[0].Value)
	fmt.Fprintf(w, "  relaxed  P %.3f  R %.3f  F1 %.3f\n", rp, rr, relaxed)
	fmt.Fprintf(w, "  type accuracy %.3f (F1 %.3f), value accuracy %.3f (F1 %.3f) over %d relaxed matches\n",
		typeAcc, ms[2].Value, valueAcc, ms[3].Value, s.matched)
	s.report(w)
	return ms, nil
}

// report prints the per-type and per-kind tables and the commonest misses.
func (s *timeScore) report(w io.Writer) {
	fmt.Fprintf(w, "  %-26s %6s %8s %9s %6s %9s\n", "gold type", "gold", "recall", "value acc", "found", "precision")
	for _, t := range timesKeys(s.byType) {
		c := s.byType[t]
		fmt.Fprintf(w, "  %-26s %6d %8.3f %9.3f %6d %9.3f\n", t, c.gold, timesRatio(c.found, c.gold), timesRatio(c.valueOK, c.found), c.pred, timesRatio(c.predOK, c.pred))
	}
	kinds := timesKeys(s.byKind)
	sort.SliceStable(kinds, func(i, j int) bool {
		a, b := s.byKind[kinds[i]], s.byKind[kinds[j]]
		return timesRatio(a.valueOK, a.gold) < timesRatio(b.valueOK, b.gold)
	})
	fmt.Fprintf(w, "  %-26s %6s %8s %9s %12s\n", "kind (weakest first)", "gold", "recall", "value acc", "right/gold")
	for _, k := range kinds {
		c := s.byKind[k]
		fmt.Fprintf(w, "  %-26s %6d %8.3f %9.3f %12.3f\n", k, c.gold, timesRatio(c.found, c.gold), timesRatio(c.valueOK, c.found), timesRatio(c.valueOK, c.gold))
	}
	top := func(title string, m map[string]int, n int) {
		keys := timesKeys(m)
		sort.SliceStable(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
		fmt.Fprintf(w, "  %s (%d kinds):\n", title, len(keys))
		for i, k := range keys {
			if i == n {
				break
			}
			fmt.Fprintf(w, "    %3d  %s\n", m[k], k)
		}
	}
	top("most often missed", s.missed, 25)
	top("most often mis-normalised", s.wrong, 25)
	top("most often spurious", s.spurious, 15)
	fmt.Fprintln(w)
}

func timesKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
