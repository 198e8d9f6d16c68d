package evaluate

import (
	"fmt"
	"io"
	"strings"

	"github.com/annals-org/annals"
)

// writeMiss writes one wrongly coded item of an event corpus to misses (nil: none wanted):
// corpus, id, gold label, predicted label and the item's text on one line, tabs and line
// breaks in the text turned to spaces.
func writeMiss(misses io.Writer, corpus, id, gold, pred, text string) {
	if misses == nil {
		return
	}
	flat := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(text)
	fmt.Fprintf(misses, "%s\t%s\t%s\t%s\t%s\n", corpus, id, gold, pred, flat)
}

// fieldLabel lists the acled field of each event that has one, as "code: type / sub-event
// type", the main event (rank 1) first as coded; "none" when no event has one.
func fieldLabel(events []annals.Event) string {
	var parts []string
	for _, e := range events {
		if e.ACLED != nil {
			parts = append(parts, fmt.Sprintf("%s r%d: %s / %s", e.CAMEO, e.Rank, e.ACLED.EventType, e.ACLED.SubEventType))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "; ")
}

// ploverLabels lists the PLOVER types of the events, with their CAMEO codes; "none" when
// no event has one.
func ploverLabels(events []annals.Event) string {
	var parts []string
	for _, e := range events {
		if e.PLOVER != "" {
			parts = append(parts, e.CAMEO+" "+e.PLOVER)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "; ")
}
