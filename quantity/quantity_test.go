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
	Tally    bool
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
			name: "a victim named with a possessive after and",
			in:   "A rice farmer and his nephew were killed near the canal.",
			want: []found{{Text: "A rice farmer", Value: 1, Unit: "killed"}, {Text: "his nephew", Value: 1, Unit: "killed"}},
		},
		{
			name: "a noun the tagger reads as a verb",
			in:   "A robbery suspect was killed in the chase.",
			want: []found{{Text: "A robbery suspect", Value: 1, Unit: "killed"}},
		},
		{
			name: "a definite victim told first",
			in:   "Gunmen stopped the truck and shot the driver dead.",
			want: []found{{Text: "the driver", Value: 1, Unit: "killed"}},
		},
		{
			name: "a definite victim restates an earlier count",
			in:   "Bandits killed a trader on the road. The trader was buried on Monday. The trader died at once.",
			want: []found{{Text: "a trader", Value: 1, Unit: "killed"}},
		},
		{
			name: "a definite number restates an earlier count",
			in:   "The mortar round killed 3 herders. The three herders were buried the next day and the three herders were killed instantly, said the chief.",
			want: []found{{Text: "3 herders", Value: 3, Unit: "killed"}},
		},
		{
			name: "the couple is two",
			in:   "Masked men broke into the farmhouse and the elderly couple died of their wounds.",
			want: []found{{Sentence: 0, Text: "the elderly couple", Value: 2, Unit: "killed"}},
		},
		{
			name: "both is two",
			in:   "Two guards were shot at the gate. Both died in hospital.",
			want: []found{{Sentence: 1, Text: "Both", Value: 2, Unit: "killed"}},
		},
		{
			name: "a pronoun victim",
			in:   "A mob chased the thief and he was beaten to death.",
			want: []found{{Text: "he", Value: 1, Unit: "killed"}},
		},
		{
			name: "the soldiers: how many is not said",
			in:   "The soldiers were killed in the ambush.",
			want: nil,
		},
		{
			name: "the agent of a killing is no victim",
			in:   "An unknown gunman killed a shopkeeper in the market.",
			want: []found{{Text: "a shopkeeper", Value: 1, Unit: "killed"}},
		},
		{
			name: "agents with a number are no victims",
			in:   "Two gunmen shot dead a pastor outside the church.",
			want: []found{{Text: "a pastor", Value: 1, Unit: "killed"}},
		},
		{
			name: "the agent after by is no victim",
			in:   "Four miners were killed by an armed gang.",
			want: []found{{Text: "Four miners", Value: 4, Unit: "killed"}},
		},
		{
			name: "a number after a preposition counts no victims",
			in:   "Six villagers were killed over the weekend, across three raids lasting 2 days.",
			want: []found{{Text: "Six villagers", Value: 6, Unit: "killed"}},
		},
		{
			name: "the death of a victim",
			in:   "The brawl ended in the death of a young student.",
			want: []found{{Text: "a young student", Value: 1, Unit: "killed"}},
		},
		{
			name: "the killing of victims",
			in:   "Residents protested against the killing of 4 fishermen.",
			want: []found{{Text: "4 fishermen", Value: 4, Unit: "killed"}},
		},
		{
			name: "a body found",
			in:   "A teacher's body was found in the river.",
			want: []found{{Text: "A teacher", Value: 1, Unit: "killed"}},
		},
		{
			name: "the bodies of victims",
			in:   "Police recovered the bodies of 5 hunters in the forest.",
			want: []found{{Text: "5 hunters", Value: 5, Unit: "killed"}},
		},
		{
			name: "left dead, with a parenthesis and a coordination",
			in:   "The blast left 4 guards (one of them a cook) and 2 porters dead.",
			want: []found{{Text: "4 guards", Value: 4, Unit: "killed"}, {Text: "2 porters", Value: 2, Unit: "killed"}},
		},
		{
			name: "reported killed",
			in:   "12 rebels were reported killed in the fighting.",
			want: []found{{Text: "12 rebels", Value: 12, Unit: "killed"}},
		},
		{
			name: "found dead",
			in:   "Three hunters were found dead in the bush.",
			want: []found{{Text: "Three hunters", Value: 3, Unit: "killed"}},
		},
		{
			name: "a range counts its lower bound",
			in:   "Between 6 and 9 fishermen drowned, and 10-12 were injured.",
			want: []found{{Text: "6 and 9 fishermen", Value: 6, Unit: "killed"}, {Text: "10-12", Value: 10, Unit: "injured"}},
		},
		{
			name: "another source's figure is no count of its own",
			in:   "Soldiers killed 5 rebels. Other sources said 8 rebels were killed.",
			want: []found{{Text: "5 rebels", Value: 5, Unit: "killed"}},
		},
		{
			name: "a toll told noun first",
			in:   "The death toll rose to 14 on Friday. Total fatalities: 3.",
			want: []found{{Text: "death toll rose to 14", Value: 14, Unit: "killed", Tally: true}, {Sentence: 1, Text: "Total fatalities: 3", Value: 3, Unit: "killed", Tally: true}},
		},
		{
			name: "a vague toll stated as a number",
			in:   "Dozens of deaths were recorded as 30 by the clinic.",
			want: []found{{Text: "Dozens of deaths were recorded as 30", Value: 30, Unit: "killed", Tally: true}},
		},
		{
			name: "a toll counted after the number",
			in:   "The ambush left the convoy burning. 7 fatalities.",
			want: []found{{Sentence: 1, Text: "7 fatalities", Value: 7, Unit: "killed", Tally: true}},
		},
		{
			name: "a death noun whose number counts something else",
			in:   "Deaths in 3 villages were reported.",
			want: nil,
		},
		{
			name: "a thing after a determiner is no victim",
			in:   "A car bomb went off and the blast wounded a policeman.",
			want: []found{{Text: "a policeman", Value: 1, Unit: "injured"}},
		},
		{
			name: "an arrest after a determiner is no victim count",
			in:   "A suspect was arrested at dawn.",
			want: nil,
		},
		{
			name: "a qualifying phrase between the noun and its verb",
			in:   "A local leader of the farmers' union was stabbed to death. Two members from the youth wing (both students) were shot dead.",
			want: []found{{Text: "A local leader", Value: 1, Unit: "killed"}, {Sentence: 1, Text: "Two members", Value: 2, Unit: "killed"}},
		},
		{
			name: "a first verb joined to the killing",
			in:   "A trader was shot and killed at the market, and 2 herders were abducted and later killed.",
			want: []found{{Text: "A trader", Value: 1, Unit: "killed"}, {Text: "2 herders", Value: 2, Unit: "killed"}},
		},
		{
			name: "stabbed to death after the object",
			in:   "A neighbour stabbed an old farmer to death. The guards beat two thieves to death.",
			want: []found{{Text: "an old farmer", Value: 1, Unit: "killed"}, {Sentence: 1, Text: "two thieves", Value: 2, Unit: "killed"}},
		},
		{
			name: "a possessor is not the victim",
			in:   "Gunmen shot dead the council's deputy chief.",
			want: []found{{Text: "the council's deputy chief", Value: 1, Unit: "killed"}},
		},
		{
			name: "an acronym the tagger reads as a verb",
			in:   "The raid left 4 IS fighters dead.",
			want: []found{{Text: "4 IS fighters", Value: 4, Unit: "killed"}},
		},
		{
			name: "victims joined by as well as",
			in:   "5 miners as well as 2 guards were killed in the blast.",
			want: []found{{Text: "5 miners", Value: 5, Unit: "killed"}, {Text: "2 guards", Value: 2, Unit: "killed"}},
		},
		{
			name: "some of the victims named after including",
			in:   "The shelling killed 6 people, including 2 children and a nurse.",
			want: []found{{Text: "6 people", Value: 6, Unit: "killed"}},
		},
		{
			name: "a line of counts is a tally",
			in:   "Bandits raided the camp at night. 3 killed, 2 injured.",
			want: []found{{Sentence: 1, Text: "3", Value: 3, Unit: "killed", Tally: true}, {Sentence: 1, Text: "2", Value: 2, Unit: "injured"}},
		},
		{
			name: "a count in a clause is no tally",
			in:   "Bandits raided the camp and 3 were killed.",
			want: []found{{Text: "3", Value: 3, Unit: "killed"}},
		},
		{
			name: "a long noun phrase before the head",
			in:   "A 35-year-old displaced mother died in the blast.",
			want: []found{{Text: "A 35-year-old displaced mother", Value: 1, Unit: "killed"}},
		},
		{
			name: "a relative clause between the noun and its verb",
			in:   "A driver who had worked for the mayor for years was shot dead on Monday.",
			want: []found{{Text: "A driver", Value: 1, Unit: "killed"}},
		},
		{
			name: "a relative clause whose own be is no casualty",
			in:   "Two herders who villagers said were armed were killed by soldiers.",
			want: []found{{Text: "Two herders", Value: 2, Unit: "killed"}},
		},
		{
			name: "a relative clause with commas is read no further",
			in:   "Ten of the guards who worked the shift, the night on which the prisoner was found dead, were questioned.",
			want: []found{{Text: "the prisoner", Value: 1, Unit: "killed"}},
		},
		{
			name: "a participle before the noun",
			in:   "Two suspected smugglers were shot dead at the border.",
			want: []found{{Text: "Two suspected smugglers", Value: 2, Unit: "killed"}},
		},
		{
			name: "dead inside the noun phrase",
			in:   "Police found two dead fishermen on the shore. A dead woman was left near the road.",
			want: []found{{Text: "two dead fishermen", Value: 2, Unit: "killed"}, {Sentence: 1, Text: "A dead woman", Value: 1, Unit: "killed"}},
		},
		{
			name: "a family counts its members",
			in:   "The rocket killed a family of five in their home.",
			want: []found{{Text: "five", Value: 5, Unit: "killed"}},
		},
		{
			name: "verbs of killing",
			in:   "Militants assassinated a judge, and a mob lynched 2 thieves.",
			want: []found{{Text: "a judge", Value: 1, Unit: "killed"}, {Text: "2 thieves", Value: 2, Unit: "killed"}},
		},
		{
			name: "several victims is a vague count of 3",
			in:   "Several villagers were killed and several protesters marched.",
			want: []found{{Text: "Several villagers", Value: 3, Unit: "killed"}},
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
				got = append(got, found{Sentence: q.Sentence, Text: q.Text, Value: q.Value, Unit: q.Unit, Tally: q.Tally})
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// BenchmarkFind: the quantity stage on a paragraph of a conflict report.
func BenchmarkFind(b *testing.B) {
	doc := analyzer(b).Analyze("On 3 March, gunmen attacked a market in the north of the town, killing a trader and his son and wounding 12 people. " +
		"The police said the couple died at once. Other sources said 4 people were killed. Total fatalities: 2. " +
		"The army deployed 1,200 soldiers and a helicopter to the district, 30 km from the border.")
	b.ReportAllocs()
	for b.Loop() {
		quantity.Find(doc)
	}
}
