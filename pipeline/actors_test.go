package pipeline_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/pipeline"
)

// TestSituate checks that bare role mentions take the country the article determines, from
// sentences written for this test.
func TestSituate(t *testing.T) {
	c := load(t)
	tests := []struct {
		name, in string
		mention  string // the text of the mention checked
		want     string // its code
	}{
		{
			name:    "the article's dominant country",
			in:      "Bolivian officials met in La Paz on Monday. Opposition leaders in Santa Cruz called a strike. Police said twelve people were detained.",
			mention: "Police", want: "BOLCOP",
		},
		{
			name:    "a titled person takes the dominant country",
			in:      "Canadian officials in Toronto planned a new transit line. Mayor Ann Fulton said the city would pay half.",
			mention: "Mayor Ann Fulton", want: "CANGOV",
		},
		{
			name:    "a state named before the role in the same sentence",
			in:      "Kenya and Uganda traded accusations over the border on Sunday. In Uganda, police arrested three traders.",
			mention: "police", want: "UGACOP",
		},
		{
			name:    "the government named in the sentence before",
			in:      "Kenya and Uganda traded accusations over the border on Sunday. The Ugandan government denied the charge. The ministry said the traders had no permits.",
			mention: "ministry", want: "UGAGOV",
		},
		{
			name:    "a people named after the role is more often its object",
			in:      "The Texas governor visited El Paso on Friday. Police arrested two Mexican men near the bridge.",
			mention: "Police", want: "USACOP",
		},
		{
			name:    "a place in the role's own phrase",
			in:      "Israeli officials said the army told people in northern Gaza to move south.",
			mention: "people", want: "PSECVL",
		},
		{
			name:    "a town in the role's own phrase",
			in:      "Mexican officials said residents of Linden, New Jersey, had been warned.",
			mention: "residents", want: "USACVL",
		},
		{
			name:    "two countries level: no country",
			in:      "Brazilian and Argentine officials signed a trade deal. The ministry said more talks would follow.",
			mention: "ministry", want: "GOV",
		},
		{
			name:    "transnational bodies take no country",
			in:      "Bolivian officials met in La Paz on Monday. Aid agencies said food was short.",
			mention: "Aid agencies", want: "NGO",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, doc := c.ActorsOf(&annals.Article{ID: "t", Text: tt.in})
			var codes []string
			for _, m := range ms {
				if doc.Text[m.Start:m.End] == tt.mention {
					if m.Code != tt.want {
						t.Errorf("%q in %q: code %s, want %s", tt.mention, tt.in, m.Code, tt.want)
					}
					return
				}
				codes = append(codes, doc.Text[m.Start:m.End]+"="+m.Code)
			}
			t.Errorf("no mention %q in %q; mentions: %v", tt.mention, tt.in, codes)
		})
	}
}

// TestYield checks that a country is never taken from a word that is a place of another kind,
// on sentences written for this test.
func TestYield(t *testing.T) {
	c := load(t)
	tests := []struct {
		name, in string
		want     map[string]string // mention text -> code; "" = no such mention
	}{
		{
			name: "a country word inside a longer place name",
			in:   "A bomb exploded in Elizabeth, New Jersey, on Saturday. Police said the suspect was arrested.",
			want: map[string]string{"Jersey": "", "New Jersey": "USA", "Police": "USACOP"},
		},
		{
			name: "an island named like a country",
			in:   "Thousands of protesters marched on Staten Island and in Brooklyn, New York.",
			want: map[string]string{"Island": "", "Staten Island": "USA", "protesters": "USACVL"},
		},
		{
			name: "a country adjective inside a province's name",
			in:   "Canadian officials said wildfires spread across British Columbia on Monday.",
			want: map[string]string{"British": "", "British Columbia": "CAN"},
		},
		{
			name: "a US state named like a country",
			in:   "Officials in Atlanta, Georgia, said the vote count in Fulton County would resume.",
			want: map[string]string{"Georgia": "USA"},
		},
		{
			name: "a country named inside an actor's words is no place as well",
			in:   "Kenyan National Assembly speaker Ann Fulton and a group of deputies held talks with leaders of Uganda's new government on Tuesday, the first delegation to visit Kampala.",
			want: map[string]string{"deputies": "KENLEG", "leaders": "UGAGOV"},
		},
		{
			name: "a state in the role's own phrase",
			in:   "Kenyan deputies held talks with leaders of Uganda's new government.",
			want: map[string]string{"Kenyan deputies": "KENLEG", "leaders": "UGAGOV"},
		},
		{
			name: "the country itself stays",
			in:   "Georgia accused Russia of provocations near Tbilisi.",
			want: map[string]string{"Georgia": "GEO", "Russia": "RUS"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, doc := c.ActorsOf(&annals.Article{ID: "t", Text: tt.in})
			got := map[string]string{}
			for _, m := range ms {
				got[doc.Text[m.Start:m.End]] = m.Code
			}
			for text, want := range tt.want {
				if got[text] != want {
					t.Errorf("%q in %q: code %q, want %q (mentions %v)", text, tt.in, got[text], want, got)
				}
			}
		})
	}
}

// codesOf returns the code of each actor mention of text, keyed by the mention's words.
func codesOf(t *testing.T, c *pipeline.Coder, in string, published time.Time) map[string]string {
	t.Helper()
	ms, doc := c.ActorsOf(&annals.Article{ID: "t", Text: in, Published: published})
	got := map[string]string{}
	for _, m := range ms {
		got[doc.Text[m.Start:m.End]] = m.Code
	}
	return got
}

// TestActorsInContext checks the codes of actors whom only their context places, on
// sentences written for this test: each case lists some of the article's mentions (absent
// from want: not checked) and the codes they must have.
func TestActorsInContext(t *testing.T) {
	c := load(t)
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in  string
		published time.Time // zero: day
		want      map[string]string
	}{
		{
			name: "no state named around a ministry: the article's leading country",
			in: "Indian and American negotiators met in New Delhi on Monday. India wants lower tariffs on its rice. " +
				"Washington has resisted. The talks lasted six hours. The foreign ministry said the talks were useful.",
			want: map[string]string{"foreign ministry": "INDGOV"},
		},
		{
			name: "people held by a state are civilians of the article's country",
			in:   "Prisoners rioted at a jail in the Kenyan capital on Monday. Guards said the inmates burned mattresses.",
			want: map[string]string{"Prisoners": "KENCVL", "inmates": "KENCVL"},
		},
		{
			name: "prisoners of a named people",
			in:   "Chile freed 40 Bolivian prisoners on Friday.",
			want: map[string]string{"Bolivian prisoners": "BOLCVL"},
		},
		{
			name: "an honorific before a leader's surname is no stranger's given name",
			in:   "Mr Sunak said on Tuesday that the bill would pass.",
			want: map[string]string{"Sunak": "GBRGOV"},
		},
		{
			name: "an honorific before an unknown surname is a person",
			in:   "Kenyan police questioned a trader in Mombasa. Mr Okafor said he had done nothing wrong.",
			want: map[string]string{"Mr Okafor": "KENCVL"},
		},
		{
			name: "a cabinet secretary named by department",
			in:   "British ministers met in London. Education Secretary Ann Fulton said schools would reopen.",
			want: map[string]string{"Education Secretary Ann Fulton": "GBRGOV"},
		},
		{
			name: "an agency's abbreviation in brackets before its people",
			in:   "Investigators said Federal Bureau of Investigation (FBI) officials arrested a banker in Ohio.",
			want: map[string]string{"FBI) officials": "USACOP"},
		},
		{
			name: "a spokesperson for a named state's office",
			in:   "A spokesman for the Kenyan interior ministry denied the report, Ugandan media said.",
			want: map[string]string{"spokesman": "KENGOV"},
		},
		{
			name: "two states level: the one named first in the role's sentence",
			in:   "Kenya has opened an embassy in Kampala, the foreign ministry said on Monday.",
			want: map[string]string{"foreign ministry": "KENGOV"},
		},
		{
			name:      "a leader's government named by the surname, a word too",
			in:        "The Bush administration said on Monday that Kenya must open its markets.",
			published: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
			want:      map[string]string{"Bush": "USAGOV", "administration": "USAGOV"},
		},
		{
			name: "two countries level in the article: the headline's leads",
			in: "Kenya rejects new tariffs\nThe United States wants lower tariffs on Kenyan tea. " +
				"Washington says the talks will go on. Kenya has other buyers. The government says the talks are over.",
			want: map[string]string{"government": "KENGOV"},
		},
		{
			name: "a rank of a police department is a police rank",
			in:   "Police in Ohio searched a farm. Lt. Jane Roe of the Dayton Police Department said a man was held. Captain Roe said two officers were hurt.",
			want: map[string]string{"Lt. Jane Roe": "USACOP", "Captain Roe": "USACOP"},
		},
		{
			name: "a spokesman is the voice of the body named after him",
			in:   "Kenyan police detained two editors in Nairobi. A spokesman for the main opposition party said the arrests were unlawful.",
			want: map[string]string{"spokesman": "KENOPP"},
		},
		{
			name: "an institution's shared name in a story from another country",
			in:   "LIMA, Dec 8 (Reuters) - Peruvian lawmakers met on Wednesday. Congress voted to censure the minister of mines.",
			want: map[string]string{"Congress": "PERLEG", "LIMA": "PER"},
		},
		{
			name: "a residence named alike in two countries",
			in:   "HARARE (Reuters) - Zimbabwe's ruling party met on Monday. The Blue House said the president would speak on Tuesday.",
			want: map[string]string{"Blue House": "ZWEGOV"},
		},
		{
			name: "a shared name keeps its usual country where its sentence names it",
			in:   "LIMA, Dec 8 (Reuters) - Peruvian lawmakers met on Wednesday. Congress in Washington voted to censure the US envoy.",
			want: map[string]string{"Congress": "USALEG"},
		},
		{
			name: "a shared name keeps its usual country in a story of its own",
			in:   "Congress passed the budget on Friday after a long night of votes.",
			want: map[string]string{"Congress": "USALEG"},
		},
		{
			name: "a cause after 'for' gives no country",
			in:   "Students rallied for Palestinian statehood in Paris.",
			want: map[string]string{"Students": "EDU"},
		},
		{
			name: "a title with a possessive phrase is one actor",
			in:   "Nigerian police arrested the state's governor, Jane Ade, on Friday in Lagos.",
			want: map[string]string{"state's governor, Jane Ade": "NGAGOV", "Nigerian police": "NGACOP"},
		},
		{
			name: "the government of a person named with a country",
			in:   "Gaza's hospitals are short of fuel. Chancellor Olaf Scholz's administration has pledged more aid to Gaza.",
			want: map[string]string{"administration": "DEUGOV"},
		},
		{
			name: "a country's name inside an institution's is no body of the person's",
			in:   "Amina Okafor, the director of the Turkish Friendship Hospital in Gaza, said fuel had run out. Okafor said patients had been sent home.",
			want: map[string]string{"Okafor": "CVL"},
		},
		{
			name: "a person heading a body the article names",
			in:   "Amina Okafor, head of the Kenyan teachers union, said the strike would go on. Okafor blamed the ministry.",
			want: map[string]string{"Amina Okafor": "KENLAB", "Okafor": "KENLAB"},
		},
		{
			name: "a name of ordinary words before a post",
			in:   "Kenyan police raided a depot. Rose Bell, director of the police academy in Nairobi, said the raid was lawful.",
			want: map[string]string{"Rose Bell": "KENCOP"},
		},
		{
			name: "a town named like a leader, after 'in' and elsewhere",
			in:   "A bomb was found near a station in Elizabeth, New Jersey, on Sunday. Police closed the roads next to Elizabeth for hours.",
			want: map[string]string{"Elizabeth": ""},
		},
		{
			name:      "another given name before a leader's surname while the leader is in office",
			in:        "Daniel Netanyahu said his shop in Haifa had been closed for a week.",
			published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
			want:      map[string]string{"Netanyahu": "", "Daniel Netanyahu": "ISRCVL"},
		},
		{
			name: "a town named like a leader in an address",
			in:   "Police searched a house in Elizabeth, N.J., on Monday. A neighbour who lives next to Elizabeth's main square saw them.",
			want: map[string]string{"Elizabeth": ""},
		},
		{
			name: "a building named after a leader",
			in:   "Built near the port, Al-Jubeir Hospital for Children is the only clinic in the town.",
			want: map[string]string{"Al-Jubeir": ""},
		},
		{
			name:      "a police title before a leader's surname years before the leader's term",
			in:        "Kenyan police raided a warehouse in Mombasa. IGP Sunak said the raid had been lawful.",
			published: time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC),
			want:      map[string]string{"IGP Sunak": "KENCOP"},
		},
		{
			name: "a title and its body before a name in apposition",
			in:   "The Speaker of the Assembly, Jane Fulton, and the party's chief negotiator, Amina Okafor, filed a suit in Nairobi on Monday.",
			want: map[string]string{"Jane Fulton": "KENLEG", "party's chief negotiator, Amina Okafor": "KENGOV"},
		},
		{
			name: "a list after a title names no one by it",
			in:   "Kenya's envoy, Jane Fulton and Amina Okafor attended the talks in Nairobi.",
			want: map[string]string{"Kenya's envoy": "KENGOV", "Kenya's envoy, Jane Fulton": ""},
		},
		{
			name: "a headline's surnames are the people the article introduces",
			in: "Fulton, Musa sue police chief over raid\n" +
				"The Speaker of the Assembly, Jane Fulton, and Senator Amina Musa filed the suit in Nairobi on Monday.",
			want: map[string]string{"Fulton": "KENLEG", "Musa": "KENLEG"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			published := tt.published
			if published.IsZero() {
				published = day
			}
			got := codesOf(t, c, tt.in, published)
			seen := map[string]string{}
			for k := range tt.want {
				seen[k] = got[k]
			}
			if d := cmp.Diff(tt.want, seen); d != "" {
				t.Errorf("%q (-want +got):\n%s\nall mentions: %v", tt.in, d, got)
			}
		})
	}
}
