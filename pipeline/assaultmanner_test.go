package pipeline_test

import "testing"

// TestAssaultManner: "abuse" of people is a physical assault (182), and "sexually" before an
// assault verb makes it CAMEO's sexual assault (1821); "abused his power" names no victim.
func TestAssaultManner(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "abuse of people", text: "Kenyan prison guards abused the detainees for months.",
			want: []string{"182 KENCOP * asserted"}},
		{rule: "'sexually abused'", text: "Kenyan police officers sexually abused Somali migrants, a rights group said.",
			want: []string{"1821 KENCOP SOMREF asserted"}, not: []string{"182 * * *"}},
		{rule: "'sexually assaulted'", text: "Kenyan soldiers sexually assaulted two Somali women.",
			want: []string{"1821 KENMIL SOMCVL asserted"}},
		{rule: "abuse of power is no assault", text: "The Kenyan minister abused his power.",
			not: []string{"18* * * *"}},
	})
}
