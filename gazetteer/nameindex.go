package gazetteer

import (
	"hash/maphash"
	"strings"
)

// nameIndex maps normalised names to their candidate places. It is an open-addressing hash
// table over one string holding every distinct key, built with one probe per name: about ten
// times faster to build than a Go map of half a million small slices, and a tenth of the
// allocations.
type nameIndex struct {
	seed  maphash.Seed
	arena string   // every distinct key, one after another
	keys  []keyEnt // distinct keys
	slots []uint64 // (key id + 1) << 32 | the key hash's top 32 bits; 0: empty; len a power of two
	lists []*Place // candidates of every key, key after key
}

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
		id := int32(s>>32) - 1
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

func (b *nameBuilder) grow() {
	old := b.ix.slots
	b.ix.slots = make([]uint64, len(old)*2)
	mask := uint64(len(b.ix.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		e := b.ix.keys[s>>32-1]
		i := maphash.Bytes(b.ix.seed, b.buf[e.start:e.end]) & mask
		for b.ix.slots[i] != 0 {
			i = (i + 1) & mask
		}
		b.ix.slots[i] = s
	}
}

// finish lays out the candidate lists (in the order the pairs were added) and returns the
// index.
func (b *nameBuilder) finish(places []*Place) *nameIndex {
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
	b.ents, b.count, b.buf = nil, nil, nil
	return ix
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
	if len(ix.slots) == 0 {
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
		e := ix.keys[s>>32-1]
		if ix.arena[e.start:e.end] == string(k) {
			return ix.lists[e.from:e.to:e.to]
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
