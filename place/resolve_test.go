package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestContainerWords: words between two names that make the second hold the first, on
// sentences written for this test.
func TestContainerWords(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"located in, against the state the article names most",
			"Arkansas farmers worried. Arkansas poultry prices fell. Inspectors tested a farm in Crawford County located in Ohio.",
			[]string{"Arkansas: Arkansas", "Arkansas: Arkansas", "Crawford County: Ohio", "Ohio: Ohio"}},
		{"situated in", "The plant lies in Washington County situated in Oregon.",
			[]string{"Washington County: Oregon", "Oregon: Oregon"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, regionsOf(tc.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestShortForm: a town's name without the river that qualifies it is no mere alternate
// name (shortForm), on sentences written for this test.
func TestShortForm(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"upon Tyne", "Shipyards in Newcastle closed last year, UK unions said.",
			[]got{{"Newcastle", "GBR", "PPLA2"}, {"UK", "GBR", "PCLI"}}},
		{"-upon-Avon", "Floods hit Stratford and Warwick, UK officials said.",
			[]got{{"Stratford", "GBR", "PPL"}, {"Warwick", "GBR", "PPLA2"}, {"UK", "GBR", "PCLI"}}},
		{"a capital of the article's country still beats Kingston upon Hull", "Fans in Kingston cheered the team, Jamaica's minister said.",
			[]got{{"Kingston", "JAM", "PPLC"}, {"Jamaica", "JAM", "PCLI"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestRegionNearItsPlaces: a first-level region is near the places it holds, however far its
// point lies from them (nearOthers), on sentences written for this test.
func TestRegionNearItsPlaces(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"the province of the article's towns over its seat",
			"Buses stopped in Montreal and Laval on Monday. The new rules apply everywhere in Quebec, a Montreal spokesman said.",
			[]got{{"Montreal", "CAN", "PPLA2"}, {"Laval", "CAN", "PPL"}, {"Quebec", "CAN", "ADM1"}, {"Montreal", "CAN", "PPLA2"}}},
		{"a mayor still asks for the city",
			"Snow closed schools in Montreal and Laval. Tourists in Quebec City walked the old walls, and the mayor of Quebec said the carnival would go on.",
			[]got{{"Montreal", "CAN", "PPLA2"}, {"Laval", "CAN", "PPL"}, {"Quebec City", "CAN", "PPLA"}, {"Quebec", "CAN", "PPLA"}}},
		{"the capital among towns of other states stays the capital",
			"Senators met in Washington on Tuesday. Lawmakers from Baltimore and Richmond said the bill would pass.",
			[]got{{"Washington", "USA", "PPLC"}, {"Baltimore", "USA", "PPLA2"}, {"Richmond", "USA", "PPLA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestVillageAtHome: a village in the region the text names after a name wins over a city of
// that name elsewhere when the region lies in the article's country (villageAtHome), on
// sentences written for this test.
func TestVillageAtHome(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"the village of the named state over a city of another",
			"The rancher, who was born in Joliet, Montana, and sold cattle in Billings for forty years, died on Friday.",
			[]string{"Joliet: Montana", "Montana: Montana", "Billings: Montana"}},
		{"a state that holds a candidate keeps it",
			"The rancher, who was born in Joliet, Illinois, and sold cattle in Billings for forty years, died on Friday.",
			[]string{"Joliet: Illinois", "Illinois: Illinois", "Billings: Montana"}},
		{"a list of places is no container",
			"Turnout was high in Joliet, Montana and Wyoming, election officials in the United States said.",
			[]string{"Joliet: Illinois", "Montana: Montana", "Wyoming: Wyoming", "United States: "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, regionsOf(tc.in)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestInsideTown: a name the text puts "in" a town, none of whose candidates lies near that
// town, is a place of that town the gazetteer lacks, put at the town's point, not a namesake
// abroad; on sentences written for this test.
func TestInsideTown(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"in a town, no namesake near it",
			"Relatives in Tanta in Homs mourned the dead.",
			[]got{{"Tanta", "SYR", "PPLA"}, {"Homs", "SYR", "PPLA"}}},
		{"a comma may join two towns",
			"Relatives in Tanta, Homs, mourned the dead.",
			[]got{{"Tanta", "EGY", "PPLA"}, {"Homs", "SYR", "PPLA"}}},
		{"a region is no part of a town",
			"On 5 June, protesters gathered in Ohio in Cincinnati.",
			[]got{{"Ohio", "USA", "ADM1"}, {"Cincinnati", "USA", "PPLA2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestUnguessAcrossSeas: a small town abroad, the only candidate of its name, is left
// unresolved in an article whose other places lie in one named country, whether or not the
// article also names a sea, which lies in no country (unguess, othersAbroad); on sentences
// written for this test.
func TestUnguessAcrossSeas(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a sea named after the country's places",
			"Police in London said protesters gathered in Belgravia as storms from the Atlantic swept Britain.",
			[]got{{"London", "GBR", "PPLC"}, {"Belgravia", "", ""}, {"Atlantic", "", "OCN"}, {"Britain", "GBR", "PCLI"}}},
		{"no sea",
			"Police in Britain said protesters gathered in Belgravia as storms hit London.",
			[]got{{"Britain", "GBR", "PCLI"}, {"Belgravia", "", ""}, {"London", "GBR", "PPLC"}}},
		{"the country not named: a town of this name stays",
			"Police in Ohio said protesters gathered in Belgravia as storms hit Columbus.",
			[]got{{"Ohio", "USA", "ADM1"}, {"Belgravia", "CAN", "PPL"}, {"Columbus", "USA", "PPLA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestPartWants: a word for a part of a place before its name asks for its kind ("downtown" a
// town's, "upstate" a state's); on sentences written for this test.
func TestPartWants(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"downtown: the city", "Thousands marched through downtown New York on Saturday.",
			[]got{{"New York", "USA", "PPL"}}},
		{"downtown: the city, not its province", "Crews cleared snow in downtown Quebec, Canada, on Monday.",
			[]got{{"Quebec", "CAN", "PPLA"}, {"Canada", "CAN", "PCLI"}}},
		{"upstate: the state", "Snow closed roads in upstate New York on Saturday.",
			[]got{{"New York", "USA", "ADM1"}}},
		{"no such word: the region by population", "Crews cleared snow in Quebec, Canada, on Monday.",
			[]got{{"Quebec", "CAN", "ADM1"}, {"Canada", "CAN", "PCLI"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
