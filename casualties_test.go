package annals

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCasualtiesOf(t *testing.T) {
	n := func(v int) *int { return &v }
	q := func(text string, v float64, unit string) Quantity { return Quantity{Text: text, Value: v, Unit: unit} }
	tests := []struct {
		name string
		qs   []Quantity
		want *Casualties
	}{
		{"none", nil, &Casualties{}},
		{"not casualties", []Quantity{q("300 troops", 300, "troops")}, &Casualties{}},
		// "Gunmen killed 3 guards and wounded 5 others; 2 more died in hospital."
		{"summed over clauses", []Quantity{q("3 guards", 3, "killed"), q("5 others", 5, "injured"), q("2", 2, "killed")},
			&Casualties{Killed: n(5), Injured: n(5)}},
		// "Four fishermen were abducted and two are missing."
		{"missing", []Quantity{q("Four fishermen", 4, "abducted"), q("two", 2, "missing")}, &Casualties{Missing: n(6)}},
		// "Dozens of villagers were wounded."
		{"vague", []Quantity{q("Dozens of villagers", 24, "injured")}, &Casualties{Injured: n(24), Approximate: true}},
		// "Hundreds died in the floods after 12 were killed."
		{"vague and exact", []Quantity{q("Hundreds", 200, "killed"), q("12", 12, "killed")}, &Casualties{Killed: n(212), Approximate: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, CasualtiesOf(tt.qs)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
