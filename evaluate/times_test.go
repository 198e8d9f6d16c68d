package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/timex"
)

// A TimeML document written for the test (not from the benchmark).
const testTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-05-14T08:00:00" functionInDocument="CREATION_TIME">May 14, 2021</TIMEX3></DCT>
<TITLE>Border clash</TITLE>
<TEXT>
Troops <EVENT eid="e1">crossed</EVENT> the border <TIMEX3 tid="t1" type="DATE" value="2021-05-12">Wednesday</TIMEX3> &amp; stayed for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
Talks resume <TIMEX3 tid="t3" type="DATE" value="2021-W20">next week</TIMEX3>, officials said <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>
`

func TestReadTimeML(t *testing.T) {
	doc, err := ReadTimeML("t.tml", strings.NewReader(testTML))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.DCT.Format("2006-01-02"), "2021-05-14"; got != want {
		t.Errorf("DCT: got %s, want %s", got, want)
	}
	if !strings.Contains(doc.Text, "Troops crossed the border Wednesday & stayed") {
		t.Errorf("Text: got %q, want the TEXT content without tags, entities decoded", doc.Text)
	}
	var got []string
	for _, g := range doc.Gold {
		if doc.Text[g.Start:g.End] != g.Text {
			t.Errorf("gold %+v: got text[%d:%d] = %q, want %q", g, g.Start, g.End, doc.Text[g.Start:g.End], g.Text)
		}
		got = append(got, g.Text+" "+g.Type+" "+g.Value)
	}
	want := []string{"Wednesday DATE 2021-05-12", "three days DURATION P3D", "next week DATE 2021-W20", "now DATE PRESENT_REF"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gold: got, want differ (-want +got):\n%s", diff)
	}
}

func TestTimesScores(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "TimeBank")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "t1.tml"), []byte(testTML), 0o644); err != nil {
		t.Fatal(err)
	}
	// A finder that gets two right, one with a wrong value on a shorter span, misses one and
	// adds one spurious expression.
	find := func(text string, _ time.Time) []timex.Timex {
		at := func(s, typ, value string) timex.Timex {
			i := strings.Index(text, s)
			return timex.Timex{Start: i, End: i + len(s), Text: s, Type: typ, Value: value}
		}
		return []timex.Timex{
			at("Wednesday", "DATE", "2021-05-12"),
			at("three days", "DURATION", "P3D"),
			at("week", "DATE", "2021-W19"),
			at("Troops", "DATE", "XXXX"),
		}
	}
	var out bytes.Buffer
	ms, err := Times(dir, find, &out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, m := range ms {
		got[m.Name] = m.Value
	}
	// strict: 2 of 4 predicted, 2 of 4 gold; relaxed: 3 of 4 both ways; values 2 of 3.
	want := map[string]float64{
		"times.strict_f1":  0.5,
		"times.relaxed_f1": 0.75,
		"times.type_f1":    0.75,
		"times.value_f1":   0.5,
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 })); diff != "" {
		t.Errorf("metrics: got, want differ (-want +got):\n%s\n%s", diff, out.String())
	}
	for _, s := range []string{"relaxed  P 0.750", "now  ->  PRESENT_REF", "troops  ->  XXXX", "week  gold 2021-W20  got 2021-W19"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("report: got\n%s\nwant it to contain %q", out.String(), s)
		}
	}
}

func TestTimesEmptyDir(t *testing.T) {
	if _, err := Times(t.TempDir(), timex.Find, &bytes.Buffer{}); err == nil {
		t.Error("Times on a folder with no .tml files: got no error, want one")
	}
}
