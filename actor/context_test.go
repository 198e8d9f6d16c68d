package actor_test

import (
	"testing"
	"time"

	"github.com/annals-org/annals/actor"
)

// TestArticleFocus checks the dateline and the share of the focus country on texts written
// for this test.
func TestArticleFocus(t *testing.T) {
	an, d := load(t)
	finder := actor.NewFinder(d, an.Lexicon())
	tests := []struct {
		name, in      string
		dateline, top string
		dominant      string
	}{
		{
			name:     "agency dateline",
			in:       "Fuel prices rise again\nNAIROBI (Reuters) - Kenya and Uganda traded accusations on Sunday.",
			dateline: "KEN", top: "KEN", dominant: "KEN",
		},
		{
			name:     "dash dateline",
			in:       "CAIRO — Egypt and Sudan met on Sunday. Ethiopia did not attend.",
			dateline: "EGY", top: "EGY", dominant: "EGY",
		},
		{
			name:     "colon dateline",
			in:       "Fuel prices rise again\nIslamabad: Pakistan and India traded accusations on Sunday. India denied it.",
			dateline: "PAK", top: "PAK", dominant: "PAK",
		},
		{
			name: "a capitalised headline is no dateline",
			in:   "BREAKING NEWS: Kenya and Uganda met on Sunday.",
		},
		{
			name: "of two level countries the headline's first leads an article",
			in:   "Kenya and Uganda meet\nThe two met on Sunday. Uganda and Kenya spoke for hours. Kenya and Uganda will meet again.",
			top:  "KEN",
		},
		{
			name:     "an agency's date after the dateline's place",
			in:       "Fuel prices rise again\nLIMA, Dec 8 (Reuters) - Peru and Chile traded accusations on Sunday.",
			dateline: "PER", top: "PER", dominant: "PER",
		},
		{
			name: "no dateline, one country",
			in:   "Kenyan police arrested three men. Kenya said more arrests would follow.",
			top:  "KEN", dominant: "KEN",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Analyze(tt.in)
			f := actor.ArticleFocus(doc, finder.Find(doc, time.Time{}), nil)
			if f.Dateline != tt.dateline || f.Top != tt.top || f.Dominant() != tt.dominant {
				t.Errorf("ArticleFocus(%q) = dateline %q, top %q, dominant %q (%v); want %q, %q, %q",
					tt.in, f.Dateline, f.Top, f.Dominant(), f.Share, tt.dateline, tt.top, tt.dominant)
			}
		})
	}
}
