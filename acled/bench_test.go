package acled

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
)

// BenchmarkTypeReport types a report of three events: a protest, the police response and
// an unrelated clash, the cost package acled adds to an article.
func BenchmarkTypeReport(b *testing.B) {
	ty, err := Load(dict.FS, rankCues(b))
	if err != nil {
		b.Fatal(err)
	}
	police := &annals.Actor{Text: "riot police", Code: "XYZCOP", Country: "XYZ"}
	crowd := &annals.Actor{Text: "hundreds of protesters", Code: "CVL"}
	events := []annals.Event{
		{CAMEO: "141", Source: crowd, Territory: "XYZ", Evidence: "Hundreds of protesters marched on the town hall on Monday to demand the mayor's resignation."},
		{CAMEO: "175", Source: police, Target: crowd, Territory: "XYZ", Evidence: "Riot police fired tear gas and rubber bullets to disperse the protesters outside the town hall."},
		{CAMEO: "193", Territory: "XYZ", Evidence: "Elsewhere, soldiers fought rebels with heavy machine guns near the border.",
			Quantities: []annals.Quantity{{Text: "two rebels", Value: 2, Unit: "killed"}}},
	}
	b.ReportAllocs()
	for b.Loop() {
		ty.TypeReport(events)
	}
}
