package place_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLocateClasses checks the classes of sentences whose event place is one of several
// places of the sentence: a place and the container the text names for it, a part of a town,
// and the place an actor comes from. The sentences are written for this test.
func TestLocateClasses(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		sentence int
		head     string // the event's head word in that sentence
		want     string // the location's name
	}{
		// A place and its container: the place when the container holds it.
		{"a town in the region of its seat", "In Manbij, Aleppo, artillery shelled farms.", 0, "shelled", "Manbij"},
		{"a district of a city", "In Dharavi, Mumbai, police dispersed a crowd.", 0, "dispersed", "Dhārāvi"},
		// ... the container when the place resolved to a namesake far from it.
		{"a village the gazetteer knows only elsewhere, then its town", "Villagers clashed with police in Sultanpur, Ghaziabad, on Friday.", 0, "clashed", "Ghāziābād"},
		{"in parentheses", "Villagers clashed with police in Kotla (Ludhiana) on Friday.", 0, "clashed", "Ludhiana"},
		{"a village by a town", "Villagers clashed with police in Fatehpur near Ludhiana on Friday.", 0, "clashed", "Ludhiana"},
		{"a city known well beyond its region keeps its name", "Villagers clashed with police in Rampur (Varanasi) on Friday.", 0, "clashed", "Rāmpur"},
		// ... and not when the 'container' names the place's region after its seat, whatever
		// region the gazetteer files the seat under (Lima the city is in Lima Province).
		{"a region named after its seat", "Farmers blocked a road in Huaral, Lima, on Monday.", 0, "blocked", "Huaral"},
		{"a seat that names another region", "Farmers blocked a road in Huaral, Cusco, on Monday.", 0, "blocked", "Cusco"},
		// ... but not when the 'container' is a smaller place than the city before it, nor in a list.
		{"a part of a city in parentheses", "Residents protested in Panama City (Bella Vista) on Friday.", 0, "protested", "Panama City"},
		{"a list of peers is no chain", "Villagers clashed with police in Kotla, Ludhiana and Jalandhar.", 0, "clashed", "Kotla"},
		// A part of a town whose name ends in a place name.
		{"a colonia's name", "Gunmen killed a trader in Colonia Lomas de Santa Fe, Monterrey.", 0, "killed", "Monterrey"},
		{"an area of a town", "Gunmen killed a trader in the Soba area of Khartoum.", 0, "killed", "Khartoum"},
		{"the area around a town is the town", "Police dispersed a crowd in the Dharavi area (Mumbai, Maharashtra) on Friday.", 0, "dispersed", "Dhārāvi"},
		// Where an actor comes from is not where the act happened.
		{"militants from a town attacked another", "A checkpoint near Lashkar Gah was attacked by militants from Kandahar.", 0, "attacked", "Lashkar Gāh"},
		{"fighters who are from a region", "Shops in Jarabulus were looted by fighters who are also from Idlib.", 0, "looted", "Jarābulus"},
		// A city's district written after it with a hyphen is in the city.
		{"a city and its district hyphenated", "Protesters marched in Nairobi-Kibera West on Friday.", 0, "marched", "Nairobi"},
		{"a capital and its district before a district noun", "A grenade exploded in Kabul-Dasht Barchi district on Monday.", 0, "exploded", "Kabul"},
		// A one-word village abroad, all the gazetteer knows of a name, does not make the story's country.
		{"a village's foreign namesake is no focus", "Police clashed with soldiers near Gumbaro in Mogadishu-Karan district (Karan, Banadir).", 0, "clashed", "Mogadishu"},
		// A currency's country says nothing of where the story is.
		{"a currency's country is no focus", "Drivers blocked a road in Qornet Zaarour over the soaring US dollar rate.", 0, "blocked", ""},
	}
	for _, tc := range tests {
		gotName := locatedAt(t, tc.name, tc.in, tc.sentence, tc.head, true, "")
		if gotName != tc.want {
			t.Errorf("%s: located at %q, want %q", tc.name, gotName, tc.want)
		}
	}
}

// TestLocateSceneRefinesCountry checks a physical event whose sentence names no town but a
// country: the town where an earlier sentence set the story, when it lies in that country or
// the country is the act's possessor ("Russia's artillery"), says more; a country the
// sentence sets the act in, or another country, stays. The sentences are written for this
// test.
func TestLocateSceneRefinesCountry(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		head     string // the event's head word in the second sentence
		want     string // the location's name
	}{
		{"a country in a title",
			"Farmers blocked a highway near Kayseri on Monday. Police of Turkey later arrested six of them.", "arrested", "Kayseri"},
		{"a country's possessive",
			"Nurses protested outside a hospital in Puebla on Friday. Mexico's largest union said guards beat two of them.", "beat", "Puebla"},
		{"a country the act is set in stays",
			"Farmers blocked a highway near Kayseri on Monday. Protests later spread across Turkey.", "spread", "Türkiye"},
		{"a country a verb takes stays",
			"Farmers blocked a highway near Kayseri on Monday. Their convoy later left Turkey.", "left", "Türkiye"},
		{"another country stays",
			"Farmers blocked a highway near Kayseri on Monday. Police of Greece arrested six of them.", "arrested", "Greece"},
		// A country's possessive names whose act it is: the scene, also abroad.
		{"another country's possessive",
			"Shells hit a school in Kharkiv on Monday. Russia's artillery also struck a hospital.", "struck", "Kharkiv"},
		{"another country the act is set in stays",
			"Shells hit a school in Kharkiv on Monday. Later, drones struck a depot in Russia.", "struck", "Russia"},
	}
	var got, want []string
	for _, tc := range tests {
		got = append(got, tc.name+": "+locatedAt(t, tc.name, tc.in, 1, tc.head, true, ""))
		want = append(want, tc.name+": "+tc.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("locations (-want +got):\n%s", d)
	}
}

// TestLocateVillageInContainer checks the villages (gazetteer.Villages): a name the
// gazetteer's towns lack is looked up among them only in the region or near the town that
// the text says holds it, and only there. The sentences are written for this test.
func TestLocateVillageInContainer(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		head     string // the event's head word
		want     string // the location's name
	}{
		{"a village in its state", "Gunmen killed a farmer in Chamacua, Guanajuato, on Sunday.", "killed", "Chamacua"},
		{"a village by a town", "Apple growers blocked the highway in Narkanda, Shimla, on Monday.", "blocked", "Nārkanda"},
		{"a village of that name elsewhere: the state", "Gunmen killed a farmer in Chamacua, Oaxaca, on Sunday.", "killed", "Oaxaca"},
	}
	var got, want []string
	for _, tc := range tests {
		got = append(got, tc.name+": "+locatedAt(t, tc.name, tc.in, 0, tc.head, true, ""))
		want = append(want, tc.name+": "+tc.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("locations (-want +got):\n%s", d)
	}
}
