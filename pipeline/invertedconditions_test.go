package pipeline_test

import "testing"

// TestInvertedConditions: "had", "were" or "should" before the subject opens a condition like
// "if": its act is supposed, not reported, and the act of the main clause depends on it.
func TestInvertedConditions(t *testing.T) {
	c := load(t)
	checkEvents(t, c, describedEvents, []eventsCase{
		{"Had Kenya signed the trade deal with Uganda, the war would have ended.", []string{"057 KEN UGA hypothetical"}},
		{"Were Uganda to attack Kenya, Nairobi would respond.", []string{"190 UGA KEN hypothetical"}},
		{"If Uganda attacked Kenya, Nairobi would respond.", []string{"190 UGA KEN hypothetical"}},
		// Not conditions: a question, a plain past perfect, a sentence-initial "had" verb.
		{"Had Kenya signed the trade deal with Uganda?", nil},
		{"Kenya had signed the trade deal with Uganda before the war.", []string{"057 KEN UGA asserted"}},
	})
}
