package pipeline_test

import (
	"strings"
	"testing"

	"github.com/annals-org/annals"
)

// TestCoverage11 checks the strategic developments and protest forms of issue 11.6 and the
// ACLED typing of a report by who acted and with what (11.1, 11.2): each sentence, written
// for this test, must give an event of the CAMEO code and type the report (its event with the
// lowest Goldstein value among those with an acled field) as the sub-event type.
func TestCoverage11(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, cameo, sub string }{
		// Territory left or handed over without a fight (0874, dict/events/08c.txt).
		{"Government troops withdrew from the river crossing on Tuesday.", "0874", "Non-violent transfer of territory"},
		{"The rebels have pulled out of the town without a fight.", "0874", "Non-violent transfer of territory"},
		{"The militia handed the district over to the army on Friday.", "0874", "Non-violent transfer of territory"},
		{"Soldiers are retreating from their positions along the lake.", "0874", "Non-violent transfer of territory"},
		// Ceasefires reached or signed by the parties (0871).
		{"Rebels and government troops reached a ceasefire late on Sunday.", "0871", "Agreement"},
		{"Rebel commanders and the army signed a truce in the border town.", "0871", "Agreement"},
		// Weapons found, seized or defused (1711, 1712, dict/events/17c.txt).
		{"Police found a cache of weapons in an abandoned house.", "1711", "Disrupted weapons use"},
		{"An arms depot was discovered by soldiers near the river.", "1711", "Disrupted weapons use"},
		{"Customs officers intercepted a consignment of pistols at the port.", "1711", "Disrupted weapons use"},
		{"Army engineers defused a roadside bomb near the bridge.", "1712", "Disrupted weapons use"},
		{"Deminers cleared dozens of landmines from the farmland.", "1712", "Disrupted weapons use"},
		// Territory regained (192, dict/events/19b.txt): the state's forces regain it.
		{"Troops regained control of the market district after a week.", "192", "Government regains territory"},
		{"Government forces freed three villages from the insurgents.", "192", "Government regains territory"},
		{"The army drove the militants out of the hill town.", "192", "Government regains territory"},
		// Heavy weapons fired at positions (194, dict/events/19b.txt); with small arms a clash.
		{"The rebels fired grenade launchers at army positions near the river.", "194", "Shelling/artillery/missile attack"},
		{"Government troops fired heavy machine guns at the village overnight.", "194", "Shelling/artillery/missile attack"},
		{"Militants fired an RPG at a police checkpoint.", "194", "Shelling/artillery/missile attack"},
		{"Both sides fired grenade launchers and small arms at each other's positions.", "194", "Armed clash"},
		// Bases set up (154 with a base named: dict/acled/weapons.tsv class base).
		{"The army set up a new base near the village.", "154", "Headquarters or base established"},
		{"Foreign troops have established two observation posts on the ridge.", "154", "Headquarters or base established"},
		{"The army deployed more troops to the northern province.", "154", "Change to group/activity"},
		// Protest forms.
		{"Truckers blocked the main highway with their lorries to demand lower fuel prices.", "1442", "Peaceful protest"},
		{"Nurses went on strike over unpaid wages.", "143", "Peaceful protest"},
		{"Teachers staged a sit-in outside the education ministry.", "141", "Peaceful protest"},
		{"Detained students began a hunger strike on Monday.", "142", "Peaceful protest"},
		{"Pensioners demonstrated over the pension cuts on Tuesday.", "1412", "Peaceful protest"},
		{"Dockers demonstrated outside the port authority to demand back pay.", "141", "Peaceful protest"},
		{"Taxi owners drove a motorcade to protest the new licence fees.", "141", "Peaceful protest"},
		{"Shopkeepers came out on the streets after the market was closed.", "141", "Peaceful protest"},
		{"Students took over the toll booth for two hours.", "144", "Peaceful protest"},
		{"Farmers blocked the avenue in front of the ministry.", "144", "Peaceful protest"},
		{"Rioters blocked the ring road with burning debris.", "145", "Violent demonstration"},
		{"Rioters blocked the highway with dirt mounds.", "144", "Violent demonstration"},
		// The response to a crowd (dict/acled/rules.tsv, acled.TypeReport).
		{"Hundreds of traders marched on the town hall. Police fired tear gas to disperse them.", "175", "Protest with intervention"},
		{"Students rallied outside the university. Police arrested twelve of the protesters.", "173", "Protest with intervention"},
		{"Villagers protested against the new mine. Soldiers opened fire on the protesters, killing two.", "1412", "Excessive force against protesters"},
		{"Demonstrators hurled stones at the police, who answered with water cannon.", "145", "Violent demonstration"},
		{"Riot police used batons to break up a march by pensioners.", "175", "Protest with intervention"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		events := c.Code(&a)
		var found bool
		var report *annals.Event
		for i := range events {
			e := &events[i]
			found = found || e.CAMEO == tc.cameo
			if e.ACLED != nil && (report == nil || e.Goldstein < report.Goldstein) {
				report = e
			}
		}
		if !found {
			t.Errorf("%q: no event %s", tc.text, tc.cameo)
		}
		if report == nil {
			t.Errorf("%q: no event with an acled field, want %s", tc.text, tc.sub)
		} else if report.ACLED.SubEventType != tc.sub {
			t.Errorf("%q: typed %s (by %s), want %s", tc.text, report.ACLED.SubEventType, report.CAMEO, tc.sub)
		}
	}
}

// TestCoverage11Negative: the words of those patterns in sentences that tell no such event.
func TestCoverage11Negative(t *testing.T) {
	c := load(t)
	for _, tc := range []struct{ text, notCode string }{
		{"The senator withdrew from the race on Monday.", "0874"},
		{"Residents evacuated the village before the storm.", "0874"},
		{"The company demonstrated its new phone in Berlin.", "14"},
		{"The owners hope to regain control over their old properties.", "192"},
		{"The two factions agreed to a ceasefire.", "0871"},
		{"The driver was taken to hospital with a gunshot wound.", "193"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		for _, e := range c.Code(&a) {
			if strings.HasPrefix(e.CAMEO, tc.notCode) {
				t.Errorf("%q: coded %s (%s), want no %s", tc.text, e.CAMEO, e.CAMEOName, tc.notCode)
			}
		}
	}
}
