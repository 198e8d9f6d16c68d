package pipeline_test

import "testing"

// TestPronounAntecedents: "it" or "they" opening a clause stands for the subject of the
// clause or sentence before it, not for the nearest actor named (often an object or the
// object of a preposition); "they" that a named person reports is that person's side.
// Sentences written for this test.
func TestPronounAntecedents(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "possessive subject", text: "Brazil's announcement that it had sent aid to Bolivia pleased observers.",
			want: []string{"07* BRA BOL *"}},
		{rule: "subject, not the object of a verb", text: "Norway told Sweden on Monday that it would expel two Russian diplomats.",
			want: []string{"1* NOR RUSGOV *"}, not: []string{"* SWE * *"}},
		{rule: "subject, not the object of a preposition", text: "Peru signed a trade accord with Chile in May. It later imposed tariffs on Ecuador.",
			want: []string{"* PER ECU *"}, not: []string{"* CHL ECU *"}},
		{rule: "they reported by a named person: the person's side", text: "Peruvian envoy Jane Doe said they would ask the United Nations to investigate the raid.",
			want: []string{"020 PERGOV IGOUNO *"}},
		{rule: "they reported by a named person, after 'that'", text: "Peruvian chief negotiator Jane Doe said that they would call for a UN debate.",
			want: []string{"020 PERGOV * *"}},
		{rule: "a group named before is still they", text: "Peruvian envoy Jane Doe said the rebels had fled and that they would attack Chile again.",
			want: []string{"138 CHLREB CHL *"}, not: []string{"* PERGOV CHL *"}},
		{rule: "'it' is never a plural", text: "Peru said the Bolivians had agreed, and it then imposed tariffs on Chile.",
			want: []string{"163 PER CHL *"}, not: []string{"163 BOL CHL *"}},
		{rule: "the nearest still, with no subject before", text: "The rebels attacked the army, and it retreated to the capital.",
			want: []string{"19* * * *"}},
	})
}

// TestObjectPronouns: "him" or "her" as the object of an act is the person named last before
// it who is not the act's own subject under any of its names; "me" or "us" in a quotation is
// its speaker. Sentences written for this test.
func TestObjectPronouns(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "quoted 'I spoke to him'", text: `Ugandan President John Roe visited Nairobi in May. "I spoke to him on Sunday," Kenyan President Jane Doe said.`,
			want: []string{"040 KENGOV UGAGOV *"}},
		{rule: "the subject is not its own object", text: "Kenyan President Jane Doe criticized Ugandan President John Roe. Doe later telephoned him to apologise.",
			want: []string{"041 KENGOV UGAGOV *"}},
		{rule: "'us' in a quotation is its speaker", text: `"The soldiers attacked us at night," Ugandan villagers told reporters.`,
			want: []string{"180 UGAMIL UGACVL *"}},
		{rule: "'me' in a quotation after one told to reporters: the teller, not the one told", text: `"We were targeted," Kenyan opposition leader Jane Doe told reporters. "The police arrested me."`,
			want: []string{"173 KENCOP KENOPP *"}, not: []string{"* * KENMED *"}},
		{rule: "'her' tagged possessive", text: "Ugandan President John Roe visited Nairobi in May. Kenyan President Jane Doe said she spoke with her on Sunday.",
			want: []string{"040 KENGOV UGAGOV *"}},
		{rule: "nor the subject under another name", text: "Ugandan President John Roe met reporters. Kenyan President Jane Doe said the Kenyan leader spoke to him on Sunday.",
			want: []string{"040 KENGOV UGAGOV *"}, not: []string{"040 KENGOV KENGOV *"}},
	})
}

// TestObjectPronounsAreNoSubjects: an object pronoun ("ambushed them", "opposed it") does not
// end the search for the subject of a participle after it, while "said it would" keeps "it"
// as the subject. Sentences written for this test.
func TestObjectPronounsAreNoSubjects(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "past 'them' after a verb", text: "Kenyan troops ambushed them near the border, killing five Somali fighters.",
			want: []string{"* KENMIL SOMREB *"}},
		{rule: "'it' after a verb of saying is a subject", text: "Chile said it would expel two Peruvian diplomats.",
			want: []string{"1313 CHL PERGOV *"}},
	})
}

// TestQuoteSpeakers: "we" in a quotation is its speaker, named after the closing quote or, for
// a quotation that ends its sentence and goes on from an earlier one, named with that one.
// Sentences written for this test.
func TestQuoteSpeakers(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "speaker after the quote", text: `"We thank the Ugandan government for its help," Kenyan Foreign Minister Jane Doe said.`,
			want: []string{"051 KENGOV UGAGOV *"}},
		{rule: "a quotation going on from the speaker's last one", text: `"The talks went well," said Kenyan Foreign Minister Jane Doe. "We thank the Ugandan government for its help." Ugandan President John Roe visited Nairobi on Monday.`,
			want: []string{"051 KENGOV UGAGOV *"}, not: []string{"051 UGAGOV *"}},
	})
}
