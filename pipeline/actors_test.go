package pipeline_test

import (
	"testing"

	"github.com/annals-org/annals"
)

// TestSituate checks that bare role mentions take the country the article determines, from
// sentences written for this test.
func TestSituate(t *testing.T) {
	c := load(t)
	tests := []struct {
		name, in string
		mention  string // the text of the mention checked
		want     string // its code
	}{
		{
			name:    "the article's dominant country",
			in:      "Bolivian officials met in La Paz on Monday. Opposition leaders in Santa Cruz called a strike. Police said twelve people were detained.",
			mention: "Police", want: "BOLCOP",
		},
		{
			name:    "a titled person takes the dominant country",
			in:      "Canadian officials in Toronto planned a new transit line. Mayor Ann Fulton said the city would pay half.",
			mention: "Mayor Ann Fulton", want: "CANGOV",
		},
		{
			name:    "a state named before the role in the same sentence",
			in:      "Kenya and Uganda traded accusations over the border on Sunday. In Uganda, police arrested three traders.",
			mention: "police", want: "UGACOP",
		},
		{
			name:    "the government named in the sentence before",
			in:      "Kenya and Uganda traded accusations over the border on Sunday. The Ugandan government denied the charge. The ministry said the traders had no permits.",
			mention: "ministry", want: "UGAGOV",
		},
		{
			name:    "a people named after the role is more often its object",
			in:      "The Texas governor visited El Paso on Friday. Police arrested two Mexican men near the bridge.",
			mention: "Police", want: "USACOP",
		},
		{
			name:    "two countries level: no country",
			in:      "Brazil and Argentina signed a trade deal. The ministry said more talks would follow.",
			mention: "ministry", want: "GOV",
		},
		{
			name:    "transnational bodies take no country",
			in:      "Bolivian officials met in La Paz on Monday. Aid agencies said food was short.",
			mention: "Aid agencies", want: "NGO",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, doc := c.ActorsOf(&annals.Article{ID: "t", Text: tt.in})
			var codes []string
			for _, m := range ms {
				if doc.Text[m.Start:m.End] == tt.mention {
					if m.Code != tt.want {
						t.Errorf("%q in %q: code %s, want %s", tt.mention, tt.in, m.Code, tt.want)
					}
					return
				}
				codes = append(codes, doc.Text[m.Start:m.End]+"="+m.Code)
			}
			t.Errorf("no mention %q in %q; mentions: %v", tt.mention, tt.in, codes)
		})
	}
}
