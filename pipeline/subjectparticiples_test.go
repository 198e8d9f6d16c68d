package pipeline_test

import "testing"

// TestSubjectParticiples: a past form right after the subject's noun, followed by a
// prepositional phrase or an adverb and then the clause's finite verb, is a reduced relative
// clause: the noun is what the act was done to ("the activists arrested in Nairobi on Monday
// were released": they were arrested, they did not arrest). Followed by an object, an
// infinitive or a relative clause it stays the main verb.
func TestSubjectParticiples(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"The Kenyan opposition activists arrested in Nairobi on Monday were released on bail.",
			[]string{"173 - KENOPP asserted", "0841 - KENOPP asserted"}},
		{"Ugandan opposition activists detained in Kampala last week were freed on Monday.",
			[]string{"173 - UGAOPP asserted"}},
		// The main verb: an object, an infinitive, or a relative clause follows.
		{"Kenyan police arrested in Nairobi a man who was wanted for fraud.", []string{"173 KENCOP - asserted"}},
		{"The Ugandan parliament threatened on Monday to cut ties with Kenya unless Nairobi closed the border.",
			[]string{"130 UGALEG KEN asserted", "1313 UGALEG KEN asserted"}},
	})
}
