package actor_test

import (
	"testing"
	"time"

	"github.com/annals-org/annals/actor"
)

// TestPeople checks how named people are coded from the words around their names, on
// sentences written for this test: apposition, a role before the name, later surnames, and
// namesakes of the leaders file.
func TestPeople(t *testing.T) {
	an, d := load(t)
	finder := actor.NewFinder(d, an.Lexicon())
	day := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	type coded struct{ Text, Code string }
	tests := []struct {
		name, in string
		want     []coded
	}{
		{
			name: "a title in apposition gives the person a country and role, and the surname keeps them",
			in:   "Jane Doe, the Canadian trade envoy, met Chinese officials. Doe said the talks went well.",
			want: []coded{{"Jane Doe, the Canadian trade envoy", "CANGOV"}, {"Chinese officials", "CHNGOV"}, {"Doe", "CANGOV"}},
		},
		{
			name: "a role with an indefinite article in apposition",
			in:   "John Musa, a police officer, said the men were charged. Musa added that more arrests would follow.",
			want: []coded{{"John Musa, a police officer", "COP"}, {"men", "CVL"}, {"Musa", "COP"}},
		},
		{
			name: "a title before the name; the surname opens the next sentence",
			in:   "Canadian trade envoy Jane Doe met Chinese officials. Doe said the talks went well.",
			want: []coded{{"Canadian trade envoy Jane Doe", "CANGOV"}, {"Chinese officials", "CHNGOV"}, {"Doe", "CANGOV"}},
		},
		{
			name: "a role noun before the name",
			in:   "Police officer John Musa said the men were charged. Musa added that more arrests would follow.",
			want: []coded{{"Police officer John Musa", "COP"}, {"men", "CVL"}, {"Musa", "COP"}},
		},
		{
			name: "a title and a full name that is not the namesake leader's",
			in:   "Mayor Jane Doe opened the bridge.",
			want: []coded{{"Mayor Jane Doe", "GOV"}},
		},
		{
			name: "a given name before a leader's surname, out of office: someone else, later too",
			in:   "John Musa said the men were charged. Musa added that more arrests would follow.",
			want: []coded{{"John Musa", "CVL"}, {"men", "CVL"}, {"Musa", "CVL"}},
		},
		{
			name: "a leader's surname used as a given name",
			in:   "Jonathan Brown said the vote was fair.",
			want: nil,
		},
		{
			name: "a weekday after the name is not part of it",
			in:   "Governor Ann Fulton Thursday called for calm.",
			want: []coded{{"Governor Ann Fulton", "GOV"}},
		},
		{
			name: "a title word after a given name is a surname",
			in:   "Kevin King, an American teacher, was freed on Tuesday.",
			want: []coded{{"Kevin King, an American teacher", "USAEDU"}},
		},
		{
			name: "the surname alone later is the same person, not a title",
			in:   "Kevin King, an American teacher, was freed. King thanked his family.",
			want: []coded{{"Kevin King, an American teacher", "USAEDU"}, {"King", "USAEDU"}, {"family", "CVL"}},
		},
		{
			name: "abbreviations of territories",
			in:   "BVI Premier Ann Fulton met NZ officials.",
			want: []coded{{"BVI Premier Ann Fulton", "VGBGOV"}, {"NZ officials", "NZLGOV"}},
		},
		{
			name: "a country word before a person named earlier without one",
			in:   "Governor Ann Fulton called for calm. Canadian Governor Ann Fulton spoke again. Fulton left.",
			want: []coded{{"Governor Ann Fulton", "GOV"}, {"Canadian Governor Ann Fulton", "CANGOV"}, {"Fulton", "CANGOV"}},
		},
		{
			name: "a title after a country word stays a title",
			in:   "Jordanian King Abdullah met the envoy.",
			want: []coded{{"Jordanian King Abdullah", "JORGOV"}, {"envoy", "GOV"}},
		},
		{
			name: "a capitalised ordinary word before a title is part of the title",
			in:   "Trade and Investment Minister Ann Fulton said the talks went well.",
			want: []coded{{"Minister Ann Fulton", "GOV"}},
		},
		{
			name: "a leader out of office holds the office the text gives",
			in:   "Opposition leader Raila Odinga addressed supporters. Odinga said the vote was rigged.",
			want: []coded{{"Opposition leader Raila Odinga", "KENOPP"}, {"Odinga", "KENOPP"}},
		},
		{
			name: "an honorific is no given name",
			in:   "Mr Putin said the talks went well.",
			want: []coded{{"Putin", "RUSGOV"}},
		},
		{
			name: "a place and a body in apposition are no person",
			in:   "Near Paletwa Township, Myanmar military and rebels clashed.",
			want: []coded{{"Myanmar military", "MMRMIL"}, {"rebels", "MMRREB"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Analyze(tt.in)
			var got []coded
			for _, m := range finder.Find(doc, day) {
				got = append(got, coded{doc.Text[m.Start:m.End], m.Code})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %v", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Find(%q) = %v, want %v", tt.in, got, tt.want)
					break
				}
			}
		})
	}
}
