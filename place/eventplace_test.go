package place_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/place"
)

// TestLocateOwnClause checks that an event is located by the places of its own clause: a
// statement's place does not come from a clause that tells of another act (after, before,
// because, although, since, until) nor from another coordinate clause (", but", ";"), and a
// place named only in another coordinate clause, abroad, gives way to the article's country.
// Physical acts keep the places of their subordinate clauses, which mostly set the same scene.
// The sentences are written for this test.
func TestLocateOwnClause(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		sentence int
		head     string // the event's head word in that sentence
		physical bool
		want     string // the location's name
	}{
		// A statement: another clause's place stands back for its own clause's.
		{"a statement and an earlier act after 'after'",
			"Speaking in Nairobi, the minister condemned it after troops in Kisumu fired on a crowd.", 0, "condemned", false, "Nairobi"},
		{"a statement and a cause after 'because'",
			"In Nairobi, the minister resigned because troops in Kisumu had fired on a crowd.", 0, "resigned", false, "Nairobi"},
		{"a bracketed aside does not end the clause",
			"In Nairobi, the minister resigned after African Union (AU) troops in Kisumu fired on a crowd.", 0, "resigned", false, "Nairobi"},
		{"a statement in the second of two coordinate clauses",
			"In Accra the ministry denied the report, but villagers in Lomé said raids went on.", 0, "denied", false, "Accra"},
		{"another coordinate clause's place abroad gives way to the article's country",
			"Ghana's army raided a camp near Tamale on Monday. The ministry denied the report, but villagers in Lomé said raids went on.", 1, "denied", false, "Ghana"},
		{"a statement's place is not one of the words it quotes",
			"\"Troops will leave Kisumu by May,\" the minister said in Nairobi on Friday.", 0, "said", false, "Nairobi"},
		{"a quotation inside the sentence, with curly quotes",
			"In Nairobi, the minister told reporters that “the camp near Kisumu will close” soon.", 0, "told", false, "Nairobi"},
		{"a statement that quotes a place after its own",
			"In Nairobi the minister said \"troops fired on protesters in Kisumu\" on Monday.", 0, "said", false, "Nairobi"},
		{"a quoted place when the statement names no other",
			"The minister said: \"We will rebuild Kisumu.\"", 0, "said", false, "Kisumu"},
		{"a plural possessive's apostrophe opens no quotation",
			"The ministers' envoy in Nairobi condemned the raid by 'rebels' in Kisumu.", 0, "condemned", false, "Nairobi"},
		// ... but not:
		{"a place in the article's country named only in another coordinate clause stays",
			"Ghana's army raided a camp near Tamale on Monday. The ministry denied the report, but villagers in Kumasi said raids went on.", 1, "denied", false, "Kumasi"},
		{"a subordinate clause's place when the own clause names none",
			"The minister condemned the raid after soldiers shelled a market in Kisumu.", 0, "condemned", false, "Kisumu"},
		{"'after' before a noun opens no clause",
			"In Nairobi, the minister spoke after the raid in Kisumu.", 0, "spoke", false, "Kisumu"},
		{"a clause of the same moment may hold the statement's place",
			"Back from Nairobi, the minister spoke as he landed in Mombasa.", 0, "spoke", false, "Mombasa"},
		{"a condition names what a threat is about",
			"In Nairobi, the minister threatened sanctions unless troops in Kisumu withdrew.", 0, "threatened", false, "Kisumu"},
		// A physical act: its subordinate clause mostly sets the same scene.
		{"a physical act keeps the place of its 'after' clause",
			"Police shot a man after he stabbed two guards in Mombasa.", 0, "shot", true, "Mombasa"},
		{"a physical act in one of two coordinate clauses",
			"In Tamale gunmen burned a market; police dispersed a crowd in Kumasi.", 0, "burned", true, "Tamale"},
		{"a physical act whose sentence names a place only in another coordinate clause is at the earlier scene",
			"Gunmen attacked a village near Tamale on Monday. They burned its granary; police later arrested two men in Kumasi.", 1, "burned", true, "Tamale"},
	}
	var got, want []string
	for _, tc := range tests {
		got = append(got, tc.name+": "+locatedAt(t, tc.name, tc.in, tc.sentence, tc.head, tc.physical, ""))
		want = append(want, tc.name+": "+tc.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("locations (-want +got):\n%s", d)
	}
}

// TestLocateCivilianTarget checks the last resorts of a physical event whose sentence names
// no place: its target's country when the target is that country's state or forces (an
// attack on Canadian positions happens where Canada's forces are), the article's country when
// the target is civilians of a country, who travel (hostages, tourists). The sentences are
// written for this test.
func TestLocateCivilianTarget(t *testing.T) {
	load(t)
	const story = "Rebels have fought the army across Mali for years, and Canada sent advisers to Mali in May. On Sunday the rebels freed two of them."
	tests := []struct {
		name      string
		civilians bool
		want      string
	}{
		{"civilians of a country: the article's country", true, "Mali"},
		{"a country's forces: their country", false, "Canada"},
	}
	var got, want []string
	for _, tc := range tests {
		doc := an.Analyze(story)
		res := resolver.Places(doc, finder.Find(doc, time.Time{}))
		head := -1
		s := doc.Sentences[1]
		for i := s.First; i < s.First+len(s.Tokens); i++ {
			if doc.Tokens[i].Text == "freed" {
				head = i
			}
		}
		loc, _, _ := resolver.Locate(doc, &res, place.Event{Sentence: 1, Head: head, Physical: true, Target: "CAN", TargetCivilians: tc.civilians})
		name := ""
		if loc != nil {
			name = loc.Name
		}
		got = append(got, tc.name+": "+name)
		want = append(want, tc.name+": "+tc.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("locations (-want +got):\n%s", d)
	}
}

// TestLocateReportSource checks that the place of a report's source ("..., officials in
// Nairobi said", "according to officials in Nairobi") does not locate the act reported,
// when the sentence names another place; it does locate the report itself, and the act when
// the sentence names nothing else. The sentences are written for this test.
func TestLocateReportSource(t *testing.T) {
	load(t)
	tests := []struct {
		name, in string
		head     string // the event's head word
		physical bool
		want     string // the location's name
	}{
		{"a source after the last comma",
			"Rebels shelled the market town of Beledweyne for hours on Sunday, killing five people, aid workers in Nairobi said.", "shelled", true, "Beledweyne"},
		{"a source after 'according to'",
			"Rebels shelled the market town of Beledweyne for hours on Sunday, according to aid workers in Nairobi.", "shelled", true, "Beledweyne"},
		// ... but not:
		{"the report itself",
			"Rebels shelled the market town of Beledweyne for hours on Sunday, aid workers in Nairobi said.", "said", false, "Nairobi"},
		{"a last clause with another verb than a report's",
			"Rebels shelled the market town of Beledweyne for hours on Sunday, and troops in Nairobi stayed.", "shelled", true, "Nairobi"},
		{"the source's place when the sentence names no other",
			"Rebels shelled the market town for hours on Sunday, aid workers in Nairobi said.", "shelled", true, "Nairobi"},
	}
	var got, want []string
	for _, tc := range tests {
		got = append(got, tc.name+": "+locatedAt(t, tc.name, tc.in, 0, tc.head, tc.physical, ""))
		want = append(want, tc.name+": "+tc.want)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("locations (-want +got):\n%s", d)
	}
}
