package place

// textSets maps a mention text to the counts of its mentions (placeIndex.byText). An article
// names a few places, each often more than once: its first fewTexts names are kept in a list
// searched in order, their counts in one slab allocated with the index, each with room for
// one place, country and region, which is what a name's mentions mostly share. A map takes
// over past them.
type textSets struct {
	texts []string
	sets  []*placeSet
	slab  []textSlot
	big   map[string]*placeSet
}

// fewTexts: the names kept in textSets' list and slab.
const fewTexts = 16

// textSlot is a name's counts with room for its first place, country and region.
type textSlot struct {
	set     placeSet
	place   [1]keyCount[placeKey]
	country [1]keyCount[string]
	region  [1]keyCount[regionID]
}

// init makes room for n names in the list and slab (n <= fewTexts).
func (ts *textSets) init(n int) {
	if n == 0 {
		return
	}
	ts.texts = make([]string, 0, n)
	ts.sets = make([]*placeSet, 0, n)
	ts.slab = make([]textSlot, 0, n)
}

// find returns the counts of text, or nil.
func (ts *textSets) find(text string) *placeSet {
	if ts.big != nil {
		return ts.big[text]
	}
	for i, t := range ts.texts {
		if t == text {
			return ts.sets[i]
		}
	}
	return nil
}

// get returns the counts of text, adding empty ones when there are none.
func (ts *textSets) get(text string) *placeSet {
	if s := ts.find(text); s != nil {
		return s
	}
	var s *placeSet
	if len(ts.slab) < cap(ts.slab) {
		ts.slab = ts.slab[:len(ts.slab)+1]
		slot := &ts.slab[len(ts.slab)-1]
		s = &slot.set
		s.places.list = slot.place[:0]
		s.countries.list = slot.country[:0]
		s.regions.list = slot.region[:0]
	} else {
		s = newPlaceSet()
	}
	if ts.big != nil {
		ts.big[text] = s
		return s
	}
	if len(ts.texts) < fewTexts {
		ts.texts = append(ts.texts, text)
		ts.sets = append(ts.sets, s)
		return s
	}
	ts.big = make(map[string]*placeSet, 2*fewTexts)
	for i, t := range ts.texts {
		ts.big[t] = ts.sets[i]
	}
	ts.big[text] = s
	ts.texts, ts.sets = nil, nil
	return s
}
