package actor_test

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-org/annals/actor"
	"github.com/google/go-cmp/cmp"
)

// TestUnlistedPeople: a person named in full whom no dictionary lists is an actor (a
// civilian until the text gives a role), and so is the surname later; names of bodies,
// buildings and places, and headline words, are not. Sentences written for this test.
func TestUnlistedPeople(t *testing.T) {
	an, d := load(t)
	finder := actor.NewFinder(d, an.Lexicon())
	day := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	type coded struct{ Text, Code string }
	tests := []struct {
		name, in string
		want     []coded
	}{
		{
			name: "the object of an arrest, and the surname with an honorific later",
			in:   "Federal agents arrested Marta Quillen Osei on Monday. Ms. Osei was charged with fraud.",
			want: []coded{{"Federal agents", "COP"}, {"Marta Quillen Osei", "CVL"}, {"Ms. Osei", "CVL"}},
		},
		{
			name: "two people joined by and",
			in:   "Prosecutors alleged that Dana Whitlow and Oren Balsky had falsified the logs.",
			want: []coded{{"Prosecutors", "JUD"}, {"Dana Whitlow", "CVL"}, {"Oren Balsky", "CVL"}},
		},
		{
			name: "a name opening the sentence",
			in:   "Dana Whitlow said she would appeal.",
			want: []coded{{"Dana Whitlow", "CVL"}},
		},
		{
			name: "a title in apposition still gives the role",
			in:   "Dana Whitlow, the Canadian trade envoy, met Chinese officials.",
			want: []coded{{"Dana Whitlow, the Canadian trade envoy", "CANGOV"}, {"Chinese officials", "CHNGOV"}},
		},
		{
			name: "a negotiator and an ombudsman are titles of the state",
			in:   "Ghanaian chief negotiator Kofi Mensah met Public Ombudsman Ana Ruiz.",
			want: []coded{{"Ghanaian chief negotiator Kofi Mensah", "GHAGOV"}, {"Public Ombudsman Ana Ruiz", "GOV"}},
		},
		{
			name: "the head of a police force by title",
			in:   "IGP Kwame Boateng met the Inspector-General of Police of Uganda.",
			want: []coded{{"IGP Kwame Boateng", "COP"}, {"Inspector-General of Police", "UGACOP"}, {"Uganda", "UGA"}},
		},
		{
			name: "bodies, buildings and places are no persons",
			in:   "He was held at the Riverside Correctional Center and later at Harlan Memorial Hospital near Palm Beach.",
			want: nil,
		},
		{
			name: "a title-case headline of ordinary words is no person",
			in:   "Prison Guards Charged Over Missed Checks",
			want: []coded{{"Prison Guards", "COP"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Analyze(tt.in)
			var got []coded
			for _, m := range finder.Find(doc, day) {
				got = append(got, coded{doc.Text[m.Start:m.End], m.Code})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestUnlistedYield: Yield keeps an unlisted name as a person when the article shows it is
// one (the surname alone later, a verb of speech, an age), and drops it when the place stage
// read it as a place or nothing shows a person.
func TestUnlistedYield(t *testing.T) {
	an, d := load(t)
	finder := actor.NewFinder(d, an.Lexicon())
	day := time.Date(2021, 5, 14, 0, 0, 0, 0, time.UTC)
	type person struct {
		Text   string
		Person bool
	}
	tests := []struct {
		name, in string
		place    string // words the place stage resolved, if any
		want     []person
	}{
		{
			name: "the surname alone later",
			in:   "Federal agents arrested Marta Quillen Osei on Monday. Osei was charged with fraud.",
			want: []person{{"Federal agents", false}, {"Marta Quillen Osei", true}, {"Osei", true}},
		},
		{
			name: "a verb of speech after the name",
			in:   "Dana Whitlow told reporters the vote was rigged.",
			want: []person{{"Dana Whitlow", true}, {"reporters", false}},
		},
		{
			name: "a verb of speech before the name",
			in:   "The vote was rigged, said Dana Whitlow.",
			want: []person{{"Dana Whitlow", true}},
		},
		{
			name: "an age in apposition",
			in:   "Dana Whitlow, 44, was detained by police.",
			want: []person{{"Dana Whitlow", true}, {"police", false}},
		},
		{
			name: "nothing shows a person: a village or a group of a note",
			in:   "Rebels shelled Kafr Hamra on Monday.",
			want: []person{{"Rebels", false}},
		},
		{
			name:  "the place stage read the name as a place",
			in:    "Dana Whitlow said troops had left.",
			place: "Dana Whitlow",
			want:  []person{{"troops", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := an.Analyze(tt.in)
			var places []actor.Place
			if at := strings.Index(doc.Text, tt.place); tt.place != "" {
				for i, tok := range doc.Tokens {
					if tok.Start == at {
						places = append(places, actor.Place{Tok: i, TokEnd: i + len(strings.Fields(tt.place)), Country: "USA"})
					}
				}
			}
			ms, _ := actor.Yield(doc, finder.Find(doc, day), places)
			var got []person
			for _, m := range ms {
				got = append(got, person{doc.Text[m.Start:m.End], m.Person})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Yield(Find(%q)) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
