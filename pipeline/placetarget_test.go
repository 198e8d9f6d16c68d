package pipeline

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/google/go-cmp/cmp"
)

// TestPlaceTarget: an event without a target takes its place's country when that is not the
// source's own, unless the place is a word of the source's own name (a place resolved from
// "South" in "South Korean army officers") or the event's place is only where it was said.
func TestPlaceTarget(t *testing.T) {
	// "South Korean army officers seized a boat off Japan."
	officers := &annals.Actor{Code: "KORMIL", Country: "KOR", Start: 0, End: 26}
	south := &annals.Location{Text: "South", Country: "USA", Start: 0, End: 5}
	japan := &annals.Location{Text: "Japan", Country: "JPN", Start: 45, End: 50}
	for _, tc := range []struct {
		name     string
		source   *annals.Actor
		location *annals.Location
		cameo    string
		want     string // the target's code
	}{
		{"a place after the act", officers, japan, "171", "JPN"},
		{"a word of the source's name", officers, south, "171", ""},
		{"a statement's place is where it was said", officers, japan, "010", ""},
		{"no source", nil, japan, "171", ""},
	} {
		rec := annals.Event{Start: 0, End: 51, Source: tc.source, Location: tc.location, CAMEO: tc.cameo}
		placeTarget(&rec)
		got := ""
		if rec.Target != nil {
			got = rec.Target.Code
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}
