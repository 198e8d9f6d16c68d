package cameo_test

import (
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
	"github.com/google/go-cmp/cmp"
)

// TestPLOVERTypes codes sentences written for this test, one class of wording a row, and
// checks the CAMEO code and PLOVER type of an event the sentence gives (the dictionaries of
// CAMEO roots 03, 04, 06 to 10, 12 and 15 to 17 read through the CAMEO -> PLOVER table).
// Sentences that must not give a type are in TestPLOVERTypesAbsent.
func TestPLOVERTypes(t *testing.T) {
	c, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	type coded struct{ CAMEO, PLOVER string }
	for _, tc := range []struct {
		text string
		want coded
	}{
		// SANCTION (16p.txt): a visit not made, links, aid programmes, organisations forced out.
		{"Canada cancelled a long-awaited visit to Peru after the riots.", coded{"160", "SANCTION"}},
		{"The foreign minister has called off his planned trip to Ghana.", coded{"160", "SANCTION"}},
		{"Argentina announced a suspension of flights with Chile.", coded{"160", "SANCTION"}},
		{"Qatar suspended all air and sea links with Bahrain on Monday.", coded{"160", "SANCTION"}},
		{"The European Union suspended part of its development aid programme for Chad.", coded{"1621", "SANCTION"}},
		{"Sweden froze its aid package for Zambia.", coded{"162", "SANCTION"}},
		{"Congress voted to prohibit military aid to the Kurdish militia.", coded{"1622", "SANCTION"}},
		{"Kenya forced the aid agency out of the country.", coded{"166", "SANCTION"}},
		{"Italy announced a suspension of flights with Tunisia on Friday.", coded{"160", "SANCTION"}},
		{"Iran expelled inspectors of the International Atomic Energy Agency.", coded{"1662", "SANCTION"}},
		{"Eritrea expelled UN observers last week.", coded{"1662", "SANCTION"}},
		{"Canada withdrew its election monitors from Haiti on Monday.", coded{"1662", "SANCTION"}},
		{"Iran expelled the nuclear inspectors last year.", coded{"1662", "SANCTION"}},
		{"The EU halted trade talks with Turkey.", coded{"164", "SANCTION"}},
		{"Croatia broke off the peace negotiations with Serbia on Friday.", coded{"164", "SANCTION"}},
		// AGREE (03p.txt): a consensus reached on a course of action reads as "agree to".
		{"Chile and Peru reached a consensus to resume trade.", coded{"030", "AGREE"}},
		{"Ghana reached a broad consensus with Togo on the border dispute.", coded{"030", "AGREE"}},
		// MOBILIZE (15p.txt): forces on alert, strengthened, war games.
		{"Indian soldiers remained on high alert in the border region.", coded{"150", "MOBILIZE"}},
		{"The navy kept its submarines on standby near the strait.", coded{"150", "MOBILIZE"}},
		{"Turkey has strengthened its forces in northern Syria.", coded{"154", "MOBILIZE"}},
		{"Russia bolstered its military presence along the border with Georgia.", coded{"154", "MOBILIZE"}},
		{"Chinese warships began war games near Taiwan on Friday.", coded{"150", "MOBILIZE"}},
		// Unarmed mobilization (15p.txt, 15.txt): support rallied, opposition rallied against.
		{"Ankara mobilized lobby groups in Brussels to win backing for its bid.", coded{"053", "SUPPORT"}},
		{"The union mobilized thousands of members for the strike.", coded{"053", "SUPPORT"}},
		{"The opposition mobilized against President Ortega.", coded{"113", "ACCUSE"}},
		// A call to mobilize is an appeal whose content is the mobilization (cf862cc).
		{"Opposition parties called on voters to mobilize against President Ortega.", coded{"020", "REQUEST"}},
		{"Armenia mobilized reservists on Sunday.", coded{"154", "MOBILIZE"}},
		{"Ethiopia mobilized reservists for a war against Eritrea.", coded{"154", "MOBILIZE"}},
		{"NATO sent warships to the Black Sea.", coded{"154", "MOBILIZE"}},
		{"Pyongyang moved missile launchers to the coast.", coded{"154", "MOBILIZE"}},
		// Legal and administrative coercion (17n.txt) and sanctions lists (16n.txt): impeachment,
		// a country taken off a list of safe places or put on a quarantine list, a target
		// added to a sanctions list or designated a terrorist organisation.
		{"Poland's parliament impeached the president on Friday.", coded{"173", "COERCE"}},
		{"Brazil's senate voted for the impeachment of the president.", coded{"173", "COERCE"}},
		{"Germany removed Austria from its list of safe countries on Sunday.", coded{"172", "COERCE"}},
		{"Norway dropped Sweden from its travel corridor list.", coded{"172", "COERCE"}},
		{"Denmark added Belgium to its quarantine list.", coded{"172", "COERCE"}},
		{"Japan added the Russian bank to its sanctions list.", coded{"163", "COERCE"}},
		{"Canada designated the militia as a terrorist organisation.", coded{"163", "COERCE"}},
		// A group or outlet declared unlawful, extremist or terrorist (17n.txt, 16n.txt).
		{"The Kremlin declared the broadcaster an undesirable organisation.", coded{"1721", "COERCE"}},
		{"Russia branded the rights group extremist.", coded{"1721", "COERCE"}},
		{"Bahrain declared Hezbollah as a terrorist group.", coded{"163", "COERCE"}},
		// Duties of a kind named by a noun, raised on a target (16n.txt).
		{"Turkey raised import duties on American cars.", coded{"163", "COERCE"}},
		{"India hiked customs duties on Chinese electronics.", coded{"163", "COERCE"}},
		// Hyphenated verbs, inflected on their last part by the lemmatizer (ed241c6).
		{"North Korea test-fired two missiles on Sunday.", coded{"150", "MOBILIZE"}},
		{"Iran test-launched a missile on Monday.", coded{"150", "MOBILIZE"}},
		{"Police re-arrested the opposition leader.", coded{"173", "COERCE"}},
		{"Police tear-gassed the protesters in Nairobi.", coded{"175", "ASSAULT"}},
		{"Police baton-charged the protesters in Lahore.", coded{"175", "ASSAULT"}},
		// A lawsuit before a court named by its kind (11.txt).
		{"Gambia took Myanmar to the International Court of Justice.", coded{"115", "ACCUSE"}},
		{"Croatia dragged Serbia before the International Court of Justice.", coded{"115", "ACCUSE"}},
		{"The activists hauled the government to the Supreme Court.", coded{"115", "ACCUSE"}},
		// CONCEDE and RETREAT (08p.txt): conceding to demands, freedoms widened, dissent and
		// deliveries allowed.
		{"The Chilean president finally conceded to demands from the opposition.", coded{"080", "CONCEDE"}},
		{"The king conceded at once to the pressure of the striking miners.", coded{"080", "CONCEDE"}},
		{"The new cabinet restored civil liberties in the capital.", coded{"0811", "CONCEDE"}},
		// A crossing named by its place (08.txt).
		{"Jordan reopened the Jaber crossing to Syria.", coded{"081", "CONCEDE"}},
		{"Egypt reopened the Nuweiba border with Israel on Friday.", coded{"081", "CONCEDE"}},
		{"The governor allowed the opposition to hold a rally outside parliament.", coded{"082", "CONCEDE"}},
		{"The government allowed the delivery of food and medicine to the besieged town.", coded{"0863", "RETREAT"}},
		{"The court allowed opposition leader Ana Ruiz to contest the vote.", coded{"0812", "CONCEDE"}},
		{"The Supreme Court allowed candidate Maria Lopez to participate in the runoff.", coded{"0812", "CONCEDE"}},
		{"The army evacuated three outposts in the valley on Sunday.", coded{"0874", "RETREAT"}},
		{"The cabinet accepted demands from striking miners that it raise wages.", coded{"080", "CONCEDE"}},
		{"The junta accepted the rebels' conditions for a truce.", coded{"080", "CONCEDE"}},
		{"The governor received a team of monitors from the African Union on Monday.", coded{"0862", "RETREAT"}},
		// AID and COOPERATE (07p.txt, 06p.txt): troops contributed to a mission, know-how shared.
		{"Ghana contributed 800 soldiers to the UN mission in Mali.", coded{"074", "AID"}},
		{"Norway is sending a frigate to help search for the missing trawler.", coded{"073", "AID"}},
		{"Saudi Arabia delivered 20 tons of food to Yemen.", coded{"073", "AID"}},
		{"The Red Cross distributed winter blankets in the camp.", coded{"073", "AID"}},
		{"Qatar funded the reconstruction of Gaza.", coded{"071", "AID"}},
		{"The militia shared bomb-making expertise with the rebels in the south.", coded{"060", "COOPERATE"}},
		// REJECT (12p.txt): accords and promises gone back on, mediation opposed.
		{"Chile reneged on the peace deal with the miners.", coded{"127", "REJECT"}},
		{"The junta backed out of the ceasefire agreement last week.", coded{"127", "REJECT"}},
		{"Bolivia reneged on its promise to hold a referendum.", coded{"120", "REJECT"}},
		{"Peru is opposed to Brazilian mediation in the water dispute.", coded{"126", "REJECT"}},
		{"Peru opposed Brazilian mediation in the water dispute.", coded{"126", "REJECT"}},
		// INVESTIGATE, ACCUSE in the 2021 table (09p.txt): persons put under investigation, hearings.
		{"Prosecutors put the mayor under investigation.", coded{"090", "ACCUSE"}},
		{"The former minister was placed under investigation for fraud.", coded{"090", "ACCUSE"}},
		{"The senate opened a hearing into the sale of the port.", coded{"090", "ACCUSE"}},
		// DEMAND, REQUEST in the 2021 table (10p.txt): the target ordered or pressed to act.
		{"The union pressed the government to raise wages.", coded{"100", "REQUEST"}},
		{"The court ordered the former governor to appear before it.", coded{"100", "REQUEST"}},
		// COERCE (17p.txt): political gatherings prevented.
		{"Police prevented a rally of the opposition in the capital.", coded{"1721", "COERCE"}},
		{"Soldiers blocked the march of the students.", coded{"1721", "COERCE"}},
		{"Police prevented the nurses from staging a march.", coded{"1721", "COERCE"}},
		// CONSULT (04p.txt): a visitor given a welcome; AID (07p.txt): peacekeepers arriving.
		{"Italy gave a warm welcome to the Chilean president.", coded{"043", "CONSULT"}},
		{"Italy gave the Chilean president a warm welcome.", coded{"043", "CONSULT"}},
		{"France rolled out the red carpet for the Chilean president.", coded{"043", "CONSULT"}},
		{"Kenyan peacekeeping troops arrived in Somalia on Monday.", coded{"074", "AID"}},
		// REJECT (12p.txt): vowing by oath to fight on; permission refused.
		{"The militia swore to fight until the last village is free.", coded{"1246", "REJECT"}},
		{"The mayor denied the union permission to hold a rally.", coded{"120", "REJECT"}},
		// COERCE (17p.txt): computer intrusion (no 19x: no force of arms).
		{"Chinese hackers broke into the computers of the defence ministry.", coded{"170", "COERCE"}},
		{"The spies hacked into the servers of the election commission.", coded{"170", "COERCE"}},
		{"Iran launched a cyberattack on Israel.", coded{"170", "COERCE"}},
		{"Iran launched a cyber attack on Israel.", coded{"170", "COERCE"}},
		{"Activists defaced hundreds of government websites.", coded{"170", "COERCE"}},
		{"Hackers attacked the websites of the Danish government.", coded{"170", "COERCE"}},
		// RETREAT and CONCEDE (08p.txt): property handed back, a border re-opened.
		{"The rebels returned the trucks they had taken from the UN.", coded{"0842", "RETREAT"}},
		{"Uganda re-opened its border with Kenya.", coded{"081", "CONCEDE"}},
		// SANCTION (16p.txt): an organisation forced out, named past an apposition.
		{"Rwanda forced the aid agency, Oxfam, out of the country.", coded{"166", "SANCTION"}},
		// AGREE (03p.txt): a settlement of a dispute accepted.
		{"Norway accepted a formula for ending its fishing dispute with Iceland.", coded{"037", "AGREE"}},
		{"Chad accepted a proposal to settle the border dispute.", coded{"037", "AGREE"}},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		var got []coded
		found := false
		for _, e := range c.Code(&a) {
			ce := coded{e.CAMEO, e.PLOVER}
			got = append(got, ce)
			found = found || ce == tc.want
		}
		if !found {
			t.Errorf("%q: no event %v:\n%s", tc.text, tc.want, cmp.Diff([]coded{tc.want}, got))
		}
	}
}

// TestPLOVERTypesAbsent: the words of the patterns above in sentences without their event.
func TestPLOVERTypesAbsent(t *testing.T) {
	c, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code string }{
		{"The judge allowed the widow to bring a lawsuit against the company.", "0863"}, // not aid
		{"The minister strengthened ties with Japan.", "154"},                           // not forces
		{"The rebels forced the villagers out of their homes.", "166"},                  // not a country's expulsion
		{"Japan sent a ship to help search for the missing fishermen.", "154"},
		{"Norway is sending a frigate to help search for the missing trawler.", "154"}, // a rescue, not a deployment
		{"The president will meet opposition leaders on Monday.", "080"},
		{"The company delivered the water pumps to the farm.", "073"},         // goods, not relief               // a meeting, no demands
		{"The army halted the fighting during talks with the rebels.", "164"}, // the fighting halted, not the talks
		{"The president conceded defeat in the election.", "080"},             // 0831, not a yielding to demands
		{"The rebels returned fire.", "0842"},                                 // a fight, not property returned
		{"The students stopped their march at the bridge.", "1721"},           // a march ended by its marchers
		{"The coalition opposed the new tax.", "126"},                         // no mediation
		{"The ministry ordered new uniforms for the police.", "100"},          // an order of goods, no target told to act
		{"The hearing was held in the capital.", "090"},                       // a hearing into nothing
		{"Italy welcomed the decision of the Chilean president.", "043"},      // praise of a decision, no visit
		{"Kenyan peacekeeping troops arrived in Somalia on Monday.", "042"},   // a deployment, no visit
		{"Iran launched a cyber attack on Israel.", "190"},                    // no force of arms
		{"Hackers attacked the websites of the Danish government.", "190"},
		{"The rebels attacked the army base at dawn.", "170"},    // an armed attack
		{"The minister denied the accusations of fraud.", "120"}, // a denial (016), no request refused
		// Lists and designations (16n.txt, 17n.txt) that are no sanction or travel restriction.
		{"The party designated the governor as its candidate.", "163"},                          // a nomination, not a terrorist designation
		{"The coach removed the striker from the team list.", "172"},                            // a list that is no privilege of travel
		{"The editor added the minister to the list of speakers.", "172"},                       // nor a quarantine list
		{"The editor added the minister to the list of speakers.", "163"},                       // nor a sanctions list
		{"The United States removed Cuba from its list of state sponsors of terrorism.", "172"}, // a delisting eases (085)
		{"The town reopened the road near the border.", "081"},                                  // a road, not a crossing
		{"Gambia took Myanmar to the top of the agenda at the court summit.", "115"},            // no court seized
		{"The port raised its import fees on Monday.", "163"},                                   // fees of a port, on no target
		{"The minister declared the meeting open.", "1721"},                                     // an opening, no group declared unlawful
		// A consensus held or missing is no agreement reached (03p.txt).
		{"The scientists have a broad consensus on the causes of the drought.", "030"},
		{"There is still no consensus on the budget in Kenya.", "030"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		for _, e := range c.Code(&a) {
			if e.CAMEO == tc.code {
				t.Errorf("%q: event %s, want none", tc.text, tc.code)
			}
		}
	}
}

// TestPLOVERTargets: the target named after the pattern's object ("demands from", "monitors
// from", "for a war against") is the event's target.
func TestPLOVERTargets(t *testing.T) {
	c, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, cameo, target string }{
		{"The cabinet accepted demands from the rebels that it hold elections.", "080", "REB"},
		{"The governor received a team of monitors from the African Union on Monday.", "0862", "IGOAFU"},
		{"Ethiopia mobilized reservists for a war against Eritrea.", "154", "ERI"},
	} {
		a := annals.Article{ID: "t", Text: tc.text}
		var got []string
		for _, e := range c.Code(&a) {
			if e.CAMEO == tc.cameo && e.Target != nil {
				got = append(got, e.Target.Code)
			}
		}
		if diff := cmp.Diff([]string{tc.target}, got); diff != "" {
			t.Errorf("%q: targets of %s (-want +got):\n%s", tc.text, tc.cameo, diff)
		}
	}
}
