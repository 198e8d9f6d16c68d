package evaluate

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// TestWriteMiss: one line per wrong item, the text's tabs and line breaks flattened so the
// TSV keeps its columns; nothing without a writer.
func TestWriteMiss(t *testing.T) {
	var b bytes.Buffer
	writeMiss(&b, "case", "case2021-1", "ARMED_CLASH", "none", "Troops\tfought\nrebels.")
	writeMiss(nil, "case", "x", "y", "z", "nothing written")
	if diff := cmp.Diff("case\tcase2021-1\tARMED_CLASH\tnone\tTroops fought rebels.\n", b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestLabels: the predicted labels of a wrong item name each event's code with its type.
func TestLabels(t *testing.T) {
	evs := []annals.Event{
		{CAMEO: "190", Rank: 1, PLOVER: "ASSAULT", ACLED: &annals.ACLED{EventType: "Battles", SubEventType: "Armed clash"}},
		{CAMEO: "010", Rank: 2, PLOVER: "STATEMENT"},
	}
	for _, tc := range []struct{ got, want string }{
		{fieldLabel(evs), "190 r1: Battles / Armed clash"},
		{fieldLabel(evs[1:]), "none"},
		{ploverLabels(evs), "190 ASSAULT; 010 STATEMENT"},
		{ploverLabels(nil), "none"},
	} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}
