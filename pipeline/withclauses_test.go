package pipeline_test

import "testing"

// TestWithClauses: the actor of an absolute "with" clause is the subject of its participle,
// not the object of a preposition that leaves the act to the main clause's subject (or to a
// nearer word). Sentences written for this test.
func TestWithClauses(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "with X also sending", text: "Kenya sent troops to Somalia, with Uganda also sending two battalions.",
			want: []string{"154 KEN SOM *", "154 UGA - *"}, not: []string{"154 KEN UGA *"}},
		{rule: "with X criticizing", text: "Peru condemned the attack, with Chile also criticizing the rebels.",
			want: []string{"111 CHL PERREB *"}, not: []string{"111 PER PERREB *"}},
		{rule: "with X throwing", text: "The police fired tear gas, with protesters throwing stones at officers.",
			want: []string{"145 CVL - *"}, not: []string{"145 COP * *"}},
		{rule: "a plain 'with' object stays none", text: "Kenya signed a trade accord with Uganda on Monday.",
			want: []string{"057 KEN UGA *"}},
	})
}
