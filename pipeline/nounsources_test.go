package pipeline_test

import "testing"

// TestNounSources: an event noun that is the object of a verb takes that verb's subject as
// its source, past coordinated adjectives ("strong, tough sanctions") and quotation marks;
// a comma that ends a phrase ("in the past, harsh sanctions") still ends the search. Fighting
// or talks in a phrase of time ("after fierce fighting with", "during talks with") are the
// clause subject's; other acts there are not ("arrested two men after the attack").
func TestNounSources(t *testing.T) {
	c := load(t)
	checkSides(t, c, []sidesCase{
		{`Paris said Berlin would help France "secure strong, tough sanctions on Iran."`, "163", "FRA IRN"},
		{"Kenya imposed new, tougher sanctions on Sudan.", "163", "KEN SDN"},
		{"Kenya said that in the past, harsh sanctions on Sudan failed.", "163", "- SDN"},
		// Fighting or talks in a phrase of time after the clause's verb are its subject's.
		{"Nigerien troops retook the village after fierce fighting with the rebels.", "190", "NERMIL NERREB"},
		{"Malian troops have captured the town after five days of fighting.", "190", "MLIMIL -"},
		{"Kenya agreed to reopen the border during talks with Uganda.", "046", "KEN UGA"},
		{"Police arrested two men after the attack on the mosque.", "173", "COP -"},
	})
}
