package event

// wordSet is a 256-bit Bloom filter of words: a cheap test that rules out most patterns
// whose words a sentence lacks before the exact test by map lookups. It never rules out a
// pattern whose words are there: a word's bit is set in every set that holds it.
type wordSet [4]uint64

// add puts w in s.
func (s *wordSet) add(w string) {
	b := wordBit(w)
	s[b>>6] |= 1 << (b & 63)
}

// meets reports whether s and t may share a word.
func (s *wordSet) meets(t *wordSet) bool {
	return s[0]&t[0]|s[1]&t[1]|s[2]&t[2]|s[3]&t[3] != 0
}

// wordBit hashes w (FNV-1a) to one of 256 bits.
func wordBit(w string) uint {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return uint(h>>32^h) & 255
}
