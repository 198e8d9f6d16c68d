package pipeline_test

import "testing"

// TestReactionOwners: a reaction to a thing is aimed at the thing's owner, also when the
// owner is a state's or an organisation's name before the thing's noun ("a United Nations
// appeal"), when a participle stands before the noun ("proposed Chilean changes"), and when
// the pattern spells the noun itself ("opposed to French mediation"), or a country adjective
// before a singular thing ("the Chilean plan"). A sanction on a thing ("imports of Georgian
// wine") hits its owner. Demands "from" someone are that one's, and a concession answers
// them. An owner of the reacting actor's own country is still none, but for a concession.
func TestReactionOwners(t *testing.T) {
	c := load(t)
	checkSides(t, c, []sidesCase{
		{"Peru rejected a United Nations appeal for calm.", "120", "PER IGOUNO"},
		{"Chile is opposed to French mediation in the dispute.", "126", "CHL FRA"},
		{"Peru rejected proposed Chilean changes to the treaty.", "120", "PER CHL"},
		{"Kenya criticized the Uganda government.", "111", "KEN UGAGOV"},
		{"Chile rejected proposed Chilean changes to the treaty.", "120", "CHL -"},
		{"Peru rejected the revised Chilean plan.", "120", "PER CHL"},
		// A sanction on a thing hits its owner; the victims of a killing are not the
		// owner a reaction to it is aimed at.
		{"Russia banned imports of Georgian wine.", "163", "RUS GEO"},
		{"Chile expressed concern over the killing of Peruvian fishermen.", "012", "CHL -"},
		// Demands or calls "from" someone are that one's; a concession answers them, of
		// its own country too.
		{"Kenya rejected demands from the Ugandan opposition.", "120", "KEN UGAOPP"},
		{"The Kenyan government accepted demands from Ugandan traders.", "080", "KENGOV UGABUS"},
		{"Mozambique accepted demands from Shona rebels.", "080", "MOZ MOZREB"},
	})
}
