package pipeline_test

import "testing"

// TestJudgedReasons: the act named after "for" by a verb of praise, blame or punishment
// ("criticized Uganda for imposing sanctions", "arrested students for protesting") is what
// the judgement or punishment is about; the judgement or punishment is the event.
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
		{rule: "a punishment's reason is alleged", text: "Police arrested ten students for protesting against the fees.",
			want: []string{"173 * * asserted"}, not: []string{"141* * * *"}},
		{rule: "an expulsion's reason is alleged", text: "Kenya has expelled diplomats from three European countries for taking part in unauthorised protests.",
			want: []string{"174 KEN * asserted"}, not: []string{"141* * * *"}},
		{rule: "a parenthesis in the object", text: "Kenya has expelled diplomats from three East African Community (EAC) countries for taking part in unauthorised protests.",
			want: []string{"174 KEN * asserted"}, not: []string{"141* * * *"}},
		{rule: "the judge does not do the judged act", text: "Kenya punished the officers for beating detainees.",
			not: []string{"18* KEN * *"}},
		{rule: "a 'for' phrase after no judgement", text: "Kenyan police fired tear gas for hours at protesters blocking the road.",
			want: []string{"1* KENCOP * asserted"}},
	})
}
