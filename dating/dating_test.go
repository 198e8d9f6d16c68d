package dating_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dating"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/text"
	"github.com/annals-org/annals/timex"
)

// TestDates dates events of sentences written for this test against a Friday publication.
func TestDates(t *testing.T) {
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	an := text.NewAnalyzer(lx)
	friday := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		text   string
		heads  []string // the word heading each event
		status annals.Status
		want   []string
	}{
		{"weekday in the clause", "On Wednesday, soldiers crossed the river.", []string{"crossed"}, annals.Asserted, []string{"2021-05-12"}},
		{"clause of its own", "After soldiers crossed the river, the minister on Friday asked for help.", []string{"crossed", "asked"}, annals.Asserted, []string{"2021-05-14", "2021-05-14"}},
		{"coordinated verbs share it", "The minister spoke to his counterpart on Thursday and urged calm.", []string{"spoke", "urged"}, annals.Asserted, []string{"2021-05-13", "2021-05-13"}},
		{"planned resolves forward", "Talks were scheduled for Saturday.", []string{"Talks"}, annals.Planned, []string{"2021-05-15"}},
		{"no expression: published", "Soldiers crossed the river.", []string{"crossed"}, annals.Asserted, []string{"2021-05-14"}},
		{"an aside opens no clause", "Around 11 May 2021 (as reported), gunmen burned a market in the town.", []string{"burned"}, annals.Asserted, []string{"2021-05-11"}},
		{"a bracketed range glosses the date before it", "Around 10 May 2021 (from 10 - 12 May), traders closed their shops in protest.", []string{"closed"}, annals.Asserted, []string{"2021-05-10"}},
		{"a bracketed alternative glosses it too", "On 6 May 2021 (or possibly on 7 May), soldiers burned a granary.", []string{"burned"}, annals.Asserted, []string{"2021-05-06"}},
		{"a bracket of its own is a date", "The council met (on 7 May 2021) and approved the budget.", []string{"met"}, annals.Asserted, []string{"2021-05-07"}},
		{"a later date is not a past event's", "On 11 May 2021, in the capital, hundreds of students and their teachers marched against fewer places next year.", []string{"marched"}, annals.Asserted, []string{"2021-05-11"}},
		{"nor a deadline after publication", "Officials extended the curfew until 20 May 2021.", []string{"extended"}, annals.Asserted, []string{"2021-05-14"}},
		{"a planned event keeps its later date", "Talks will resume on 20 May 2021.", []string{"resume"}, annals.Planned, []string{"2021-05-20"}},
		{"premodifier dates its noun only", "He said he invoked the 1997 treaty.", []string{"said"}, annals.Asserted, []string{"2021-05-14"}},
		// The auxiliaries of the event's own verb and a past form before a noun open no clause.
		{"passive auxiliary", "On 11 May 2021, residents said a trader was stabbed by two youths.", []string{"stabbed"}, annals.Asserted, []string{"2021-05-11"}},
		{"auxiliaries and adverb", "On 10 May 2021, officials reported that three herders had reportedly been abducted near the well.", []string{"abducted"}, annals.Asserted, []string{"2021-05-10"}},
		{"participle before a noun", "On 9 May 2021, the alleged smugglers were arrested at the border post.", []string{"arrested"}, annals.Asserted, []string{"2021-05-09"}},
		{"wounded as adjective", "On 12 May 2021, two wounded guards were flown to the capital.", []string{"flown"}, annals.Asserted, []string{"2021-05-12"}},
		// A dateline's date ("CITY, April 17 —") is the day the report was filed: it dates none
		// of its events, which take their own date expression or the publication date.
		{"dateline date, weekday in the clause", "OSH, May 14 — Border guards exchanged fire near the river on Wednesday night.", []string{"exchanged"}, annals.Asserted, []string{"2021-05-12"}},
		{"dateline date with agency", "OSH, May 14 (Reuters) - Border guards exchanged fire near the river on Wednesday.", []string{"exchanged"}, annals.Asserted, []string{"2021-05-12"}},
		{"dateline date only: published", "OSH, 13 May — Border guards exchanged fire near the river.", []string{"exchanged"}, annals.Asserted, []string{"2021-05-14"}},
		{"dateline without a date", "OSH — Border guards exchanged fire near the river on 11 May.", []string{"exchanged"}, annals.Asserted, []string{"2021-05-11"}},
		{"an opening date is no dateline", "On May 13, border guards exchanged fire near the river.", []string{"exchanged"}, annals.Asserted, []string{"2021-05-13"}},
	}
	for _, tc := range tests {
		doc := an.Analyze(tc.text)
		var events []dating.Event
		for _, h := range tc.heads {
			for i, tok := range doc.Tokens {
				if tok.Text == h {
					events = append(events, dating.Event{Sentence: 0, Head: i, Status: tc.status})
				}
			}
		}
		dates := dating.Dates(doc, events, timex.Find(tc.text, friday), friday)
		var got []string
		for _, d := range dates {
			got = append(got, d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: dates (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestHistorical(t *testing.T) {
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	src := "Last fall the two armies fought for six weeks."
	doc := text.NewAnalyzer(lx).Analyze(src)
	friday := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	head := 0
	for i, tok := range doc.Tokens {
		if tok.Text == "fought" {
			head = i
		}
	}
	d := dating.Dates(doc, []dating.Event{{Head: head, Status: annals.Asserted}}, timex.Find(src, friday), friday)[0]
	if d.Value != "2020-FA" || !d.Historical {
		t.Errorf("got %+v, want 2020-FA, historical", d)
	}
}

func TestLastDay(t *testing.T) {
	for v, want := range map[string]string{
		"2021-05-12": "2021-05-12", "2020-11": "2020-11-30", "2020": "2020-12-31",
		"2020-Q3": "2020-09-30", "2020-FA": "2020-12-20", "2021-W19": "2021-05-16",
	} {
		got, ok := dating.LastDay(v)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("LastDay(%q) = %v, %v; want %s", v, got, ok, want)
		}
	}
	if _, ok := dating.LastDay("PAST_REF"); ok {
		t.Errorf("LastDay(PAST_REF) should not place it")
	}
}

// TestGoverningDate dates events of reports whose opening date governs the later clauses and
// sentences until another date intervenes, against a Friday publication. Each head word is
// looked up from the start of the text, so no head may repeat a word before it.
func TestGoverningDate(t *testing.T) {
	lx, err := text.LoadLexicon(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	an := text.NewAnalyzer(lx)
	friday := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		text  string
		heads []string
		want  []string
	}{
		{"next sentence", "On 10 May 2021, heavy rain fell on the hills. A herder was killed.",
			[]string{"killed"}, []string{"2021-05-10"}},
		{"through an aside", "Around 9 May 2021 (as reported), the village was quiet. Police later arrested two suspects.",
			[]string{"arrested"}, []string{"2021-05-09"}},
		{"every clause of its sentence", "On 11 May 2021, residents said that the militia had looted the depot and witnesses reported that the guards fled.",
			[]string{"fled"}, []string{"2021-05-11"}},
		{"after a label", "Looting: As reported on 7 May 2021, youths who had gathered at the port looted a warehouse.",
			[]string{"looted"}, []string{"2021-05-07"}},
		{"a later opening date takes over", "On 3 May 2021, rebels seized a bridge. On 6 May 2021, the weather turned. Two soldiers died in the fighting.",
			[]string{"seized", "died"}, []string{"2021-05-03", "2021-05-06"}},
		{"a later date of the text takes over", "On 2 May 2021, students marched in the capital. Police dispersed a sit-in near the ministry on 4 May 2021. Several were detained.",
			[]string{"marched", "dispersed", "detained"}, []string{"2021-05-02", "2021-05-04", "2021-05-04"}},
		{"last night of the opening date", "On 10 May 2021, students blocked a road in protest at the arrest of their leader last night.",
			[]string{"arrest"}, []string{"2021-05-09"}},
		{"last week of the opening date", "On 3 May 2021, nurses marched against the dismissal of a colleague last week.",
			[]string{"dismissal"}, []string{"2021-W17"}},
		{"two days ago in a quoted report", "On 10 May 2021, the mayor said gunmen had burned the market two days ago.",
			[]string{"burned"}, []string{"2021-05-08"}},
		{"the publication day is no other anchor", "On 14 May 2021, farmers marched against the eviction of a family yesterday.",
			[]string{"eviction"}, []string{"2021-05-13"}},
		{"the next sentence keeps the publication date", "On 10 May 2021, gunmen raided a farm. Yesterday, soldiers arrested a suspect.",
			[]string{"arrested"}, []string{"2021-05-13"}},
		{"the next day", "On 8 May 2021, gunmen raided a village. The next day, soldiers shelled the hills.",
			[]string{"shelled"}, []string{"2021-05-09"}},
		{"two days later", "On 3 May 2021, rebels seized a bridge. Two days later, the army retook it.",
			[]string{"seized", "retook"}, []string{"2021-05-03", "2021-05-05"}},
		{"two weeks later is a week", "On 3 May 2021, rebels seized a bridge. Two weeks later, the army retook it.",
			[]string{"retook"}, []string{"2021-W20"}},
		{"a week later", "On 3 May 2021, rebels seized a bridge. A week later, the army retook it.",
			[]string{"retook"}, []string{"2021-W19"}},
		{"three months later is a month", "In January 2021, the two sides signed a truce. Three months later, fighting resumed.",
			[]string{"resumed"}, []string{"2021-04"}},
		{"a night over two days opens the report", "On the night of 3-4 May 2021, gunmen attacked a police post. Two officers were wounded.",
			[]string{"attacked", "wounded"}, []string{"2021-05-03", "2021-05-03"}},
		{"a range within a week is that week", "Between 10 and 12 May 2021, militiamen looted shops in the town. Several traders fled.",
			[]string{"looted", "fled"}, []string{"2021-W19", "2021-W19"}},
		{"a range over two weeks is the month", "From 7 to 12 May 2021, dockers blocked the port.",
			[]string{"blocked"}, []string{"2021-05"}},
		{"a count before 'and' is no range", "Police arrested 12 and on 3 May 2021 freed them.",
			[]string{"freed"}, []string{"2021-05-03"}},
		{"the day after a clause", "On 30 April 2021, militiamen looted shops the day after they attacked the town. They also burned a clinic.",
			[]string{"looted", "attacked", "burned"}, []string{"2021-04-30", "2021-04-29", "2021-04-30"}},
		{"two days before a clause", "On 5 May 2021, soldiers left the base two days before rebels entered the town.",
			[]string{"left", "entered"}, []string{"2021-05-05", "2021-05-07"}},
		{"the day after alone is anaphoric", "On 5 May 2021, rebels entered the town. Soldiers returned the day after.",
			[]string{"entered", "returned"}, []string{"2021-05-05", "2021-05-06"}},
		{"not past its paragraph", "On 10 May 2021, gunmen raided a farm.\nSoldiers patrolled the area.",
			[]string{"raided", "patrolled"}, []string{"2021-05-10", "2021-05-14"}},
		{"a date inside the sentence is no opening", "Gunmen who had fled on 8 May 2021 were seen in the hills. Soldiers patrolled the area.",
			[]string{"patrolled"}, []string{"2021-05-14"}},
	}
	for _, tc := range tests {
		doc := an.Analyze(tc.text)
		events := headEvents(doc, tc.heads, annals.Asserted)
		var got []string
		for _, d := range dating.Dates(doc, events, timex.Find(tc.text, friday), friday) {
			got = append(got, d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: dates (-want +got):\n%s", tc.name, diff)
		}
	}
}

// headEvents makes one event of each head word, at its first occurrence, in its sentence.
func headEvents(doc *text.Doc, heads []string, status annals.Status) []dating.Event {
	var events []dating.Event
	for _, h := range heads {
		for si, s := range doc.Sentences {
			found := false
			for i := range s.Tokens {
				if s.Tokens[i].Text == h {
					events = append(events, dating.Event{Sentence: si, Head: s.First + i, Status: status})
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
	return events
}
