package pipeline_test

import "testing"

// TestJudgedReasons: the act named after "for" by a verb of praise or blame ("criticized
// Uganda for imposing sanctions") is what the judgement is about; the judgement is the event.
func TestJudgedReasons(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a criticism's reason", text: "Russia has criticized Kenya and Uganda for following up with new sanctions.",
			want: []string{"111 RUS KEN asserted"}, not: []string{"163 * * *"}},
		{rule: "a praise's reason", text: "The UN praised the army for releasing the hostages.",
			want: []string{"051 IGOUNO * asserted"}, not: []string{"084* * * *"}},
		{rule: "a condemnation's reason", text: "Kenya condemned Uganda for attacking protesters in Kampala.",
			want: []string{"111 KEN UGA asserted"}, not: []string{"18* * * *", "19* * * *"}},
		{rule: "an act after 'and' is reported", text: "Uganda thanked Kenya for its support and sent aid to the refugees.",
			want: []string{"051 UGA KEN asserted", "07* UGA * asserted"}},
		{rule: "a punishment's reason is no judgement", text: "Police arrested ten students for protesting against the fees.",
			want: []string{"173 * * asserted", "141* * * asserted"}},
	})
}
