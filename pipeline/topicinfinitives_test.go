package pipeline_test

import "testing"

// TestTopicInfinitives: the infinitive a topic's gerund governs is talked about, not done,
// also past the gerund's object ("boasted about getting Uganda to let the trucks in",
// "accused Uganda of forcing Somalia to withdraw"); outside a topic, a forced act is reported.
func TestTopicInfinitives(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a boast about a causation", text: "The Kenyan government boasted about getting Uganda to let aid trucks into the camp.",
			not: []string{"08* * * *", "07* * * *"}},
		{rule: "an accusation of a causation", text: "Kenya accused Uganda of forcing Somalia to withdraw its troops.",
			want: []string{"112 KEN UGA asserted"}, not: []string{"087* * * *", "17* * * *"}},
		{rule: "a forced act reported", text: "Kenya forced Uganda to withdraw its troops.",
			want: []string{"170 KEN UGA asserted", "0874 UGA * asserted"}},
	})
}
