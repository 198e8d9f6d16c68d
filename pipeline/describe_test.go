package pipeline_test

import (
	"fmt"
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
	"github.com/google/go-cmp/cmp"
)

// sideCode is the code of one side of an event, "-" where the event has none, so that a
// missing source or target shows in a compared string.
func sideCode(a *annals.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}

// describe gives "CAMEO SOURCE TARGET STATUS" of an event, the form anyMatch reads.
func describe(e *annals.Event) string {
	return fmt.Sprintf("%s %s %s %s", e.CAMEO, sideCode(e.Source), sideCode(e.Target), e.Status)
}

// describedEvents codes text as a one-sentence article and describes each event as
// "CAMEO SOURCE TARGET STATUS".
func describedEvents(c *pipeline.Coder, text string) []string {
	var got []string
	for _, e := range c.Code(&annals.Article{ID: "t", Text: text}) {
		got = append(got, describe(&e))
	}
	return got
}

// eventTriples codes text as an article of its own and gives "cameo source target" of
// every event, in the coder's order (nil where there is none).
func eventTriples(c *pipeline.Coder, text string) []string {
	var got []string
	for _, e := range c.Code(&annals.Article{ID: "t", Text: text}) {
		got = append(got, e.CAMEO+" "+sideCode(e.Source)+" "+sideCode(e.Target))
	}
	return got
}

// sidesOfEach codes text and gives "source target" of every event with the CAMEO code
// code, in the coder's order (nil where there is none).
func sidesOfEach(c *pipeline.Coder, text, code string) []string {
	var got []string
	for _, e := range c.Code(&annals.Article{ID: "t", Text: text}) {
		if e.CAMEO == code {
			got = append(got, sideCode(e.Source)+" "+sideCode(e.Target))
		}
	}
	return got
}

// sidesOf codes text and gives "source target" of the event with the CAMEO code code (the
// last one where there are several), or "" where there is none.
func sidesOf(c *pipeline.Coder, text, code string) string {
	all := sidesOfEach(c, text, code)
	if len(all) == 0 {
		return ""
	}
	return all[len(all)-1]
}

// sidePair is the source and target code of one event, "" where the event has none.
type sidePair struct{ Source, Target string }

// sidePairs codes text as an article of its own and gives the sides of every event, in the
// coder's order (nil where there is none).
func sidePairs(c *pipeline.Coder, text string) []sidePair {
	var got []sidePair
	for _, e := range c.Code(&annals.Article{ID: "t", Text: text}) {
		var p sidePair
		if e.Source != nil {
			p.Source = e.Source.Code
		}
		if e.Target != nil {
			p.Target = e.Target.Code
		}
		got = append(got, p)
	}
	return got
}

// eventsCase is a row of a rule's table: a text and the strings every event it codes to
// reads as (in the coder's order), as the checking function writes them.
type eventsCase struct {
	text string
	want []string
}

// checkEvents codes the text of every row with events (describedEvents or eventTriples)
// and fails where what it gives differs from the row's want.
func checkEvents(t *testing.T, c *pipeline.Coder, events func(*pipeline.Coder, string) []string, rows []eventsCase) {
	t.Helper()
	for _, tc := range rows {
		if diff := cmp.Diff(tc.want, events(c, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// sidesCase is a row of a rule's table: a text, a CAMEO code and want, "source target" of
// the event of that code (see sidesOf; "" for no such event).
type sidesCase struct {
	text, code, want string
}

// checkSides codes the text of every row and fails where sidesOf the row's code differs
// from the row's want.
func checkSides(t *testing.T, c *pipeline.Coder, rows []sidesCase) {
	t.Helper()
	for _, tc := range rows {
		if diff := cmp.Diff(tc.want, sidesOf(c, tc.text, tc.code)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
