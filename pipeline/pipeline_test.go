package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/examples"
	"github.com/annals-org/annals/ingest"
	"github.com/annals-org/annals/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var (
	loadOnce sync.Once
	coder    *pipeline.Coder
	loadErr  error
)

func load(t testing.TB) *pipeline.Coder {
	t.Helper()
	loadOnce.Do(func() { coder, loadErr = pipeline.Load(dict.FS) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return coder
}

func bundled(t testing.TB) []annals.Article {
	t.Helper()
	var arts []annals.Article
	problems, err := examples.Read(context.Background(), ingest.Options{}, func(a annals.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil || len(problems) > 0 {
		t.Fatalf("reading the bundled examples: %v %v", err, problems)
	}
	return arts
}

// TestGolden codes the bundled examples and compares with testdata/examples.golden.jsonl;
// run with -update after an intended change and review the diff.
func TestGolden(t *testing.T) {
	c := load(t)
	var buf bytes.Buffer
	for _, a := range bundled(t) {
		for _, e := range c.Code(&a) {
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(b)
			buf.WriteByte('\n')
		}
	}
	golden := filepath.Join("testdata", "examples.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("coded events differ from %s (-want +got):\n%s", golden, diff)
	}
}

// TestEvidence checks the promise of CONTRACT.md: offsets are byte offsets into the article
// text, and the evidence is exactly that slice.
func TestEvidence(t *testing.T) {
	c := load(t)
	for _, a := range bundled(t) {
		for _, e := range c.Code(&a) {
			if got, want := e.Evidence, a.Text[e.Start:e.End]; got != want {
				t.Errorf("%s: evidence %q, want text[%d:%d] = %q", a.ID, got, e.Start, e.End, want)
			}
			for _, actor := range []*annals.Actor{e.Source, e.Target} {
				if actor != nil && a.Text[actor.Start:actor.End] != actor.Text {
					t.Errorf("%s: actor text %q does not match its offsets", a.ID, actor.Text)
				}
			}
			if l := e.Location; l != nil && l.Text != "" && a.Text[l.Start:l.End] != l.Text {
				t.Errorf("%s: location text %q does not match its offsets [%d, %d)", a.ID, l.Text, l.Start, l.End)
			}
			if e.DateText != "" && a.Text[e.DateSpan.Start:e.DateSpan.End] != e.DateText {
				t.Errorf("%s: date text %q does not match its offsets %v", a.ID, e.DateText, e.DateSpan)
			}
			if e.Trigger.Start < e.Start || e.Trigger.End > e.End {
				t.Errorf("%s: trigger %v outside its sentence [%d, %d)", a.ID, e.Trigger, e.Start, e.End)
			}
			if e.CAMEOName == "" || e.QuadClass < 1 || e.QuadClass > 4 {
				t.Errorf("%s: event %s lacks its CAMEO facts: %+v", a.ID, e.CAMEO, e)
			}
		}
	}
}

// TestSyunik checks the events of the bundled Syunik report that the coder must find, each
// once, from general rules.
func TestSyunik(t *testing.T) {
	c := load(t)
	var events []annals.Event
	for _, a := range bundled(t) {
		if a.ID == "syunik-border-2021-05-14" {
			events = c.Code(&a)
		}
	}
	type want struct{ root, src, tgt, date string }
	for _, w := range []want{
		{"19", "AZE", "ARM", "2021-05-12"}, // the incursion "on Wednesday"
		{"02", "ARM", "RUS", "2021-05-14"}, // the appeal to Putin
		{"10", "ARM", "AZE", "2021-05-14"}, // the demand to withdraw
		{"04", "RUS", "AZE", "2021-05-13"}, // Lavrov's call "on Thursday"
	} {
		n := 0
		for _, e := range events {
			if len(e.CAMEO) >= 2 && e.CAMEO[:2] == w.root && e.Source != nil && e.Source.Country == w.src && e.Target != nil && e.Target.Country == w.tgt {
				n++
				if e.Date != w.date {
					t.Errorf("event %s from %s to %s dated %s, want %s", e.CAMEO, w.src, w.tgt, e.Date, w.date)
				}
			}
		}
		if n != 1 {
			t.Errorf("events with root %s from %s to %s: got %d, want 1", w.root, w.src, w.tgt, n)
		}
	}
	planned := false
	for _, e := range events {
		if e.Status == annals.Planned && e.CAMEO[:2] == "04" && e.Date == "2021-05-15" {
			planned = true // "talks ... on Saturday"
		}
	}
	if !planned {
		t.Errorf("no planned talks dated 2021-05-15")
	}
}

func BenchmarkCodeExamples(b *testing.B) {
	c := load(b)
	arts := bundled(b)
	sentences := 0
	for _, a := range arts {
		sentences += len(c.Analyzer.Analyze(a.Text).Sentences)
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range arts {
			c.Code(&arts[i])
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// FuzzCode runs the whole coder on arbitrary text: it must not panic, and every record's
// offsets must lie inside the text.
func FuzzCode(f *testing.F) {
	c := load(f)
	f.Add("Azerbaijani troops crossed into Armenia on Wednesday, the ministry said.")
	f.Add("“I have appealed to President Putin,” Pashinyan said. He was not attacked by 250 troops.")
	f.Add("On 3 May 2020, unidentified gunmen killed 4 villagers in (Kwal).")
	f.Fuzz(func(t *testing.T, s string) {
		a := annals.Article{ID: "f", Text: s}
		for _, e := range c.Code(&a) {
			if e.Start < 0 || e.End > len(s) || e.Start > e.End || s[e.Start:e.End] != e.Evidence {
				t.Fatalf("bad evidence offsets [%d, %d) in %q", e.Start, e.End, s)
			}
		}
	})
}

// TestUniqueIDs checks that every record of an article has its own id, coordinated actors
// included.
func TestUniqueIDs(t *testing.T) {
	c := load(t)
	for _, a := range bundled(t) {
		seen := map[string]bool{}
		for _, e := range c.Code(&a) {
			if seen[e.ID] {
				t.Errorf("%s: id %s used twice", a.ID, e.ID)
			}
			seen[e.ID] = true
		}
	}
}
