package evaluate

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Confusion counts gold class against predicted class.
type Confusion struct {
	Classes []string // in display order; "none" is the class of no prediction
	Counts  map[[2]string]int
}

// NewConfusion returns an empty matrix over classes.
func NewConfusion(classes ...string) *Confusion {
	return &Confusion{Classes: classes, Counts: map[[2]string]int{}}
}

// Add counts one item.
func (c *Confusion) Add(gold, pred string) { c.Counts[[2]string{gold, pred}]++ }

// Scores are precision, recall and F1 of one class.
type Scores struct {
	Class                 string
	Support               int
	Precision, Recall, F1 float64
}

// PerClass returns the scores of each class except "none".
func (c *Confusion) PerClass() []Scores {
	var out []Scores
	for _, k := range c.Classes {
		if k == "none" {
			continue
		}
		tp := c.Counts[[2]string{k, k}]
		gold, pred := 0, 0
		for key, n := range c.Counts {
			if key[0] == k {
				gold += n
			}
			if key[1] == k {
				pred += n
			}
		}
		s := Scores{Class: k, Support: gold}
		if pred > 0 {
			s.Precision = float64(tp) / float64(pred)
		}
		if gold > 0 {
			s.Recall = float64(tp) / float64(gold)
		}
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		out = append(out, s)
	}
	return out
}

// Accuracy is the share of items whose prediction equals the gold class.
func (c *Confusion) Accuracy() float64 {
	total, right := 0, 0
	for key, n := range c.Counts {
		total += n
		if key[0] == key[1] {
			right += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(right) / float64(total)
}

// MacroF1 averages F1 over the classes with gold items.
func (c *Confusion) MacroF1() float64 {
	sum, n := 0.0, 0
	for _, s := range c.PerClass() {
		if s.Support == 0 {
			continue
		}
		sum += s.F1
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Print writes the per-class table and the matrix.
func (c *Confusion) Print(w io.Writer) {
	scores := c.PerClass()
	sort.SliceStable(scores, func(i, j int) bool { return scores[i].F1 < scores[j].F1 })
	fmt.Fprintf(w, "  %-30s %7s %9s %7s %7s\n", "class (weakest first)", "support", "precision", "recall", "F1")
	for _, s := range scores {
		fmt.Fprintf(w, "  %-30s %7d %9.3f %7.3f %7.3f\n", s.Class, s.Support, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintf(w, "\n  confusion (rows gold, columns predicted):\n  %-14s", "")
	for _, p := range c.Classes {
		fmt.Fprintf(w, " %6s", abbrev(p))
	}
	fmt.Fprintln(w)
	for _, g := range c.Classes {
		row := 0
		for _, p := range c.Classes {
			row += c.Counts[[2]string{g, p}]
		}
		if row == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-14s", abbrev(g))
		for _, p := range c.Classes {
			fmt.Fprintf(w, " %6d", c.Counts[[2]string{g, p}])
		}
		fmt.Fprintln(w)
	}
}

func abbrev(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

// WeightedF1 averages F1 over the classes, each weighted by its gold items (the CASE 2021
// shared task's figure).
func (c *Confusion) WeightedF1() float64 {
	sum, n := 0.0, 0
	for _, s := range c.PerClass() {
		sum += s.F1 * float64(s.Support)
		n += s.Support
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
