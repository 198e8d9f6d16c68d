package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dct is Friday 14 May 2021.
var dct = time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)

// tx is the part of a Timex the tables compare.
type tx struct{ Text, Type, Value, Mod string }

func found(text string, dct time.Time) []tx {
	var out []tx
	for _, t := range Find(text, dct) {
		out = append(out, tx{t.Text, t.Type, t.Value, t.Mod})
	}
	return out
}

type findCase struct {
	text string
	want []tx
}

func runFind(t *testing.T, dct time.Time, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		if diff := cmp.Diff(c.want, found(c.text, dct)); diff != "" {
			t.Errorf("Find(%q): got, want differ (-want +got):\n%s", c.text, diff)
		}
	}
}

func TestExplicitDates(t *testing.T) {
	runFind(t, dct, []findCase{
		{"The talks ended on 14 May 2021.", []tx{{"14 May 2021", "DATE", "2021-05-14", ""}}},
		{"It was signed May 14, 2021, in Baku.", []tx{{"May 14, 2021", "DATE", "2021-05-14", ""}}},
		{"The ceasefire was agreed on the 3rd of March 2020.", []tx{{"the 3rd of March 2020", "DATE", "2020-03-03", ""}}},
		{"Report dated 14/05/2021.", []tx{{"14/05/2021", "DATE", "2021-05-14", ""}}},
		{"Filed 2021-05-14 by the clerk.", []tx{{"2021-05-14", "DATE", "2021-05-14", ""}}},
		{"Fighting resumed in mid-May.", []tx{{"mid-May", "DATE", "2021-05", "MID"}}},
		{"Unrest grew in the early 1990s.", []tx{{"the early 1990s", "DATE", "199", "START"}}},
		{"The war of the 1990s left scars.", []tx{{"the 1990s", "DATE", "199", ""}}},
		{"The dam was built in 1998.", []tx{{"1998", "DATE", "1998", ""}}},
		{"The dam was finished in March 1998.", []tx{{"March 1998", "DATE", "1998-03", ""}}},
		{"Output rose in fiscal 1997.", []tx{{"fiscal 1997", "DATE", "1997", ""}}},
		{"The firm expects a profit in the fourth quarter.", []tx{{"the fourth quarter", "DATE", "2021-Q4", ""}}},
		{"Sales fell in the third quarter of 2020.", []tx{{"the third quarter of 2020", "DATE", "2020-Q3", ""}}},
		{"Debt rose in the first half of 2020.", []tx{{"the first half of 2020", "DATE", "2020-H1", ""}}},
		{"Trade picked up in third-quarter results.", []tx{{"third-quarter", "DATE", "2020-Q3", ""}}},
		{"It expects third-quarter results to improve.", []tx{{"third-quarter", "DATE", "2021-Q3", ""}}},
		{"Parliament met on Jan. 5 to vote.", []tx{{"Jan. 5", "DATE", "2021-01-05", ""}}},
		{"The quarter ended Sept. 30.", []tx{{"The quarter", "DATE", "2020-Q3", ""}, {"Sept. 30", "DATE", "2020-09-30", ""}}},
		{"It was founded in nineteen ninety-six.", []tx{{"nineteen ninety-six", "DATE", "1996", ""}}},
		{"They walked out of the November 9 agreement.", []tx{{"November 9", "DATE", "2020-11-09", ""}}},
		{"The summit will open on August 3.", []tx{{"August 3", "DATE", "2021-08-03", ""}}},
		{"Rebels seized it in the 20th century.", []tx{{"the 20th century", "DATE", "19", ""}}},
		{"Elections are due in the spring of 2022.", []tx{{"the spring of 2022", "DATE", "2022-SP", ""}}},
		{"Shops close on Christmas Day.", []tx{{"Christmas Day", "DATE", "2020-12-25", ""}}},
		{"2000 troops were sent, and $1998 paid.", nil},
	})
}

func TestWeekdays(t *testing.T) {
	runFind(t, dct, []findCase{
		{"Troops attacked the village on Wednesday.", []tx{{"Wednesday", "DATE", "2021-05-12", ""}}},
		{"Shelling was heard Wednesday night.", []tx{{"Wednesday night", "TIME", "2021-05-12TNI", ""}}},
		{"The ministers will meet on Tuesday.", []tx{{"Tuesday", "DATE", "2021-05-18", ""}}},
		{"The army said on Friday that it withdrew.", []tx{{"Friday", "DATE", "2021-05-14", ""}}},
		{"Protesters gathered last Friday.", []tx{{"last Friday", "DATE", "2021-05-07", ""}}},
		{"Talks resume next Monday.", []tx{{"next Monday", "DATE", "2021-05-17", ""}}},
		{"Police arrested him on Monday, May 10.", []tx{{"Monday, May 10", "DATE", "2021-05-10", ""}}},
		{"Markets close early on Fridays.", []tx{{"Fridays", "SET", "XXXX-WXX-5", ""}}},
	})
}

func TestRelative(t *testing.T) {
	runFind(t, dct, []findCase{
		{"The strike began yesterday.", []tx{{"yesterday", "DATE", "2021-05-13", ""}}},
		{"Talks open today.", []tx{{"today", "DATE", "2021-05-14", ""}}},
		{"Voting ends tomorrow.", []tx{{"tomorrow", "DATE", "2021-05-15", ""}}},
		{"Clashes erupted last week.", []tx{{"last week", "DATE", "2021-W18", ""}}},
		{"Troops arrived this week.", []tx{{"this week", "DATE", "2021-W19", ""}}},
		{"A vote is expected next month.", []tx{{"next month", "DATE", "2021-06", ""}}},
		{"Earlier this month, rebels attacked.", []tx{{"Earlier this month", "DATE", "2021-05", "START"}}},
		{"The bridge fell two days ago.", []tx{{"two days ago", "DATE", "2021-05-12", ""}}},
		{"More talks are planned in the coming days.", []tx{{"the coming days", "DATE", "FUTURE_REF", ""}}},
		{"Output fell last year.", []tx{{"last year", "DATE", "2020", ""}}},
		{"Floods are feared this spring.", []tx{{"this spring", "DATE", "2021-SP", ""}}},
		{"Floods hit the region last fall.", []tx{{"last fall", "DATE", "2020-FA", ""}}},
		{"Troops are now in the city.", []tx{{"now", "DATE", "PRESENT_REF", ""}}},
		{"He is currently abroad.", []tx{{"currently", "DATE", "PRESENT_REF", ""}}},
		{"The group recently split.", []tx{{"recently", "DATE", "PAST_REF", ""}}},
		{"Such raids happened in the past.", []tx{{"the past", "DATE", "PAST_REF", ""}}},
		{"They may return in the future.", []tx{{"the future", "DATE", "FUTURE_REF", ""}}},
		{"Police said the day before that it was calm.", []tx{{"the day before", "DATE", "2021-05-13", ""}}},
		{"The rebels left the next day.", []tx{{"the next day", "DATE", "2021-05-15", ""}}},
		{"The town fell on May 3. The next day the army left.", []tx{{"May 3", "DATE", "2021-05-03", ""}, {"The next day", "DATE", "2021-05-04", ""}}},
		{"Profit rose to $5 million in the third quarter from $4 million a year earlier.",
			[]tx{{"the third quarter", "DATE", "2020-Q3", ""}, {"a year earlier", "DATE", "2019-Q3", ""}}},
		{"Prices will rise early next year.", []tx{{"early next year", "DATE", "2022", "START"}}},
		{"The blast was heard late yesterday.", []tx{{"late yesterday", "DATE", "2021-05-13", "END"}}},
		{"Raids began at dawn.", []tx{{"dawn", "TIME", "2021-05-14TMO", ""}}},
		{"Shots rang out this morning.", []tx{{"this morning", "TIME", "2021-05-14TMO", ""}}},
		{"Shots rang out last night.", []tx{{"last night", "TIME", "2021-05-13TNI", ""}}},
		{"Fighting stopped at 09:30 GMT.", []tx{{"09:30 GMT", "TIME", "2021-05-14T09:30", ""}}},
		{"The curfew starts at 10 p.m. Wednesday.", []tx{{"10 p.m. Wednesday", "TIME", "2021-05-12T22:00", ""}}},
		{"The vote closes at noon.", []tx{{"noon", "TIME", "2021-05-14T12:00", ""}}},
	})
}

func TestDurationsAndSets(t *testing.T) {
	runFind(t, dct, []findCase{
		{"The siege lasted for three days.", []tx{{"three days", "DURATION", "P3D", ""}}},
		{"He served three years in prison.", []tx{{"three years", "DURATION", "P3Y", ""}}},
		{"The region was calm for a decade.", []tx{{"a decade", "DURATION", "P10Y", ""}}},
		{"Prices doubled over the past two weeks.", []tx{{"the past two weeks", "DURATION", "P2W", ""}}},
		{"Talks could take several months.", []tx{{"several months", "DURATION", "PXM", ""}}},
		{"The city had no power for 24 hours.", []tx{{"24 hours", "DURATION", "PT24H", ""}}},
		{"The city had no power for twenty-four hours.", []tx{{"twenty-four hours", "DURATION", "PT24H", ""}}},
		{"The flight took 5 1/2 hours.", []tx{{"5 1/2 hours", "DURATION", "PT5H30M", ""}}},
		{"A two-year truce was signed.", []tx{{"two-year", "DURATION", "P2Y", ""}}},
		{"Fighting went on for more than two weeks.", []tx{{"more than two weeks", "DURATION", "P2W", "MORE_THAN"}}},
		{"For weeks the government held rallies.", []tx{{"weeks", "DURATION", "PXW", ""}}},
		{"Monitors visit every Friday.", []tx{{"every Friday", "SET", "XXXX-WXX-5", ""}}},
		{"The council meets weekly.", []tx{{"weekly", "SET", "P1W", ""}}},
		{"Elections are held every four years.", []tx{{"every four years", "SET", "P4Y", ""}}},
		{"The board meets twice a year.", []tx{{"twice a year", "SET", "P1Y", ""}}},
		{"A week later the rebels withdrew.", []tx{{"A week", "DURATION", "P1W", ""}}},
		{"An hour later, the shelling stopped.", []tx{{"An hour", "DURATION", "PT1H", ""}}},
		{"The 6-year-old boy was rescued.", nil},
		{"Shares of the company rose 3% in a day of heavy trading.", nil},
	})
}

func TestNoDCT(t *testing.T) {
	runFind(t, time.Time{}, []findCase{
		{"They met on May 12.", []tx{{"May 12", "DATE", "XXXX-05-12", ""}}},
		{"They met yesterday.", []tx{{"yesterday", "DATE", "XXXX-XX-XX", ""}}},
		{"They met last week.", []tx{{"last week", "DATE", "XXXX-WXX", ""}}},
		{"They met on Wednesday.", []tx{{"Wednesday", "DATE", "XXXX-WXX-3", ""}}},
		{"They met in 1998.", []tx{{"1998", "DATE", "1998", ""}}},
	})
}

func TestOffsets(t *testing.T) {
	text := "Ça va: on 14 May 2021, troops – “at dawn” – left."
	for _, x := range Find(text, dct) {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("%+v: got text[%d:%d] = %q, want %q", x, x.Start, x.End, text[x.Start:x.End], x.Text)
		}
	}
	got := Find(text, dct)
	if len(got) != 2 || got[0].Text != "14 May 2021" || got[1].Text != "dawn" {
		t.Errorf("Find(%q): got %+v, want 14 May 2021 and dawn", text, got)
	}
}

func TestDiagnostics(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The deal was signed on February 30, 2021.", "impossible date"},
		{"The plant will close in 2075.", "suspicious date"},
		{"The deal was signed on February 29, 2021.", "not a leap year"},
	} {
		r := Analyze(c.text, dct)
		if len(r.Diagnostics) != 1 || !strings.Contains(r.Diagnostics[0].Message, c.want) {
			t.Errorf("Analyze(%q).Diagnostics: got %+v, want one containing %q", c.text, r.Diagnostics, c.want)
			continue
		}
		d := r.Diagnostics[0]
		if d.Start < 0 || d.End > len(c.text) || d.Start >= d.End {
			t.Errorf("Analyze(%q): got diagnostic span [%d,%d), want a span in the text", c.text, d.Start, d.End)
		}
	}
	if r := Analyze("The deal was signed on February 28, 2021.", dct); len(r.Diagnostics) != 0 {
		t.Errorf("got diagnostics %+v, want none", r.Diagnostics)
	}
}

func TestResolve(t *testing.T) {
	wed := Timex{Text: "Wednesday", Type: "DATE", Value: "2021-05-12"}
	for _, c := range []struct {
		t     Timex
		dct   time.Time
		tense Tense
		want  string
	}{
		{wed, dct, Past, "2021-05-12"},
		{wed, dct, Future, "2021-05-19"},
		{wed, dct, Present, "2021-05-12"},
		{wed, time.Date(2021, 5, 12, 0, 0, 0, 0, time.UTC), Present, "2021-05-12"},
		{wed, time.Date(2021, 5, 12, 0, 0, 0, 0, time.UTC), Past, "2021-05-12"},
		{Timex{Text: "November 9"}, dct, Future, "2021-11-09"},
		{Timex{Text: "November 9"}, dct, Past, "2020-11-09"},
		{Timex{Text: "no time here", Value: "keep"}, dct, Past, "keep"},
	} {
		if got := Resolve(c.t, c.dct, c.tense); got != c.want {
			t.Errorf("Resolve(%q, %s, %v): got %s, want %s", c.t.Text, c.dct.Format("2006-01-02"), c.tense, got, c.want)
		}
	}
}

func TestWeekday(t *testing.T) {
	for _, c := range []struct {
		wd    time.Weekday
		tense Tense
		want  string
	}{
		{time.Wednesday, Past, "2021-05-12"},
		{time.Wednesday, Unknown, "2021-05-12"},
		{time.Wednesday, Future, "2021-05-19"},
		{time.Friday, Past, "2021-05-14"},
		{time.Friday, Future, "2021-05-14"},
		{time.Sunday, Present, "2021-05-16"},
		{time.Thursday, Present, "2021-05-13"},
	} {
		if got := Weekday(c.wd, dct, c.tense).Format("2006-01-02"); got != c.want {
			t.Errorf("Weekday(%v, %v): got %s, want %s", c.wd, c.tense, got, c.want)
		}
	}
}

func TestTenseGuess(t *testing.T) {
	for _, c := range []struct {
		text string
		want Tense
	}{
		{"The army attacked on Wednesday.", Past},
		{"The army will attack on Wednesday.", Future},
		{"Talks are scheduled for Wednesday.", Future},
		{"Talks on Wednesday.", Unknown},
		{"He said talks would resume on Wednesday.", Future},
	} {
		ms := Recognize(c.text)
		if len(ms) != 1 || ms[0].Tense != c.want {
			t.Errorf("Recognize(%q): got %+v, want one mention with tense %v", c.text, ms, c.want)
		}
	}
}

func TestVocabulary(t *testing.T) {
	if _, err := parseVocab("word\tmonth\n"); err == nil {
		t.Error("parseVocab of a two-field line: got no error, want one")
	}
	if _, err := parseVocab("word\tcolour\tred\n"); err == nil {
		t.Error("parseVocab of an unknown class: got no error, want one")
	}
	if lx := lookup("sept"); lx == nil || lx.month != 9 || !lx.abbrMonth {
		t.Errorf("lookup(sept): got %+v, want month 9, an abbreviation", lx)
	}
}
