package acled_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
)

// TestReportType codes whole reports and checks the ACLED sub-event type of the report's
// main event (the best-ranked event with an acled field): who fired back, what exploded,
// whom a shooting hit, and whether a riot is the report's own or only its grievance.
func TestReportType(t *testing.T) {
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		// Remote violence is one-sided: an exchange of fire is a battle, whatever the weapons.
		{"mortars answered in kind", "On 2 March 2021, rebel fighters fired mortar rounds at army positions outside Kalima. The soldiers returned fire for two hours.", "Armed clash"},
		{"artillery duel", "On 2 March 2021, government troops and rebels exchanged artillery fire across the river near Dobra.", "Armed clash"},
		{"killed in an exchange of fire", "On 2 March 2021, a shopkeeper was killed in Kalima when the police and gunmen exchanged fire outside the market.", "Armed clash"},
		{"shelling alone", "On 2 March 2021, rebel fighters fired mortar rounds at army positions outside Kalima.", "Shelling/artillery/missile attack"},
		// An explosion names no device: what was fired with it tells what exploded.
		{"explosions and rifle fire", "On 2 March 2021, monitors recorded 40 explosions and shots from small arms near the village of Dobra.", "Armed clash"},
		{"explosions of projectiles", "On 2 March 2021, monitors recorded 12 explosions and projectiles near the village of Dobra.", "Shelling/artillery/missile attack"},
		{"explosion alone", "On 2 March 2021, an explosion killed three people at a bus station in Kalima.", "Remote explosive/landmine/IED"},
		{"weapons are not fire", "On 2 March 2021, monitors recorded 12 explosions involving unidentified weapons near Dobra.", "Remote explosive/landmine/IED"},
		// A fight told by its weapon alone: rockets, grenades, air strikes. An aircraft shot
		// down is the target, not the weapon; clashes make shelling a battle, not a grenade.
		{"rockets at a convoy", "On 2 March 2021, insurgents attacked an army convoy with rockets near Dobra.", "Shelling/artillery/missile attack"},
		{"grenade attack", "On 2 March 2021, militants carried out a grenade attack on a police post in Kalima.", "Grenade"},
		{"killed in an air strike", "On 2 March 2021, six fighters were killed in an air strike near Dobra.", "Air/drone strike"},
		{"killed by a landmine", "On 2 March 2021, a soldier was killed when a landmine exploded under his patrol near Dobra.", "Remote explosive/landmine/IED"},
		{"air force strikes", "On 2 March 2021, the air force targeted rebel positions near Dobra.", "Air/drone strike"},
		{"sortie is no strike", "On 2 March 2021, fighter jets made an emergency sortie after foreign planes entered the zone.", "none"},
		{"drone shot down", "On 2 March 2021, government troops shot down a rebel drone over Kalima.", "Armed clash"},
		{"shelling during clashes", "On 2 March 2021, clashes broke out between the army and rebels near Dobra amid heavy shelling of the area.", "Armed clash"},
		{"grenade during clashes", "On 2 March 2021, two people were wounded in a grenade attack during clashes between rival militias in Kalima.", "Grenade"},
		// Whom the shooting hit: the object of the verb, a retired soldier a civilian.
		{"gunmen attack a man", "On 2 March 2021, two gunmen attacked a man outside his shop in Kalima.", "Attack"},
		{"militants kill an officer", "On 2 March 2021, militants shot and killed a security officer at a checkpoint in Kalima.", "Armed clash"},
		{"retired officer", "On 2 March 2021, gunmen shot dead a retired army officer outside his home in Kalima.", "Attack"},
		// A riot that a protest names as its grievance or background is not the protest's.
		{"protest against past riots", "On 2 March 2021, residents held a sit-in outside the court in Kalima, protesting the arrest of nine men involved in riots last month.", "Peaceful protest"},
		{"protest after a mob attack", "On 2 March 2021, traders rallied in Kalima over the attack on a shop by a mob on Sunday.", "Peaceful protest"},
		{"grievance in a relative clause", "On 2 March 2021, farmers whose crops were burned by herders marched to the governor's office in Kalima.", "Peaceful protest"},
		{"party supporters fight", "On 2 March 2021, supporters of the ruling party clashed with opposition supporters in Kalima.", "Mob violence"},
		{"rioters with no march", "On 2 March 2021, rioters torched cars and looted shops in the centre of Kalima.", "Violent demonstration"},
		{"stones at a protest", "On 2 March 2021, protesters threw stones at the police during a march in Kalima.", "Violent demonstration"},
		// Accidents and disasters are no political violence; poison gas is a chemical weapon
		// whatever delivered it, a gas plant or a gas field none.
		{"plane crash", "On 2 March 2021, eleven people were killed in a plane crash near Kalima.", "none"},
		{"floods", "On 2 March 2021, floods and landslides killed 30 people in the hills above Dobra.", "none"},
		{"gas explosion", "On 2 March 2021, a gas explosion at a restaurant in Kalima injured nine people.", "none"},
		{"poison gas attack", "On 2 March 2021, government forces launched an attack with poisonous gas on the rebel-held town of Dobra.", "Chemical weapon"},
		{"protest at a gas company", "On 2 March 2021, workers protested outside the offices of the state gas company in Kalima.", "Peaceful protest"},
		{"explosion at a plant", "On 2 March 2021, an explosion at a fertilizer plant outside Kalima killed four workers.", "none"},
		{"bomb at a factory", "On 2 March 2021, a bomb exploded at a textile factory in Kalima, killing two guards.", "Remote explosive/landmine/IED"},
		// Weapons seized or destroyed are no attack; ground given up unopposed is no battle.
		{"mines destroyed in a country", "On 2 March 2021, Kenyan soldiers destroyed 40 mines and 12 improvised explosive devices during an operation in southern Somalia.", "Disrupted weapons use"},
		{"launcher seized", "On 2 March 2021, police seized twelve rifles and a grenade launcher in a raid on a farm near Dobra.", "Disrupted weapons use"},
		{"town left without resistance", "On 2 March 2021, rebels seized the town of Dobra after the army withdrew without resistance.", "Non-violent transfer of territory"},
		{"entered unopposed", "On 2 March 2021, rebel fighters entered the town of Dobra without encountering any resistance.", "Non-violent transfer of territory"},
		{"control taken by force", "On 2 March 2021, rebels took control by force of several villages near Dobra.", "Non-state actor overtakes territory"},
		{"inmates take a yard", "On 2 March 2021, inmates rioted in Kalima prison, taking control of the prison yard.", "Mob violence"},
		{"capture attempted", "On 2 March 2021, rebels attacked army positions in an attempt to capture the town of Dobra, but the soldiers repelled them.", "Armed clash"},
		{"attacked to seize a hill", "On 2 March 2021, militiamen stormed a police post in a bid to take the hill above Kalima but were pushed back.", "Armed clash"},
		{"town taken in a fight", "On 2 March 2021, rebels seized the town of Dobra after heavy fighting with the army.", "Non-state actor overtakes territory"},
		// The harm a response did is part of it; expelling diplomats is diplomacy.
		{"killed at a peaceful protest", "On 2 March 2021, one man was killed and 40 injured when troops fired on peaceful protesters in Kalima.", "Excessive force against protesters"},
		{"injured as police dispersed", "On 2 March 2021, dozens of people were injured as police fired tear gas and water cannon to disperse a crowd in Kalima.", "Protest with intervention"},
		{"diplomats expelled", "On 2 March 2021, the government expelled two diplomats of its neighbour over the border dispute.", "none"},
		// A raid that hurt nobody is how people were taken: the taking is the event.
		{"arrests in raids", "On 2 March 2021, soldiers detained twelve men in overnight raids across the province.", "Arrests"},
		{"raid that kills", "On 2 March 2021, soldiers killed three rebels and detained two others in a raid on a camp near Dobra.", "Armed clash"},
		// Protest forms worded with a bare verb (dict/events/14a.txt).
		{"demonstrated to demand", "On 2 March 2021, bus drivers demonstrated outside the depot to demand unpaid wages.", "Peaceful protest"},
		{"demonstrated calling for", "On 2 March 2021, about 200 nurses demonstrated calling for more staff in Kalima.", "Peaceful protest"},
		{"toll booth taken over", "On 2 March 2021, some 40 students took over a toll booth on the highway near Kalima for two hours.", "Peaceful protest"},
		{"took to the streets", "On 2 March 2021, thousands of traders took to the streets of Kalima over the new tax.", "Peaceful protest"},
		// An attack told by its suicide bomber or kamikaze is a suicide bombing; a kamikaze
		// drone is an air strike.
		{"kamikazes", "On 2 March 2021, three kamikazes struck near a market in Kalima, killing two people and injuring nine.", "Suicide bomb"},
		{"kamikaze drone", "On 2 March 2021, a kamikaze drone hit a fuel depot in Kalima, killing two guards.", "Air/drone strike"},
		// Missiles thrown by no named side at a demonstration are the crowd's riot.
		{"projectiles of demonstrators", "On 2 March 2021, demonstrators threw stones and other projectiles at the gates of the ministry in Kalima.", "Violent demonstration"},
		{"projectiles of rebels", "On 2 March 2021, rebels fired projectiles at an army post near Dobra.", "Shelling/artillery/missile attack"},
		{"roads barricaded", "On 2 March 2021, fishermen barricaded the coastal road near Kalima with logs to protest the new fishing quotas.", "Violent demonstration"},
		{"road blocked by a crowd", "On 2 March 2021, fishermen blocked the coastal road near Kalima for three hours to protest the new fishing quotas.", "Peaceful protest"},
		{"resolve is no demonstration", "On 2 March 2021, the navy demonstrated its resolve with a new patrol boat.", "none"},
		{"raped and beaten", "On 2 March 2021, militiamen raped and beat four women in a village near Dobra.", "Sexual violence"},
		// A deed told only as what someone claims or denies responsibility for: the claim is
		// the news, which ACLED does not record; a deed told in its own sentence is news.
		{"responsibility claimed", "On 2 March 2021, the rebels claimed responsibility for killing three soldiers at a checkpoint near Dobra.", "none"},
		{"shelling denied", "On 2 March 2021, the defence ministry denied responsibility for the shelling of a hospital in Kalima that killed four patients.", "none"},
		{"bombings claimed", "On 2 March 2021, the rebels claimed the twin bombings that killed nine people in Kalima.", "none"},
		{"bombing then its claim", "On 2 March 2021, a bomb killed nine people at a market in Kalima. The rebels claimed the attack.", "Remote explosive/landmine/IED"},
		{"claimed to have repelled", "On 2 March 2021, the army claimed to have repelled an attack by the rebels near Dobra.", "Armed clash"},
		{"deed then claim", "On 2 March 2021, a bomb destroyed a railway bridge near Dobra. A separatist front claimed responsibility for the blast.", "Remote explosive/landmine/IED"},
		// The deaths and blasts of a report that names an accident in another sentence are
		// the accident's; a killing with a source or a weapon stays an attack.
		{"bus accident", "On 2 March 2021, eleven passengers were killed when their bus overturned on a mountain road near Dobra. Another nine were injured in the accident.", "none"},
		{"factory blasts", "On 2 March 2021, a gas leak at a paint factory in Kalima killed four workers. Two more explosions injured nine people in the afternoon.", "none"},
		{"shooting after a crash", "On 2 March 2021, gunmen shot dead two drivers near Kalima. A truck crash later blocked the road.", "Attack"},
		// Relief, deployments and damage in a report that names a natural disaster are the
		// disaster's; people arrested after it are still arrests.
		{"troops sent after floods", "On 2 March 2021, the army deployed 600 soldiers to evacuate villages cut off by the floods near Dobra.", "none"},
		{"aid after an earthquake", "On 2 March 2021, an earthquake struck the hills near Dobra. The government sent food and tents to the survivors.", "none"},
		{"houses destroyed by a cyclone", "On 2 March 2021, a cyclone destroyed 300 houses along the coast near Kalima.", "none"},
		{"damage of an earthquake", "On 2 March 2021, a strong earthquake caused heavy damage to buildings across the province.", "none"},
		{"factory set on fire", "On 2 March 2021, unknown arsonists set fire to a textile factory in Kalima, causing heavy damage.", "Looting/property destruction"},
		{"looters arrested after floods", "On 2 March 2021, police arrested fourteen opposition activists in Kalima after the floods.", "Arrests"},
		// Strategic developments worded with a gap or a new verb.
		{"ceasefire reached", "On 2 March 2021, the rebels and the army reached a three-day ceasefire in the northern hills.", "Agreement"},
		{"base created", "On 2 March 2021, the army created a new base outside Kalima.", "Headquarters or base established"},
		{"observation points", "On 2 March 2021, foreign troops established six observation points along the highway.", "Headquarters or base established"},
		// Troops sent to reinforce a base or post move; only a base set up is one established.
		{"reinforcements to a base", "On 2 March 2021, the army sent reinforcements to its base outside Kalima.", "Change to group/activity"},
		{"posts reinforced", "On 2 March 2021, the government reinforced its observation posts along the border with 300 soldiers.", "Change to group/activity"},
		{"base set up", "On 2 March 2021, the army set up a new base outside Kalima.", "Headquarters or base established"},
		// A crowd that forces the barriers set against it or scuffles with the police turns
		// its demonstration violent; an unarmed scuffle is no armed clash.
		{"barriers torn down", "On 2 March 2021, protesters tore down the metal barriers outside the ministry in Kalima during a march against the new tax.", "Violent demonstration"},
		{"fence pulled down", "On 2 March 2021, workers pulled down the fence around the closed factory in Kalima to protest unpaid wages.", "Violent demonstration"},
		{"scuffles at a march", "On 2 March 2021, thousands of students marched through Kalima to demand lower fees. There were scuffles with police near the ministry.", "Violent demonstration"},
		{"scuffle between traders", "On 2 March 2021, rival traders scuffled outside the market in Kalima.", "Mob violence"},
		{"clashes at a march", "On 2 March 2021, hundreds of teachers marched against the new pay law and clashed with police in several towns.", "Violent demonstration"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := coder.Code(&annals.Article{ID: "t", Text: tt.text, Published: published})
			got := "none"
			var main *annals.Event
			for i := range evs {
				if e := &evs[i]; e.ACLED != nil && (main == nil || e.Rank < main.Rank) {
					main = e
				}
			}
			if main != nil {
				got = main.ACLED.SubEventType
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, d)
				for _, e := range evs {
					t.Logf("  %s rank %d %v", e.CAMEO, e.Rank, e.ACLED)
				}
			}
		})
	}
}
