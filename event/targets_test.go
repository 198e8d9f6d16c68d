package event

import (
	"strings"
	"testing"

	"github.com/annals-org/annals/text"
)

// TestTimePhrase checks the length of the time phrase that opens a run of words, which lets
// a participle reach its "by" phrase: "the decision announced this afternoon by the cabinet".
func TestTimePhrase(t *testing.T) {
	for _, c := range []struct {
		words string
		want  int
	}{
		{"this afternoon by the cabinet", 2},
		{"last week by the ministry", 2},
		{"this evening by parliament", 2},
		{"earlier this month by the court", 3},
		{"on Friday by the government", 2},
		{"yesterday by police", 1},
		{"this plan by the cabinet", 0},
		{"by the government", 0},
	} {
		var toks []text.Token
		for _, w := range strings.Fields(c.words) {
			toks = append(toks, text.Token{Text: w, Lower: strings.ToLower(w)})
		}
		if got := timePhrase(toks); got != c.want {
			t.Errorf("timePhrase(%q) = %d, want %d", c.words, got, c.want)
		}
	}
}
