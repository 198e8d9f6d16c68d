package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNamesakesAtHome: a town chosen in a country the article gives no other sign of, far
// from its other places, gives way to a namesake in a country the article names, a city of
// its own or near its other places (namesakesAtHome); on sentences written for this test.
func TestNamesakesAtHome(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		want     []got
	}{
		{"a Canadian story: the city of Ontario",
			"Organisers of a London vigil for the flood victims in Pakistan thanked Canada for its aid. A London nurse said charities in Canada must send more. The London event was organised by a London mosque, said its imam.",
			[]got{{"London", "CAN", "PPL"}, {"Pakistan", "PAK", "PCLI"}, {"Canada", "CAN", "PCLI"}, {"London", "CAN", "PPL"}, {"Canada", "CAN", "PCLI"}, {"London", "CAN", "PPL"}, {"London", "CAN", "PPL"}}},
		{"Canada named once: London stays",
			"Organisers of a London vigil for the flood victims in Pakistan thanked Canada for its aid. A London nurse said more must be sent. The London event was organised by a London mosque, said its imam.",
			[]got{{"London", "GBR", "PPLC"}, {"Pakistan", "PAK", "PCLI"}, {"Canada", "CAN", "PCLI"}, {"London", "GBR", "PPLC"}, {"London", "GBR", "PPLC"}, {"London", "GBR", "PPLC"}}},
		{"a Canadian town of another province: London stays",
			"Trade officials from Vancouver flew to London for talks with Pakistan and India on Monday. The London talks went well, a London diplomat said. Canada and Canada's partners will meet again in London next year.",
			[]got{{"Vancouver", "CAN", "PPL"}, {"London", "GBR", "PPLC"}, {"Pakistan", "PAK", "PCLI"}, {"India", "IND", "PCLI"}, {"London", "GBR", "PPLC"}, {"London", "GBR", "PPLC"}, {"Canada", "CAN", "PCLI"}, {"Canada", "CAN", "PCLI"}, {"London", "GBR", "PPLC"}}},
		{"Britain named: London stays",
			"Organisers of a London vigil for the flood victims in Pakistan thanked Canada and Britain for their aid. A London nurse said charities in Canada must send more.",
			[]got{{"London", "GBR", "PPLC"}, {"Pakistan", "PAK", "PCLI"}, {"Canada", "CAN", "PCLI"}, {"Britain", "GBR", "PCLI"}, {"London", "GBR", "PPLC"}, {"Canada", "CAN", "PCLI"}}},
		{"a street put at the town's point moves with it",
			"A graduate of Felixstowe Road, Edmonton, will fly to China next month for an internship in Shanghai. She studied in Cardiff, where UK students learn Mandarin.",
			[]got{{"Felixstowe Road", "GBR", "PPL"}, {"Edmonton", "GBR", "PPL"}, {"China", "CHN", "PCLI"}, {"Shanghai", "CHN", "PPLA"}, {"Cardiff", "GBR", "PPLA"}, {"UK", "GBR", "PCLI"}}},
		{"a country's point is near no town: Geneva stays",
			"Chinese and U.S. diplomats will meet in Geneva next week.",
			[]got{{"U.S.", "USA", "PCLI"}, {"Geneva", "CHE", "PPLA"}}},
		{"a British story: the district of London near the other places",
			"A graduate from Edmonton will fly to China next month for an internship in Shanghai. She studied in Cardiff, where UK students learn Mandarin.",
			[]got{{"Edmonton", "GBR", "PPL"}, {"China", "CHN", "PCLI"}, {"Shanghai", "CHN", "PPLA"}, {"Cardiff", "GBR", "PPLA"}, {"UK", "GBR", "PCLI"}}},
		{"Canadian officials: Edmonton stays",
			"A graduate from Edmonton will fly to China next month for an internship in Shanghai. She studied in Cardiff, where UK students learn Mandarin, Canadian officials said.",
			[]got{{"Edmonton", "CAN", "PPLA"}, {"China", "CHN", "PCLI"}, {"Shanghai", "CHN", "PPLA"}, {"Cardiff", "GBR", "PPLA"}, {"UK", "GBR", "PCLI"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, placesOf(tc.in, time.Time{})); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}
