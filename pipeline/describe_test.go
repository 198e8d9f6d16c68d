package pipeline_test

import (
	"fmt"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
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
