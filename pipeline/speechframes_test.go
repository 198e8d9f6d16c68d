package pipeline_test

import "testing"

// TestSpeechFrames: the frame of a quote is no act of its own. A noun after a preposition
// ("by phone") is not read as the verb the tagger may have missed.
func TestSpeechFrames(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "told reporters by phone", text: "Kenyan Foreign Minister Jane Doe told reporters by phone that the talks went well.", not: []string{"041"}},
		{rule: "said over the phone", text: "A Ugandan army spokesman said over the phone that the border was calm.", not: []string{"041"}},
		{rule: "a call is still a call", text: "Kenyan President Uhuru Kenyatta telephoned Ugandan President Yoweri Museveni on Monday.",
			want: []string{"041 KENGOV UGAGOV asserted"}},
	})
}

// TestSpeakerNouns: a noun that names people by what they do ("mediators", "negotiators")
// and speaks is the speaker, not a mediation or a negotiation.
func TestSpeakerNouns(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "mediators said", text: "Kenyan and Ugandan mediators said the talks went well.", not: []string{"045"}},
		{rule: "negotiators told", text: "Peruvian negotiators told reporters the deal was close.", not: []string{"04*"}},
		{rule: "a report of an act still reports it", text: "Ugandan air strikes said to have killed 12 Somali civilians angered Kenya.",
			want: []string{"195 UGA * *"}},
	})
}
