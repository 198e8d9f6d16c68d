package acled

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

// TestTypeReport checks that a demonstration and the response to it are typed as one ACLED
// event, and that a word of an actor's name is no riot.
func TestTypeReport(t *testing.T) {
	ty := load(t)
	police := &annals.Actor{Text: "police", Code: "XYZCOP", Country: "XYZ", Start: 200, End: 206}
	riotPolice := &annals.Actor{Text: "riot police", Code: "XYZCOP", Country: "XYZ", Start: 0, End: 11}
	nurses := &annals.Actor{Text: "nurses", Code: "HLH", Start: 300, End: 306}
	rebels := &annals.Actor{Text: "rebels", Code: "XYZREB", Country: "XYZ", Start: 400, End: 406}
	ev := func(code string, src, tgt *annals.Actor, evidence string, trig annals.Span) annals.Event {
		return annals.Event{CAMEO: code, Source: src, Target: tgt, Territory: "XYZ", Evidence: evidence, Trigger: trig}
	}
	two := 2
	killed := ev("175", police, nil, "Police dispersed the nurses; two were killed.", annals.Span{Start: 210, End: 219})
	killed.Casualties = &annals.Casualties{Killed: &two}
	detainedNurses := &annals.Actor{Text: "nurses", Code: "HLH", Start: 9, End: 15}
	arrestLater := ev("173", police, nil, "Police later detained two smugglers at the port.", annals.Span{Start: 207, End: 215})
	arrestLater.Sentence = 1
	intervention := annals.ACLED{EventType: Protests, SubEventType: "Protest with intervention"}
	excessive := annals.ACLED{EventType: Protests, SubEventType: "Excessive force against protesters"}
	violent := annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}
	tests := []struct {
		name   string
		events []annals.Event
		want   []*annals.ACLED
	}{
		{"sit-in broken up with batons", []annals.Event{
			ev("141", nurses, nil, "Nurses held a sit-in outside the ministry.", annals.Span{Start: 307, End: 311}),
			ev("175", police, nil, "Police broke it up with batons.", annals.Span{Start: 207, End: 215}),
		}, []*annals.ACLED{&intervention, &intervention}},
		{"march met with live fire", []annals.Event{
			ev("141", nurses, nil, "Nurses marched to the palace.", annals.Span{Start: 307, End: 314}),
			ev("175", police, nil, "Police fired live ammunition to stop them.", annals.Span{Start: 207, End: 212}),
		}, []*annals.ACLED{&excessive, &excessive}},
		{"dispersal with deaths", []annals.Event{
			ev("141", nurses, nil, "Nurses rallied in the square.", annals.Span{Start: 307, End: 314}),
			killed,
		}, []*annals.ACLED{&excessive, &excessive}},
		{"stones thrown, tear gas fired", []annals.Event{
			ev("141", nurses, nil, "Nurses rallied in the square.", annals.Span{Start: 307, End: 314}),
			ev("145", nurses, nil, "Some threw stones at the ministry.", annals.Span{Start: 320, End: 325}),
			ev("175", police, nil, "Police answered with tear gas.", annals.Span{Start: 207, End: 215}),
		}, []*annals.ACLED{&violent, &violent, &violent}},
		{"clash at a rally", []annals.Event{
			ev("141", nurses, nil, "Nurses rallied in the square.", annals.Span{Start: 307, End: 314}),
			ev("190", nil, nil, "Clashes broke out with the police.", annals.Span{Start: 500, End: 507}),
		}, []*annals.ACLED{&violent, &violent}},
		{"battle beside a rally stays a battle", []annals.Event{
			ev("141", nurses, nil, "Nurses rallied in the square.", annals.Span{Start: 307, End: 314}),
			ev("190", rebels, police, "Rebels fought the police outside town.", annals.Span{Start: 407, End: 413}),
		}, []*annals.ACLED{{EventType: Protests, SubEventType: "Peaceful protest"}, {EventType: Battles, SubEventType: "Armed clash"}}},
		{"riot police are no riot", []annals.Event{
			ev("145", nil, nil, "Riot police fired tear gas at nurses.", annals.Span{Start: 0, End: 4}),
			ev("175", riotPolice, nurses, "Riot police fired tear gas at nurses.", annals.Span{Start: 12, End: 17}),
		}, []*annals.ACLED{nil, &intervention}},
		{"town retaken in a battle", []annals.Event{
			ev("193", police, rebels, "Police and rebels fought for hours in the market.", annals.Span{Start: 207, End: 212}),
			ev("192", police, nil, "By nightfall the police had retaken the town.", annals.Span{Start: 213, End: 220}),
		}, []*annals.ACLED{{EventType: Battles, SubEventType: "Government regains territory"}, {EventType: Battles, SubEventType: "Government regains territory"}}},
		{"attack whose target the next sentence names", []annals.Event{
			ev("180", rebels, nil, "Four people died in an attack by rebels near the town.", annals.Span{Start: 420, End: 426}),
			ev("190", rebels, police, "The rebels had stormed the police post.", annals.Span{Start: 430, End: 437}),
		}, []*annals.ACLED{{EventType: Battles, SubEventType: "Armed clash"}, {EventType: Battles, SubEventType: "Armed clash"}}},
		{"attack beside looting stays an attack", []annals.Event{
			ev("180", rebels, nil, "Four people died in an attack by rebels near the town.", annals.Span{Start: 420, End: 426}),
			ev("171", rebels, nil, "The rebels looted the clinic.", annals.Span{Start: 430, End: 437}),
		}, []*annals.ACLED{{EventType: Violence, SubEventType: "Attack"}, {EventType: Strategic, SubEventType: "Looting/property destruction"}}},
		{"attack whose weapon the next sentence names", []annals.Event{
			ev("180", nil, nil, "Two traders were killed in an attack in the market.", annals.Span{Start: 20, End: 26}),
			ev("183", nil, nil, "The attackers threw a grenade at a tea stall.", annals.Span{Start: 60, End: 65}),
		}, []*annals.ACLED{{EventType: Explosions, SubEventType: "Grenade"}, {EventType: Explosions, SubEventType: "Grenade"}}},
		{"two kinds of explosives leave the attack untold", []annals.Event{
			ev("180", nil, nil, "Two traders were killed in an attack in the market.", annals.Span{Start: 20, End: 26}),
			ev("183", nil, nil, "The attackers threw a grenade at a tea stall.", annals.Span{Start: 60, End: 65}),
			ev("183", nil, nil, "A roadside bomb hit a bus later.", annals.Span{Start: 100, End: 105}),
		}, []*annals.ACLED{{EventType: Violence, SubEventType: "Attack"}, {EventType: Explosions, SubEventType: "Grenade"}, {EventType: Explosions, SubEventType: "Remote explosive/landmine/IED"}}},
		{"attack by a named source keeps its type", []annals.Event{
			ev("180", rebels, nil, "Rebels killed two traders in the market.", annals.Span{Start: 407, End: 413}),
			ev("183", nil, nil, "A grenade went off at a tea stall.", annals.Span{Start: 60, End: 65}),
		}, []*annals.ACLED{{EventType: Violence, SubEventType: "Attack"}, {EventType: Explosions, SubEventType: "Grenade"}}},
		{"detained during a protest", []annals.Event{
			ev("141", nurses, nil, "Several nurses were detained during a protest outside the ministry.", annals.Span{Start: 307, End: 314}),
			ev("173", nil, nil, "Several nurses were detained during a protest outside the ministry.", annals.Span{Start: 320, End: 328}),
		}, []*annals.ACLED{&intervention, &intervention}},
		{"detained nurses on hunger strike", []annals.Event{
			ev("173", nil, detainedNurses, "Detained nurses began a hunger strike.", annals.Span{Start: 0, End: 8}),
			ev("142", detainedNurses, nil, "Detained nurses began a hunger strike.", annals.Span{Start: 16, End: 37}),
		}, []*annals.ACLED{{EventType: Strategic, SubEventType: "Arrests"}, {EventType: Protests, SubEventType: "Peaceful protest"}}},
		{"arrests told apart from a protest", []annals.Event{
			ev("141", nurses, nil, "Nurses held a protest outside the ministry.", annals.Span{Start: 307, End: 314}),
			arrestLater,
		}, []*annals.ACLED{{EventType: Protests, SubEventType: "Peaceful protest"}, {EventType: Strategic, SubEventType: "Arrests"}}},
		{"arrests without a protest", []annals.Event{
			ev("173", police, nil, "Police arrested two smugglers.", annals.Span{Start: 207, End: 215}),
		}, []*annals.ACLED{{EventType: Strategic, SubEventType: "Arrests"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ty.TypeReport(tt.events)
			got := make([]*annals.ACLED, len(tt.events))
			for i := range tt.events {
				got[i] = tt.events[i].ACLED
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
