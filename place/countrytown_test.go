package place_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTownsNamedLikeCountries resolves a country's name to the town of that name that the
// article's other places surround, where the text uses it as a town's.
func TestTownsNamedLikeCountries(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []areaGot
	}{
		{"a town's school, and its distance from a city",
			"COLUMBUS, Ohio — Students at Lebanon High School were sent home Friday after a gas leak, Warren County officials said. " +
				"The leak was found in Lebanon, about 30 miles northeast of Cincinnati. Firefighters from Mason and Springboro helped.",
			[]areaGot{{"COLUMBUS", "USA", "Ohio", "PPLA"}, {"Ohio", "USA", "Ohio", "ADM1"}, {"Lebanon", "USA", "Ohio", "PPLA2"},
				{"Warren County", "USA", "Ohio", "ADM2"}, {"Lebanon", "USA", "Ohio", "PPLA2"}, {"Cincinnati", "USA", "Ohio", "PPLA2"},
				{"Mason", "USA", "Ohio", "PPL"}, {"Springboro", "USA", "Ohio", "PPL"}}},
		{"its distance from a town, in a story datelined in another state",
			"KNOXVILLE, Tenn. — The Peru police chief said a fire destroyed a barn outside Peru, 15 miles north of Kokomo. Crews from Logansport and Wabash helped.",
			[]areaGot{{"KNOXVILLE", "USA", "Tennessee", "PPLA2"}, {"Tenn.", "USA", "Tennessee", "ADM1"}, {"Peru", "USA", "Indiana", "PPLA2"},
				{"Peru", "USA", "Indiana", "PPLA2"}, {"Kokomo", "USA", "Indiana", "PPLA2"}, {"Logansport", "USA", "Indiana", "PPLA2"},
				{"Wabash", "USA", "Indiana", "PPLA2"}}},
		{"without a town's cue the country stays, though local towns surround its namesake",
			"COLUMBUS, Ohio — A family that fled Lebanon in 2020 settled in Mason, near Cincinnati, and the children go to school in Springboro.",
			[]areaGot{{"COLUMBUS", "USA", "Ohio", "PPLA"}, {"Ohio", "USA", "Ohio", "ADM1"}, {"Lebanon", "LBN", "", "PCLI"},
				{"Mason", "USA", "Ohio", "PPL"}, {"Cincinnati", "USA", "Ohio", "PPLA2"}, {"Springboro", "USA", "Ohio", "PPL"}}},
		{"another place in the country keeps the country", "Lebanon High School in Beirut reopened on Monday.",
			[]areaGot{{"Lebanon", "LBN", "", "PCLI"}, {"Beirut", "LBN", "Beirut", "PPLC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, areasOf(tc.in)); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestSharedCountryNames keeps a country's name that a region of another country shares
// ("Georgia") from setting the article's country by itself: the other places tell which.
func TestSharedCountryNames(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []areaGot
	}{
		{"a US state named like a country does not make the towns of its story foreign",
			"GAINESVILLE — A Hall County deputy was hurt Saturday near Oakwood, the Georgia State Patrol said. He was taken to Northeast Georgia Medical Center in Gainesville. " +
				"The other driver, a Flowery Branch man, was charged, and troopers from Lawrenceville and Buford helped.",
			[]areaGot{{"GAINESVILLE", "USA", "Georgia", "PPLA2"}, {"Hall County", "USA", "Georgia", "ADM2"}, {"Oakwood", "USA", "Georgia", "PPL"},
				{"Georgia", "USA", "Georgia", "ADM1"}, {"Georgia", "USA", "Georgia", "ADM1"}, {"Gainesville", "USA", "Georgia", "PPLA2"},
				{"Flowery Branch", "USA", "Georgia", "PPL"},
				{"Lawrenceville", "USA", "Georgia", "PPLA2"}, {"Buford", "USA", "Georgia", "PPL"}}},
		{"the country, among its neighbours", "Troops crossed into Georgia from Russia near Tskhinvali.",
			[]areaGot{{"Georgia", "GEO", "", "PCLI"}, {"Russia", "RUS", "", "PCLI"}, {"Tskhinvali", "GEO", "Shida Kartli", "PPL"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, areasOf(tc.in)); diff != "" {
				t.Errorf("%s: places (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
