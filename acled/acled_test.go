package acled

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/rank"
)

// rankCues reads the rank cues Load takes, as the pipeline does.
func rankCues(tb testing.TB) *rank.Cues {
	tb.Helper()
	c, err := rank.Load(dict.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func load(t *testing.T) *Typer {
	t.Helper()
	ty, err := Load(dict.FS, rankCues(t))
	if err != nil {
		t.Fatal(err)
	}
	return ty
}

func TestType(t *testing.T) {
	ty := load(t)
	act := func(text, code, country string) *annals.Actor {
		return &annals.Actor{Text: text, Code: code, Country: country}
	}
	tests := []struct {
		name     string
		cameo    string
		src, tgt *annals.Actor
		terr     string
		evidence string
		want     *annals.ACLED
	}{
		{"verbal", "042", nil, nil, "", "The minister visited the port town.", nil},
		{"clash", "190", act("the army", "XYZMIL", "XYZ"), act("rebels", "XYZREB", "XYZ"), "XYZ",
			"The army fought rebels with rifles near the bridge.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"state retakes", "192", act("the army", "XYZMIL", "XYZ"), nil, "XYZ",
			"The army recaptured the hill town from the insurgents.", &annals.ACLED{EventType: Battles, SubEventType: "Government regains territory"}},
		{"group takes", "192", act("the rebels", "XYZREB", "XYZ"), nil, "XYZ",
			"The rebels seized the hill town.", &annals.ACLED{EventType: Battles, SubEventType: "Non-state actor overtakes territory"}},
		{"drone artillery code", "194", act("the army", "XYZMIL", "XYZ"), nil, "XYZ",
			"A drone hit a truck outside the market.", &annals.ACLED{EventType: Explosions, SubEventType: "Air/drone strike"}},
		{"mortars", "194", nil, nil, "", "Mortar rounds fell on the camp overnight.", &annals.ACLED{EventType: Explosions, SubEventType: "Shelling/artillery/missile attack"}},
		{"aerial", "195", nil, nil, "", "Jets struck a depot.", &annals.ACLED{EventType: Explosions, SubEventType: "Air/drone strike"}},
		{"rockets by aerial code", "195", nil, nil, "", "Rockets launched from the hills hit the depot.", &annals.ACLED{EventType: Explosions, SubEventType: "Shelling/artillery/missile attack"}},
		{"suicide", "183", nil, nil, "", "A suicide attacker blew himself up at a checkpoint.", &annals.ACLED{EventType: Explosions, SubEventType: "Suicide bomb"}},
		{"grenade", "183", nil, nil, "", "Someone threw a grenade into the bar.", &annals.ACLED{EventType: Explosions, SubEventType: "Grenade"}},
		{"ied", "183", nil, nil, "", "A roadside device went off under a bus.", &annals.ACLED{EventType: Explosions, SubEventType: "Remote explosive/landmine/IED"}},
		{"abduction", "181", act("gunmen", "UAF", ""), act("a teacher", "CVL", ""), "", "Gunmen took a teacher away.", &annals.ACLED{EventType: Violence, SubEventType: "Abduction/forced disappearance"}},
		{"soldiers captured", "181", act("insurgents", "XYZINS", "XYZ"), act("two soldiers", "XYZMIL", "XYZ"), "XYZ",
			"Insurgents seized two soldiers in the raid on the outpost.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"police hostage", "181", act("gunmen", "UAF", ""), act("a policeman", "COP", ""), "", "Gunmen took a policeman hostage.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"attack", "1823", act("gunmen", "UAF", ""), act("a shopkeeper", "BUS", ""), "", "Gunmen shot a shopkeeper dead.", &annals.ACLED{EventType: Violence, SubEventType: "Attack"}},
		{"riot", "145", act("protesters", "CVL", ""), nil, "", "Protesters threw stones at the police station.", &annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}},
		{"mob", "145", act("a mob", "CVL", ""), nil, "", "A mob burned a suspected thief's house.", &annals.ACLED{EventType: Riots, SubEventType: "Mob violence"}},
		{"protest", "141", act("nurses", "HLH", ""), nil, "", "Nurses rallied outside the hospital.", &annals.ACLED{EventType: Protests, SubEventType: "Peaceful protest"}},
		{"arrest", "173", act("police", "XYZCOP", "XYZ"), nil, "", "Police detained four men.", &annals.ACLED{EventType: Strategic, SubEventType: "Arrests"}},
		{"weapons seized", "1711", act("police", "XYZCOP", "XYZ"), nil, "", "Police confiscated six rifles and a box of ammunition.", &annals.ACLED{EventType: Strategic, SubEventType: "Disrupted weapons use"}},
		{"property seized", "1711", act("police", "XYZCOP", "XYZ"), nil, "", "Police confiscated two trucks of timber.", &annals.ACLED{EventType: Strategic, SubEventType: "Looting/property destruction"}},
		{"ceasefire", "0871", nil, nil, "", "The two factions declared a truce.", &annals.ACLED{EventType: Strategic, SubEventType: "Agreement"}},
		{"deployment", "152", nil, nil, "", "The army sent more units to the border.", &annals.ACLED{EventType: Strategic, SubEventType: "Change to group/activity"}},
		{"tear gas on a crowd", "175", act("riot police", "XYZCOP", "XYZ"), act("the crowd", "", ""), "XYZ",
			"Riot police lobbed tear gas canisters into the crowd.", &annals.ACLED{EventType: Protests, SubEventType: "Protest with intervention"}},
		{"water cannon, no target", "175", act("police", "XYZCOP", "XYZ"), nil, "XYZ",
			"Police turned water cannon on the square.", &annals.ACLED{EventType: Protests, SubEventType: "Protest with intervention"}},
		{"live fire on marchers", "175", act("troops", "XYZMIL", "XYZ"), act("the marchers", "CVL", ""), "XYZ",
			"Troops fired live rounds to break up the marchers.", &annals.ACLED{EventType: Protests, SubEventType: "Excessive force against protesters"}},
		{"shooting protesters", "180", act("soldiers", "XYZMIL", "XYZ"), act("protestors", "CVL", ""), "XYZ",
			"Soldiers shot at protestors near the palace.", &annals.ACLED{EventType: Protests, SubEventType: "Excessive force against protesters"}},
		{"protesters arrested", "173", act("police", "XYZCOP", "XYZ"), act("demonstrators", "CVL", ""), "XYZ",
			"Police detained a dozen demonstrators at the rally.", &annals.ACLED{EventType: Protests, SubEventType: "Protest with intervention"}},
		{"police and rioters clash", "193", act("police", "XYZCOP", "XYZ"), act("rioters", "CVL", ""), "XYZ",
			"Police fought running battles with rioters.", &annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}},
		{"protesters burn a car", "1712", act("protesters", "CVL", ""), nil, "XYZ",
			"Protesters torched a police car.", &annals.ACLED{EventType: Riots, SubEventType: "Violent demonstration"}},
		{"crowd beats a thief", "182", act("an angry crowd", "", ""), act("a suspected thief", "CRM", ""), "XYZ",
			"An angry crowd beat a suspected thief.", &annals.ACLED{EventType: Riots, SubEventType: "Mob violence"}},
		{"gang fights soldiers", "193", act("a gang", "CRM", ""), act("soldiers", "XYZMIL", "XYZ"), "XYZ",
			"A gang fought soldiers on the highway.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"soldiers shot", "1823", act("gunmen", "UAF", ""), act("two soldiers", "XYZMIL", "XYZ"), "XYZ",
			"Gunmen shot dead two soldiers at a checkpoint.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"fight with sticks", "193", nil, nil, "XYZ",
			"Two groups of farmers fought with sticks and axes over a plot of land.", &annals.ACLED{EventType: Riots, SubEventType: "Mob violence"}},
		{"supporters fight", "190", act("party supporters", "XYZPTYCVL", "XYZ"), nil, "XYZ",
			"Party supporters fought each other after the rally.", &annals.ACLED{EventType: Riots, SubEventType: "Mob violence"}},
		{"militia with machetes", "193", act("the militia", "XYZREB", "XYZ"), act("the soldiers", "XYZMIL", "XYZ"), "XYZ",
			"The militia fought the soldiers with machetes.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"sanctions", "163", act("the European Union", "IGOEEC", ""), act("Ruritania", "XYZ", "XYZ"), "",
			"The European Union imposed new sanctions on Ruritania.", nil},
		{"launchers alone", "194", act("the rebels", "XYZREB", "XYZ"), nil, "XYZ",
			"The rebels fired grenade launchers at army positions.", &annals.ACLED{EventType: Explosions, SubEventType: "Shelling/artillery/missile attack"}},
		{"launchers and small arms", "194", act("the rebels", "XYZREB", "XYZ"), nil, "XYZ",
			"The rebels fired grenade launchers and small arms at army positions.", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"fighters freed", "0841", act("the government", "XYZGOV", "XYZ"), act("40 rebels", "XYZREB", "XYZ"), "XYZ",
			"The government freed 40 rebels in return for 12 captured soldiers.", &annals.ACLED{EventType: Strategic, SubEventType: "Agreement"}},
		{"journalists freed", "0841", act("the government", "XYZGOV", "XYZ"), act("two journalists", "XYZMED", "XYZ"), "XYZ",
			"The government freed two journalists.", &annals.ACLED{EventType: Strategic, SubEventType: "Other"}},
		{"dispersal of nobody", "175", act("police", "XYZCOP", "XYZ"), nil, "XYZ",
			"Police cracked down on the opposition.", &annals.ACLED{EventType: Strategic, SubEventType: "Other"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &annals.Event{CAMEO: tt.cameo, Source: tt.src, Target: tt.tgt, Territory: tt.terr, Evidence: tt.evidence}
			if d := cmp.Diff(tt.want, ty.Type(e)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tt.evidence, d)
			}
		})
	}
}

func TestActorType(t *testing.T) {
	ty := load(t)
	tests := []struct {
		text, code, country, territory, want string
	}{
		{"the soldiers", "XYZMIL", "XYZ", "XYZ", Military},
		{"foreign soldiers", "ABCMIL", "ABC", "XYZ", External},
		{"the police", "XYZCOP", "XYZ", "XYZ", Police},
		{"the insurgents", "XYZINS", "XYZ", "", Rebels},
		{"a local militia", "XYZREB", "XYZ", "", Militia},
		{"the demonstrators", "CVL", "", "", Protesters},
		{"rioters", "CVL", "", "", Rioters},
		{"farmers", "AGR", "", "", Civilians},
		{"the minister", "XYZGOV", "XYZ", "", ""},
	}
	for _, tt := range tests {
		got := ty.ActorType(&annals.Actor{Text: tt.text, Code: tt.code, Country: tt.country}, tt.territory)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q %s: (-want +got):\n%s", tt.text, tt.code, d)
		}
	}
}

func TestWeapon(t *testing.T) {
	ty := load(t)
	tests := []struct{ sentence, want string }{
		{"Gunmen opened fire with rifles on the convoy.", "small_arms"},
		{"Villagers attacked him with machetes.", "crude"},
		{"An air strike destroyed the bridge.", "air_strike"},
		{"Shelling killed two farmers.", "artillery"},
		{"The bomb went off as a suicide attacker approached.", "suicide"},
		{"He was stabbed outside his shop.", "crude"},
		{"Police fired rubber bullets and tear gas.", "crowd_control"},
		{"Police fired live rounds and tear gas.", "small_arms"},
		{"Officers threw stun grenades.", "crowd_control"},
		{"Police resorted to a lathi charge.", "crowd_control"},
		{"The army built an outpost on the ridge.", "base"},
		{"The army sent reinforcements to its outpost on the ridge.", "reinforcement"},
		{"Militants shelled the base with mortars.", "artillery"},
		{"Talks resumed on Monday.", ""},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, ty.Weapon(tt.sentence)); d != "" {
			t.Errorf("%q (-want +got):\n%s", tt.sentence, d)
		}
	}
}

// TestVictims: people an event counts as killed or injured, when no target was found, tell
// who was attacked: armed people make a battle, others violence against civilians.
func TestVictims(t *testing.T) {
	ty := load(t)
	army := &annals.Actor{Text: "the army", Code: "XYZMIL", Country: "XYZ"}
	for _, tt := range []struct {
		cameo, victims string
		want           *annals.ACLED
	}{
		{"180", "nine insurgents", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"180", "a policeman", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
		{"180", "nine villagers", &annals.ACLED{EventType: Violence, SubEventType: "Attack"}},
		{"193", "two children", &annals.ACLED{EventType: Violence, SubEventType: "Attack"}},
		{"193", "two soldiers", &annals.ACLED{EventType: Battles, SubEventType: "Armed clash"}},
	} {
		e := &annals.Event{CAMEO: tt.cameo, Source: army, Territory: "XYZ", Evidence: "A raid killed " + tt.victims + ".",
			Quantities: []annals.Quantity{{Text: tt.victims, Value: 9, Unit: "killed"}}}
		if d := cmp.Diff(tt.want, ty.Type(e)); d != "" {
			t.Errorf("%q (-want +got):\n%s", e.Evidence, d)
		}
	}
}

// TestNoCategoryRow: a rules.tsv row with no ACLED category fits only the actor types it
// names.
func TestNoCategoryRow(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"acled/subevents.tsv", "acled/actortypes.tsv", "acled/weapons.tsv", "acled/engagement.tsv", "rank/cues.tsv"} {
		b, err := fs.ReadFile(dict.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	fsys["acled/rules.tsv"] = &fstest.MapFile{Data: []byte("14\tmilitary\t*\t*\t-\t-\tnone\n14\t*\t*\t*\tProtests\tPeaceful protest\tprotest\n")}
	ty, err := Load(fsys, rankCues(t))
	if err != nil {
		t.Fatal(err)
	}
	nurses := &annals.Event{CAMEO: "141", Source: &annals.Actor{Text: "nurses", Code: "HLH"}}
	if d := cmp.Diff(&annals.ACLED{EventType: Protests, SubEventType: "Peaceful protest"}, ty.Type(nurses)); d != "" {
		t.Errorf("nurses (-want +got):\n%s", d)
	}
	troops := &annals.Event{CAMEO: "141", Source: &annals.Actor{Text: "troops", Code: "XYZMIL"}}
	if got := ty.Type(troops); got != nil {
		t.Errorf("troops: %+v, want nil", got)
	}
}
