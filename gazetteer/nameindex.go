package gazetteer

import (
	"hash/maphash"
	"slices"
	"strings"
)

// nameIndex maps normalised names to their candidate places. It is an open-addressing hash
// table over one string holding every distinct key, built with one probe per name: about ten
// times faster to build than a Go map of half a million small slices, and a tenth of the
// allocations.
//
// A slot also says whether a longer key starts with its text and a space (prefixSlot): the
// word prefixes of every key of several words ("new", "new south") are marked on their own
// key's slot, or get a slot of their own that holds no key, so that LookupTokens learns from
// one probe per word both whether the words so far are a name and whether a longer name may
// follow.
type nameIndex struct {
	seed  maphash.Seed
	arena string   // every distinct key, one after another
	keys  []keyEnt // distinct keys
	slots []uint64 // prefixSlot | (key id + 1) << 32 | the hash's top 32 bits; 0: empty; len a power of two
	lists []*Place // candidates of every key, key after key

	// filter holds three bits of every key's and marked prefix's hash, in one word of 64
	// (a blocked Bloom filter, 512 KB for the towns): most words of a text are no name, and
	// the filter, small enough to stay in the processor's cache, says so without the probe
	// into the 8 MB of slots, which misses the cache. nil: no filter (the villages).
	filter []uint64
}

// Slot layout: bits 0-31 the hash's top 32 bits, bits 32-61 the key id + 1 (0 in the slot of
// a prefix that is no key), bit 62 prefixSlot.
const (
	prefixSlot = 1 << 62
	slotIDMask = 1<<30 - 1
)

// slotID returns the key id of slot s, or -1 for a prefix that is no key.
func slotID(s uint64) int32 { return int32((s>>32)&slotIDMask) - 1 }

type keyEnt struct {
	start, end int32 // arena[start:end]
	from, to   int32 // lists[from:to]
}

// nameBuilder collects (key, place) pairs.
type nameBuilder struct {
	ix    nameIndex
	buf   []byte  // the arena being built
	ents  []int32 // pairs: key id, place index
	count []int32 // places per key id
}

func newNameBuilder(expected int) *nameBuilder {
	size := 1
	for size < expected*2 {
		size <<= 1
	}
	b := &nameBuilder{}
	b.ix.seed = maphash.MakeSeed()
	b.ix.slots = make([]uint64, size)
	b.ix.keys = make([]keyEnt, 0, expected)
	b.buf = make([]byte, 0, expected*10)
	b.ents = make([]int32, 0, expected*2)
	b.count = make([]int32, 0, expected)
	return b
}

// intern returns the id of the key in b.buf[start:], adding the key when it is new and
// dropping its bytes from b.buf when it is not; -1 for an empty key.
func (b *nameBuilder) intern(start int) int32 {
	k := b.buf[start:]
	if len(k) == 0 {
		return -1
	}
	if len(b.ix.keys)*2 >= len(b.ix.slots) {
		b.grow()
	}
	mask := uint64(len(b.ix.slots) - 1)
	h := maphash.Bytes(b.ix.seed, k)
	fp := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		s := b.ix.slots[i]
		if s == 0 {
			id := int32(len(b.ix.keys))
			b.ix.slots[i] = uint64(id+1)<<32 | fp
			b.ix.keys = append(b.ix.keys, keyEnt{start: int32(start), end: int32(len(b.buf))})
			b.count = append(b.count, 0)
			return id
		}
		if s&0xffffffff != fp {
			continue
		}
		id := slotID(s)
		e := b.ix.keys[id]
		if string(b.buf[e.start:e.end]) == string(k) {
			b.buf = b.buf[:start]
			return id
		}
	}
}

// attach records that key id names place.
func (b *nameBuilder) attach(id, place int32) {
	b.ents = append(b.ents, id, place)
	b.count[id]++
}

// addPlace interns the keys of place i's name, ASCII name and alternates and attaches i to
// each key once; ids[2*i] and ids[2*i+1] get the name's and the ASCII name's key ids (-1 when
// empty). With shorn, a town is also found without its Arabic article ("As Samawah" as
// "Samawah"). own is scratch for one place's key ids, returned for reuse.
func (b *nameBuilder) addPlace(i int, p *Place, ids, own []int32, shorn bool) []int32 {
	own = own[:0]
	ids[2*i], ids[2*i+1] = -1, -1
	alts := p.alts
	for j := -2; j == -2 || j == -1 || alts != ""; j++ {
		name := p.Name
		switch {
		case j == -1:
			name = p.ASCII
		case j >= 0:
			name, alts, _ = strings.Cut(alts, "|")
		}
		start := len(b.buf)
		b.buf = appendKey(b.buf, name, false)
		id := b.intern(start)
		if id < 0 {
			continue
		}
		if j < 0 {
			ids[2*i+j+2] = id
		}
		if containsID(own, id) {
			continue
		}
		own = append(own, id)
		b.attach(id, int32(i))
		if !shorn || p.Class != "P" {
			continue
		}
		e := b.ix.keys[id]
		k := b.buf[e.start:e.end]
		if sp := indexByte(k, ' '); sp > 0 && arabicArticles[string(k[:sp])] && len(k)-sp-1 >= 4 {
			start := len(b.buf)
			b.buf = append(b.buf, k[sp+1:]...)
			if id2 := b.intern(start); id2 >= 0 && !containsID(own, id2) {
				own = append(own, id2)
				b.attach(id2, int32(i))
			}
		}
	}
	return own
}

func (b *nameBuilder) grow() {
	old := b.ix.slots
	b.ix.slots = make([]uint64, len(old)*2)
	mask := uint64(len(b.ix.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		e := b.ix.keys[slotID(s)]
		i := maphash.Bytes(b.ix.seed, b.buf[e.start:e.end]) & mask
		for b.ix.slots[i] != 0 {
			i = (i + 1) & mask
		}
		b.ix.slots[i] = s
	}
}

// finish lays out the candidate lists (in the order the pairs were added), marks the keys'
// word prefixes (markPrefixes) and returns the index.
func (b *nameBuilder) finish(places []*Place) *nameIndex { return b.finishNames(places, true) }

// finishNames is finish, with the word prefixes marked only if prefixes: an index that
// LookupTokens does not walk needs none.
func (b *nameBuilder) finishNames(places []*Place, prefixes bool) *nameIndex {
	ix := &b.ix
	ix.arena = string(b.buf)
	ix.lists = make([]*Place, len(b.ents)/2)
	n := int32(0)
	for id := range ix.keys {
		ix.keys[id].from, ix.keys[id].to = n, n
		n += b.count[id]
	}
	for i := 0; i < len(b.ents); i += 2 {
		e := &ix.keys[b.ents[i]]
		ix.lists[e.to] = places[b.ents[i+1]]
		e.to++
	}
	if prefixes {
		b.markPrefixes()
	}
	b.ents, b.count, b.buf = nil, nil, nil
	return ix
}

// markPrefixes marks the word prefixes of every key of several words: on the prefix's own
// slot where it is a key, else on a slot of its own, which holds only the hash (two prefixes
// of the same 32-bit hash share one: a prefix taken for another only makes LookupTokens try a
// longer name that does not exist, so its answers stay the same).
func (b *nameBuilder) markPrefixes() {
	ix := &b.ix
	var others []uint64 // hashes of the prefixes that are no keys
	hashes := make([]uint64, len(ix.keys))
	for id := range ix.keys {
		k := ix.key(int32(id))
		hashes[id] = maphash.String(ix.seed, k)
		for sp := strings.IndexByte(k, ' '); sp > 0; {
			p := k[:sp]
			h := maphash.String(ix.seed, p)
			if i := ix.slotOf(p, h); i >= 0 {
				ix.slots[i] |= prefixSlot
			} else {
				others = append(others, h)
			}
			next := strings.IndexByte(k[sp+1:], ' ')
			if next < 0 {
				break
			}
			sp += 1 + next
		}
	}
	slices.Sort(others)
	others = slices.Compact(others)
	for (len(ix.keys)+len(others))*2 > len(ix.slots) {
		b.grow()
	}
	mask := uint64(len(ix.slots) - 1)
	for _, h := range others {
		fp := h >> 32
		for i := h & mask; ; i = (i + 1) & mask {
			s := ix.slots[i]
			if s == 0 {
				ix.slots[i] = prefixSlot | fp
				break
			}
			if s&0xffffffff == fp && slotID(s) < 0 {
				break // a prefix of the same hash
			}
		}
	}
	blocks := 1
	for blocks*6 < len(hashes)+len(others) {
		blocks <<= 1
	}
	ix.filter = make([]uint64, blocks)
	for _, hs := range [][]uint64{hashes, others} {
		for _, h := range hs {
			i, bits := filterBits(h, blocks)
			ix.filter[i] |= bits
		}
	}
}

// filterBits returns the word of a filter of blocks words (a power of two) and the three bits
// in it that stand for hash h.
func filterBits(h uint64, blocks int) (int, uint64) {
	m := h * 0x9e3779b97f4a7c15 // spreads h's bits over the high bits
	return int(m>>40) & (blocks - 1), 1<<(m&63) | 1<<(m>>6&63) | 1<<(m>>12&63)
}

// mayHold reports whether the filter lets a key or prefix of hash h be in the index.
func (ix *nameIndex) mayHold(h uint64) bool {
	if ix.filter == nil {
		return true
	}
	i, bits := filterBits(h, len(ix.filter))
	return ix.filter[i]&bits == bits
}

// slotOf returns the index of the slot of key k of hash h, or -1.
func (ix *nameIndex) slotOf(k string, h uint64) int {
	mask := uint64(len(ix.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := ix.slots[i]
		if s == 0 {
			return -1
		}
		if s&0xffffffff != h>>32 {
			continue
		}
		if id := slotID(s); id >= 0 && ix.key(id) == k {
			return int(i)
		}
	}
}

// key returns the text of key id.
func (ix *nameIndex) key(id int32) string {
	e := ix.keys[id]
	return ix.arena[e.start:e.end]
}

// get returns the candidates of key k.
func (ix *nameIndex) get(k []byte) []*Place {
	if len(ix.slots) == 0 || len(k) == 0 {
		return nil
	}
	return ix.getHashed(k, maphash.Bytes(ix.seed, k))
}

// hash returns the hash of k that getHashed and firstWordTable take.
func (ix *nameIndex) hash(k []byte) uint64 { return maphash.Bytes(ix.seed, k) }

// getHashed returns the candidates of key k of hash h (ix.hash(k)); k is not empty.
func (ix *nameIndex) getHashed(k []byte, h uint64) []*Place {
	if len(ix.slots) == 0 || !ix.mayHold(h) {
		return nil
	}
	mask := uint64(len(ix.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := ix.slots[i]
		if s == 0 {
			return nil
		}
		if s&0xffffffff != h>>32 {
			continue
		}
		id := slotID(s)
		if id < 0 {
			continue // a prefix that is no key
		}
		e := ix.keys[id]
		if ix.arena[e.start:e.end] == string(k) {
			return ix.lists[e.from:e.to:e.to]
		}
	}
}

// probe reports, from the filter and the slots alone, whether a key k of hash h (ix.hash(k))
// may be a key (getHashed tells for sure) and whether a longer key may start with k and a
// space. It never answers false where the answer is true: it looks at every slot of h.
func (ix *nameIndex) probe(h uint64) (key, prefix bool) {
	if len(ix.slots) == 0 || !ix.mayHold(h) {
		return false, false
	}
	mask := uint64(len(ix.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := ix.slots[i]
		if s == 0 {
			return key, prefix
		}
		if s&0xffffffff == h>>32 {
			key = key || slotID(s) >= 0
			prefix = prefix || s&prefixSlot != 0
		}
	}
}

// eachKey calls fn for every key and its candidates.
func (ix *nameIndex) eachKey(fn func(k string, ps []*Place)) {
	for id, e := range ix.keys {
		fn(ix.key(int32(id)), ix.lists[e.from:e.to:e.to])
	}
}

// firstWord returns the first word of a key.
func firstWord(k string) (string, int) {
	sp := strings.IndexByte(k, ' ')
	if sp < 0 {
		return k, 1
	}
	return k[:sp], strings.Count(k, " ") + 1
}

// firstWordTable maps the first word of every key of several words to the most words of such a
// key. LookupTokens asks it about every capitalised word of every text: one probe into a flat
// table, hashed with the name index's seed so that the hash serves both, where a Go map of
// strings cost half the lookup. It keeps only a 56-bit hash per word, no key: a word taken for
// another by a collision only makes LookupTokens try longer names that do not exist (no key of
// several words starts with it), so its answer stays the same.
type firstWordTable struct {
	slots []uint64 // the word hash's top 56 bits << 8 | most words (1..255); 0: empty; len a power of two
	n     int      // slots in use
}

// add records that a key of n words starts with the word of hash h.
func (t *firstWordTable) add(h uint64, n int) {
	n = min(n, 255)
	if (t.n+1)*2 > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xff
	for i := (h >> 8) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = tag | uint64(n)
			t.n++
			return
		}
		if s&^0xff == tag {
			if uint64(n) > s&0xff {
				t.slots[i] = tag | uint64(n)
			}
			return
		}
	}
}

func (t *firstWordTable) grow() {
	old := t.slots
	t.slots = make([]uint64, max(2*len(old), 1<<16))
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := (s >> 8) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// get returns the most words of a key starting with the word of hash h, or 0.
func (t *firstWordTable) get(h uint64) int {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xff
	for i := (h >> 8) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if s&^0xff == tag {
			return int(s & 0xff)
		}
	}
}
