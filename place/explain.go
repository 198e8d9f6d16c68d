package place

import (
	"fmt"

	"github.com/annals-org/annals/gazetteer"
)

// Candidate is one candidate of a mention as the resolver scored it, for annals places
// --explain: its score and the terms that made it.
type Candidate struct {
	Place *gazetteer.Place
	Score float64
	Why   []string // "+2.5 in the story's home region", one per term that is not zero
}

// scorer sums the terms of a candidate's score, keeping their reasons when explaining.
type scorer struct {
	s       float64
	explain bool
	why     []string
}

func (sc *scorer) add(v float64, reason string) {
	sc.s += v
	if sc.explain && v != 0 {
		sc.why = append(sc.why, fmt.Sprintf("%+.2f %s", v, reason))
	}
}

// addOf is add with a reason in parts around a name ("inside ", in.Name, ", named after it"),
// joined only when explaining: scoring every candidate builds no string.
func (sc *scorer) addOf(v float64, before, name, after string) {
	sc.s += v
	if sc.explain && v != 0 {
		sc.why = append(sc.why, fmt.Sprintf("%+.2f %s%s%s", v, before, name, after))
	}
}
