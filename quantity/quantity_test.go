package quantity_test

import (
	"sync"
	"testing"

	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/quantity"
	"github.com/annals-org/annals/text"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var (
	analyzerOnce sync.Once
	analyzerVal  *text.Analyzer
	analyzerErr  error
)

func analyzer(tb testing.TB) *text.Analyzer {
	tb.Helper()
	analyzerOnce.Do(func() {
		lx, err := text.LoadLexicon(dict.FS)
		if err != nil {
			analyzerErr = err
			return
		}
		analyzerVal = text.NewAnalyzer(lx)
	})
	if analyzerErr != nil {
		tb.Fatalf("LoadLexicon(dict.FS): %v", analyzerErr)
	}
	return analyzerVal
}

// found is the part of a Quantity the tests compare.
type found struct {
	Sentence int
	Text     string
	Value    float64
	Unit     string
}

func TestFind(t *testing.T) {
	an := analyzer(t)
	tests := []struct {
		name string
		in   string
		want []found
	}{
		{
			name: "killed and wounded in two clauses",
			in:   "Three guards were killed and 4 were wounded when the depot was raided.",
			want: []found{{Text: "Three guards", Value: 3, Unit: "killed"}, {Text: "4", Value: 4, Unit: "injured"}},
		},
		{
			name: "died and injured",
			in:   "One driver died and two passengers were injured in the ambush.",
			want: []found{{Text: "One driver", Value: 1, Unit: "killed"}, {Text: "two passengers", Value: 2, Unit: "injured"}},
		},
		{
			name: "a verb before the number still counts",
			in:   "The raid killed 5 herders.",
			want: []found{{Text: "5 herders", Value: 5, Unit: "killed"}},
		},
		{
			name: "one victim from an article",
			in:   "A mine went off on the track, killing a herder.",
			want: []found{{Text: "a herder", Value: 1, Unit: "killed"}},
		},
		{
			name: "one victim before the verb",
			in:   "An elderly farmer was wounded in the raid.",
			want: []found{{Text: "An elderly farmer", Value: 1, Unit: "injured"}},
		},
		{
			name: "a thing is not a victim",
			in:   "A grenade killed 3 shoppers.",
			want: []found{{Text: "3 shoppers", Value: 3, Unit: "killed"}},
		},
		{
			name: "compound noun",
			in:   "Two cattle herders were killed near the river.",
			want: []found{{Text: "Two cattle herders", Value: 2, Unit: "killed"}},
		},
		{
			name: "shot dead before the number",
			in:   "Masked men shot dead 2 guards at the gate.",
			want: []found{{Text: "2 guards", Value: 2, Unit: "killed"}},
		},
		{
			name: "shot to death",
			in:   "A taxi driver was shot to death near the depot.",
			want: []found{{Text: "A taxi driver", Value: 1, Unit: "killed"}},
		},
		{
			name: "beaten dead",
			in:   "Three thieves were beaten dead by a crowd.",
			want: []found{{Text: "Three thieves", Value: 3, Unit: "killed"}},
		},
		{
			name: "shot but not dead",
			in:   "Two guards were shot in the legs.",
			want: nil,
		},
		{
			name: "a tally without commas",
			in:   "2 killed 5 injured in the fight over the well.",
			want: []found{{Text: "2", Value: 2, Unit: "killed"}, {Text: "5", Value: 5, Unit: "injured"}},
		},
		{
			name: "missing",
			in:   "Four fishermen are still missing after the raid.",
			want: []found{{Text: "Four fishermen", Value: 4, Unit: "missing"}},
		},
		{
			name: "victims joined by and",
			in:   "Three guards and an attacker were killed at the gate.",
			want: []found{{Text: "Three guards", Value: 3, Unit: "killed"}, {Text: "an attacker", Value: 1, Unit: "killed"}},
		},
		{
			name: "troops",
			in:   "Azerbaijan moved 250 troops to the border.",
			want: []found{{Text: "250 troops", Value: 250, Unit: "troops"}},
		},
		{
			name: "adjective between the number and the noun",
			in:   "The army deployed 1,200 Russian soldiers.",
			want: []found{{Text: "1,200 Russian soldiers", Value: 1200, Unit: "troops"}},
		},
		{
			name: "kilometers",
			in:   "The column advanced 3.5 kilometers overnight.",
			want: []found{{Text: "3.5 kilometers", Value: 3.5, Unit: "km"}},
		},
		{
			name: "km",
			in:   "The column advanced 3.5 km overnight.",
			want: []found{{Text: "3.5 km", Value: 3.5, Unit: "km"}},
		},
		{
			name: "km written solid",
			in:   "The convoy stopped 5km from the town.",
			want: []found{{Text: "5km", Value: 5, Unit: "km"}},
		},
		{
			name: "miles are converted to km",
			in:   "Rebels advanced 10 miles.",
			want: []found{{Text: "10 miles", Value: 16.09344, Unit: "km"}},
		},
		{
			name: "casualty verb before the number",
			in:   "Shelling hit the village, killing 12 civilians.",
			want: []found{{Text: "12 civilians", Value: 12, Unit: "killed"}},
		},
		{
			name: "casualty verb before a bare number",
			in:   "The attack killed 12.",
			want: []found{{Text: "12", Value: 12, Unit: "killed"}},
		},
		{
			name: "passive verb after the noun",
			in:   "Police said 66 people were arrested.",
			want: []found{{Text: "66 people", Value: 66, Unit: "arrested"}},
		},
		{
			name: "number word and kidnapping",
			in:   "Three journalists were kidnapped.",
			want: []found{{Text: "Three journalists", Value: 3, Unit: "abducted"}},
		},
		{
			name: "thousands of protesters counts as 2000",
			in:   "Police dispersed thousands of protesters.",
			want: []found{{Text: "thousands of protesters", Value: 2000, Unit: "protesters"}},
		},
		{
			name: "thousands opening a sentence",
			in:   "Thousands of protesters marched in Yerevan.",
			want: []found{{Text: "Thousands of protesters", Value: 2000, Unit: "protesters"}},
		},
		{
			name: "dozens of injured",
			in:   "Dozens of people were injured.",
			want: []found{{Text: "Dozens of people", Value: 24, Unit: "injured"}},
		},
		{
			name: "refugees",
			in:   "More than 2,000 refugees crossed the border.",
			want: []found{{Text: "2,000 refugees", Value: 2000, Unit: "refugees"}},
		},
		{
			name: "dollars",
			in:   "The bank pledged $5 million in aid.",
			want: []found{{Text: "$5 million", Value: 5e6, Unit: "usd"}},
		},
		{
			name: "euros",
			in:   "The EU pledged 5 million euros.",
			want: []found{{Text: "5 million euros", Value: 5e6, Unit: "eur"}},
		},
		{
			name: "quantities in two sentences",
			in:   "Rebels seized the town. They kidnapped 4 engineers and killed 2 guards.",
			want: []found{
				{Sentence: 1, Text: "4 engineers", Value: 4, Unit: "abducted"},
				{Sentence: 1, Text: "2 guards", Value: 2, Unit: "killed"},
			},
		},
		{
			name: "years, ordinals, times and dates are not quantities",
			in:   "He was born in 1990. The 102nd Brigade left at 09:30 on 14/05/2021.",
			want: nil,
		},
		{
			name: "a number that counts nothing known",
			in:   "The brigade lost 4 tanks.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Analyze(tt.in)
			var got []found
			for _, q := range quantity.Find(doc) {
				if q.Start < 0 || q.Start >= q.End || q.End > len(doc.Text) || doc.Text[q.Start:q.End] != q.Text {
					t.Errorf("quantity %+v: Text is not text[Start:End]", q)
				}
				if q.Tok < 0 || q.Tok >= len(doc.Tokens) || doc.Tokens[q.Tok].Start < q.Start || doc.Tokens[q.Tok].End > q.End {
					t.Errorf("quantity %+v: Tok is not inside its text", q)
				}
				got = append(got, found{Sentence: q.Sentence, Text: q.Text, Value: q.Value, Unit: q.Unit})
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
