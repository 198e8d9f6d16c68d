package evaluate

import (
	"fmt"
	"io"
	"strings"

	"github.com/annals-org/annals"
)

// print writes the run's table per page and its figures.
func (t *newsTally) print(w io.Writer, scored []*newsArticle) {
	fmt.Fprintf(w, "  %-28s %8s %4s %9s %10s %4s %4s\n", "page", "required", "hit", "predicted", "compatible", "dup", "FP")
	for _, s := range scored {
		counts := map[string]int{}
		required := 0
		for _, l := range s.labels {
			counts[l]++
		}
		for _, g := range s.golds {
			if g.Required {
				required++
			}
		}
		fmt.Fprintf(w, "  %-28s %8d %4d %9d %10d %4d %4d\n", s.id, required, counts[newsHit], len(s.events),
			len(s.events)-counts[newsFalsePositive], counts[newsDuplicate], counts[newsFalsePositive])
	}
	p, r := fraction(t.compatible, t.predictions), fraction(t.requiredHit, t.required)
	fmt.Fprintf(w, "  precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f\n", p, t.compatible, t.predictions, r, t.requiredHit, t.required, newsF1(p, r))
	fmt.Fprintf(w, "  date_ok %.3f (%d/%d matched required items with a gold date), loc_ok %.3f (%d/%d matched items with a gold country)\n",
		fraction(t.dateOK, t.dated), t.dateOK, t.dated, fraction(t.locOK, t.located), t.locOK, t.located)
	fmt.Fprintf(w, "  per page: %.2f false positives, %.2f duplicates\n", fraction(t.falsePositive, t.pages), fraction(t.duplicates, t.pages))
	right, confident := t.bands.top()
	switch {
	case t.bands.has && confident == 0:
		fmt.Fprintln(w, "  confidence >= 0.8: no event")
	case t.bands.has:
		fmt.Fprintf(w, "  confidence >= 0.8: precision %.3f (%d/%d)\n", fraction(right, confident), right, confident)
	default:
		fmt.Fprintln(w, "  confidence >= 0.8: events carry no confidence; skipped")
	}
	t.bands.print(w, "right: not a false positive")
	fmt.Fprintf(w, "  evidence outside the hand-marked body: %d events on %d pages with one (%d of them the headline, which those bodies leave out)\n\n",
		t.outsideBody, t.referencePages, t.outsideBodyHeadline)
}

// newsReportHeader names the columns of the misses report. For a missed item, source and
// target hold the gold lists, cameo the accepted roots and evidence the gold phrases.
const newsReportHeader = "run\tpage\tn\tlabel\tgold\tsource\ttarget\tcameo\tstatus\tdate\tcountry\tevidence\twhy"

// writeNewsReport writes one line per prediction of the page (n counts them from 1) and one
// per required item no prediction took, with why: for a false positive the nearest gold item
// and what kept it from matching, for a missed item the nearest prediction.
func writeNewsReport(w io.Writer, run string, s *newsArticle) {
	line := func(fields ...string) {
		for i, f := range fields {
			fields[i] = strings.Join(strings.Fields(f), " ")
		}
		fmt.Fprintln(w, strings.Join(fields, "\t"))
	}
	taken := map[int]int{} // item → prediction
	for p, g := range s.itemOf {
		if g >= 0 {
			taken[g] = p
		}
	}
	for p := range s.events {
		e := &s.events[p]
		gold, why := s.explain(p, taken)
		line(run, s.id, fmt.Sprint(p+1), s.labels[p], gold, actorLabel(e.Source), actorLabel(e.Target),
			e.CAMEO, string(e.Status), e.Date, strings.Join(eventCountries(e), "/"), e.Evidence, why)
	}
	for g, item := range s.golds {
		if _, ok := taken[g]; ok || !item.Required {
			continue
		}
		why := item.Note
		if p, reasons := nearest(len(s.events), func(p int) []string { return s.why[p][g] }); p >= 0 {
			why += fmt.Sprintf(" — nearest #%d (%s): %s", p+1, s.events[p].CAMEO, strings.Join(reasons, "; "))
		} else {
			why += " — no predictions on this page"
		}
		status := strings.Join(item.Status, "|")
		if status == "" {
			status = "any"
		}
		line(run, s.id, "-", newsMissed, item.ID, codeList(item.Source), codeList(item.Target),
			strings.Join(item.Roots, "|"), status, item.Date, item.LocCountry, strings.Join(item.Evidence, " | "), why)
	}
}

// explain gives the gold column and the why of prediction p.
func (s *newsArticle) explain(p int, taken map[int]int) (gold, why string) {
	e := &s.events[p]
	switch s.labels[p] {
	case newsHit, newsOptional:
		g := &s.golds[s.itemOf[p]]
		var notes []string
		if g.Required && g.Date != "" && e.Date != g.Date {
			notes = append(notes, fmt.Sprintf("date %s, gold %s", e.Date, g.Date))
		}
		if g.LocCountry != "" && !contains(eventCountries(e), g.LocCountry) {
			notes = append(notes, fmt.Sprintf("country %s, gold %s", strings.Join(eventCountries(e), "/"), g.LocCountry))
		}
		return g.ID, strings.Join(notes, "; ")
	case newsDuplicate:
		var ids, by []string
		for g := range s.golds {
			if len(s.why[p][g]) == 0 {
				ids = append(ids, s.golds[g].ID)
				by = append(by, fmt.Sprintf("#%d", taken[g]+1))
			}
		}
		return strings.Join(ids, ","), "taken by " + strings.Join(by, ",")
	}
	g, reasons := nearest(len(s.golds), func(g int) []string { return s.why[p][g] })
	if g < 0 {
		return "", "no gold items on this page"
	}
	return s.golds[g].ID, "nearest item: " + strings.Join(reasons, "; ")
}

// nearest returns the index i < n (of a prediction or of an item) with the fewest
// reasons(i), the first on a tie, and those reasons; -1 when n is 0.
func nearest(n int, reasons func(int) []string) (int, []string) {
	best, bestWhy := -1, []string(nil)
	for i := range n {
		if why := reasons(i); best < 0 || len(why) < len(bestWhy) {
			best, bestWhy = i, why
		}
	}
	return best, bestWhy
}

// actorLabel shows a predicted actor as its code, its country when the code does not open
// with it, and its text: "BOLMIL soldiers", "IGOUNO the UN"; "-" when missing.
func actorLabel(a *annals.Actor) string {
	if a == nil {
		return "-"
	}
	code := a.Code
	if a.Country != "" && !strings.HasPrefix(code, a.Country) {
		code += "(" + a.Country + ")"
	}
	return code + " " + a.Text
}

// codeList shows a list of actor codes, with "" (a missing side) as "none".
func codeList(codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		if out[i] = c; c == "" {
			out[i] = "none"
		}
	}
	return strings.Join(out, "|")
}
