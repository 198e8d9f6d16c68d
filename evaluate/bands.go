package evaluate

import (
	"fmt"
	"io"
	"strings"

	"github.com/annals-org/annals"
)

// confidenceBands counts, per band of Event.Confidence, the events scored and the right ones,
// so that each corpus shows whether a confidence means the same share of right events there
// as on the news pages it was first set on (CONTRACT.md: at or above 0.8, at least 9 in 10).
// The bands are fifths of [0, 1]; the last one, [0.8, 1], is the one the contract promises.
type confidenceBands struct {
	has          bool // events carry a confidence
	right, total [len(bandFloors)]int
}

// bandFloors are the lowest confidence of each band.
var bandFloors = [...]float64{0, 0.2, 0.4, 0.6, 0.8}

// add counts one scored event.
func (b *confidenceBands) add(e *annals.Event, right bool) {
	c, ok := eventConfidence(e)
	if !ok {
		return
	}
	b.has = true
	i := len(bandFloors) - 1
	for i > 0 && c < bandFloors[i] {
		i--
	}
	b.total[i]++
	if right {
		b.right[i]++
	}
}

// print writes one line: each band's precision with its counts, what counts as right named by
// what.
func (b *confidenceBands) print(w io.Writer, what string) {
	if !b.has {
		return
	}
	parts := make([]string, 0, len(bandFloors))
	for i, lo := range bandFloors {
		hi := 1.0
		if i+1 < len(bandFloors) {
			hi = bandFloors[i+1]
		}
		if b.total[i] == 0 {
			parts = append(parts, fmt.Sprintf("[%.1f,%.1f) -", lo, hi))
			continue
		}
		parts = append(parts, fmt.Sprintf("[%.1f,%.1f) %.3f (%d/%d)", lo, hi, fraction(b.right[i], b.total[i]), b.right[i], b.total[i]))
	}
	parts[len(parts)-1] = strings.Replace(parts[len(parts)-1], "1.0)", "1.0]", 1)
	fmt.Fprintf(w, "  precision by confidence band (%s): %s\n", what, strings.Join(parts, ", "))
}

// top is the right events and all the events of the band the contract promises, [0.8, 1].
func (b *confidenceBands) top() (right, total int) {
	last := len(bandFloors) - 1
	return b.right[last], b.total[last]
}

// metrics names the share right at confidence >= 0.8 and the events there, prefix+".…"; none
// when events carry no confidence.
func (b *confidenceBands) metrics(prefix string) []Metric {
	if !b.has {
		return nil
	}
	right, total := b.top()
	return []Metric{{prefix + ".precision_conf80", fraction(right, total)},
		{prefix + ".conf80_events", float64(total)}}
}
