package pipeline_test

import "testing"

// TestGroupNameObjects: a capitalised word that is no actor of its own, naming the region or
// people of the role after it ("Darfur rebels", "Tamil rebels"), does not hide the role as the
// verb's object.
func TestGroupNameObjects(t *testing.T) {
	c := load(t)
	checkSides(t, c, []sidesCase{
		{"The Sudanese government accused Darfur rebels of violating the ceasefire.", "112", "SDNGOV SDNREB"},
		{"Sri Lankan troops attacked Tamil rebels.", "190", "LKAMIL LKAREB"},
		{"Kenya condemned Somali rebels.", "111", "KEN SOMREB"},
	})
}
