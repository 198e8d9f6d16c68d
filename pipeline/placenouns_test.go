package pipeline_test

import "testing"

// TestPlaceNouns: a noun that names a place or a gathering ("his jail cell", "a banking
// retreat", "the refugee camp") is not tried as the verb it could be (jailing, a military
// retreat, camping); the verbs themselves still code.
func TestPlaceNouns(t *testing.T) {
	checkCoding(t, load(t), []codingCase{
		{rule: "a jail cell", text: "The Kenyan opposition leader was found in his jail cell on Monday.",
			not: []string{"17* * * *", "116 * * *"}},
		{rule: "a retreat of bankers", text: "The Kenyan finance minister spoke to reporters on the sidelines of a two-day banking retreat.",
			not: []string{"087* * * *"}},
		{rule: "a police post", text: "The Kenyan minister visited a police post near the Ugandan border.",
			not: []string{"010 * * *", "011 * * *"}},
		{rule: "the verb 'jail'", text: "Kenya will jail the Ugandan smugglers.",
			want: []string{"132 KEN UGACRM asserted"}},
		{rule: "a place noun modifying a noun", text: "Jane Smith, a clinical psychologist and jail suicide expert from Nairobi, said the Kenyan prison was overcrowded.",
			not: []string{"17* * * *"}},
		{rule: "the verb 'jail' after a subject", text: "Kenyan police jail protesters without trial.",
			want: []string{"173 KENCOP * asserted"}},
		{rule: "the verb 'retreat'", text: "Kenyan troops retreat from the border town.",
			want: []string{"0874 KENMIL * asserted"}},
	})
}
