package pipeline_test

import "testing"

// TestNotesRecall: acts that conflict monitors word in ways no pattern read, so that the
// report gave no event, and no place either (dict/events/19v.txt, 14v.txt, 18v.txt): guns
// fired at places rather than at people, with a list of calibres or a kind of gun other
// than a machine gun before them; fights told with "battle" in a place or "each other";
// gun shots exchanged; crowds gathered somewhere "in rejection of" something, where the
// place's own "in" had hidden 14a.txt's "gather * in rejection"; a road blocked "with"
// vehicles before it is named; vehicles burned; a killing told by the body or remains
// found ("the body of a man was found"), a slit throat; explosives used. Battles in court
// or against illness, gathered data and a governing body that found something stay no
// event.
func TestNotesRecall(t *testing.T) {
	c := load(t)
	checkEvents(t, c, eventTriples, []eventsCase{
		{"Army units fired medium weapons at farms outside the town of Kadugli.", []string{"193 SDNMIL -"}},
		{"Rebel fighters fired 23mm and 7.62mm machine guns at villages north of Kadugli.", []string{"193 SDNREB -"}},
		{"Militiamen fired sniper rifles at houses in Kadugli.", []string{"193 SDNREB -"}},
		{"Rebel fighters fired heavy and medium weapons at scattered areas east of Kadugli.", []string{"194 SDNREB -"}},
		{"Two rival clan militias battled in a village near Kadugli.", []string{"190 SDNREB -"}},
		{"Militiamen from two clans briefly exchanged gun shots near Kadugli town.", []string{"193 SDNREB -"}},
		{"Rioters burned two cars in Kisumu.", []string{"145 KENCVL -"}},
		{"Prosecutors gathered evidence in Kisumu against the former governor.", nil},
		{"Hundreds of teachers gathered in Kisumu city in rejection of the new pay scale.", []string{"141 KENEDU -"}},
		{"University students blocked with two buses the main highway near Eldoret.", []string{"144 KENEDU -"}},
		{"On Monday the body of a young man was found in a river near Kitale.", []string{"180 - -"}},
		{"The remains of two women were left by gunmen near the market in Kitale.", []string{"180 KENUAF -"}},
		{"Three women with their throats slit were found on a road near Kitale.", []string{"1823 - -"}},
		{"Armed men used explosives in a bank robbery in Kitale.", []string{"183 KENUAF -"}},
		{"The governing body of the league found the club guilty.", nil},
		{"The two parties battled in court over the election results.", nil},
		{"The senator battled cancer for years.", nil},
		{"The company gathered data on its customers in Kisumu.", nil},
	})
}
