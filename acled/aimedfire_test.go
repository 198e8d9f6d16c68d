package acled

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// TestFireAimedAtPlaces: armed forces firing guns or heavier weapons at places (areas,
// villages, farms) with nobody as the target fire from a distance, one-sided: ACLED's
// shelling, not an armed clash. The place may follow the words the pattern matched. Fire at
// people, at an armed side, with no weapon named, or by people of no armed type stays as
// before.
func TestFireAimedAtPlaces(t *testing.T) {
	ty := load(t)
	shelling := &annals.ACLED{EventType: Explosions, SubEventType: "Shelling/artillery/missile attack"}
	clash := &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}
	rebels := &annals.Actor{Text: "rebel fighters", Code: "XYZREB", Country: "XYZ"}
	for _, tc := range []struct {
		cameo    string
		src      *annals.Actor
		evidence string
		trigger  string // the words the pattern matched, a part of evidence
		want     *annals.ACLED
	}{
		{"193", rebels, "Rebel fighters fired medium weapons at farms outside the town.", "fired medium weapons at farms", shelling},
		{"193", rebels, "Rebel fighters fired sniper rifles at houses in the old quarter.", "fired sniper rifles at houses", shelling},
		{"193", rebels, "Rebel fighters fired 12.7mm machine guns, along with rifles, at villages north of the river.", "fired 12.7mm machine guns", shelling},
		{"194", rebels, "Rebel fighters fired mortars and rifles towards residential neighbourhoods.", "fired mortars", shelling},
		{"193", rebels, "Rebel fighters fired machine guns at soldiers in the villages.", "fired machine guns", clash},
		{"193", rebels, "Rebel fighters fired machine guns near the villages.", "fired machine guns", clash},
		{"193", rebels, "Rebel fighters opened fire at the villages.", "opened fire", clash},
		{"193", rebels, "Rebel fighters opened fire at an army checkpoint on the outskirts of the town.", "opened fire", clash},
		{"193", &annals.Actor{Text: "villagers", Code: "XYZCVL", Country: "XYZ"}, "Villagers fired rifles at houses of the next village.", "fired rifles at houses", &annals.ACLED{EventType: Riots, SubEventType: "Mob violence"}},
	} {
		start := strings.Index(tc.evidence, tc.trigger)
		e := annals.Event{CAMEO: tc.cameo, Source: tc.src, Territory: "XYZ", Evidence: tc.evidence, End: len(tc.evidence),
			Trigger: annals.Span{Start: start, End: start + len(tc.trigger)}}
		if diff := cmp.Diff(tc.want, ty.Type(&e)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.evidence, diff)
		}
	}
}
