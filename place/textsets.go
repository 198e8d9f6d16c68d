package place

// textSets maps a mention text to the counts of its mentions (placeIndex.byText). An article
// names a few places, each often more than once: its first fewTexts names are kept in a list
// searched in order, with their counts in slots that have room for one place, country and
// region, which is what a name's mentions mostly share. The first inlineTexts slots lie in
// the index itself; the rest come a few at a time. A map takes over past fewTexts names.
type textSets struct {
	list   []*textSlot
	inline [inlineTexts]textSlot
	chunk  []textSlot // slots to hand out after the inline ones
	big    map[string]*placeSet
	buf    [inlineTexts]*textSlot // list's first array
}

// fewTexts: the names kept in textSets' list; inlineTexts: the slots held in the index.
const (
	fewTexts    = 16
	inlineTexts = 2
)

// textSlot is a name's counts with room for its first place, country and region.
type textSlot struct {
	text    string
	set     placeSet
	place   [1]keyCount[placeKey]
	country [1]keyCount[string]
	region  [1]keyCount[regionID]
}

// find returns the counts of text, or nil.
func (ts *textSets) find(text string) *placeSet {
	if ts.big != nil {
		return ts.big[text]
	}
	for _, slot := range ts.list {
		if slot.text == text {
			return &slot.set
		}
	}
	return nil
}

// get returns the counts of text, adding empty ones when there are none.
func (ts *textSets) get(text string) *placeSet {
	if s := ts.find(text); s != nil {
		return s
	}
	if ts.big != nil {
		s := newPlaceSet()
		ts.big[text] = s
		return s
	}
	if len(ts.list) == fewTexts {
		ts.big = make(map[string]*placeSet, 2*fewTexts)
		for _, slot := range ts.list {
			ts.big[slot.text] = &slot.set
		}
		ts.list = nil
		s := newPlaceSet()
		ts.big[text] = s
		return s
	}
	slot := ts.newSlot()
	slot.text = text
	slot.set.places.list = slot.place[:0]
	slot.set.countries.list = slot.country[:0]
	slot.set.regions.list = slot.region[:0]
	if ts.list == nil {
		ts.list = ts.buf[:0]
	}
	ts.list = append(ts.list, slot)
	return &slot.set
}

// newSlot returns an unused slot: an inline one, else one of a chunk.
func (ts *textSets) newSlot() *textSlot {
	if n := len(ts.list); n < inlineTexts {
		return &ts.inline[n]
	}
	if len(ts.chunk) == cap(ts.chunk) {
		ts.chunk = make([]textSlot, 0, 4) // the slots handed out stay where they are
	}
	ts.chunk = ts.chunk[:len(ts.chunk)+1]
	return &ts.chunk[len(ts.chunk)-1]
}
