package gazetteer

import (
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Place is one named place.
type Place struct {
	// The fields the resolver reads of every candidate come first, in the struct's first two
	// cache lines: a candidate's first reading then misses the cache once or twice, not once
	// per field.
	Feature           string // GeoNames feature code: PPL, PPLA, PPLC, ADM1, PCLI, LK, MT, RGN, STRM, SEA, PASS ...
	Class             string // GeoNames feature class: A, H, L, P, R, S, T, U or V
	Country           string // ISO 3166-1 alpha-3, "" for a place of several countries
	Admin1            string // GeoNames first-level region code within Country, "" if none
	Population        int    // people; for regions and countries a lower bound (the sum of their places)
	Lat, Lon          float64
	nameKey, asciiKey string // Normalize(Name), Normalize(ASCII)
	tier              uint8

	ID         int    // GeoNames id, 0 when the source has none
	Name       string // the name as its source writes it
	ASCII      string // the name in ASCII letters
	Admin1Name string // that region's name
	Source     string // where the entry comes from
	File       string // the file of the entry ("places/supplement.tsv")
	Line       int    // its line in File

	alts string // alternate names separated by '|'
}

// Tiers of the candidate order.
const (
	tierCountry uint8 = iota
	tierCurated
	tierCapital
	tierOther
)

// Alternates returns the other names of p (Latin-script alternate names, aliases).
func (p *Place) Alternates() []string {
	if p.alts == "" {
		return nil
	}
	return strings.Split(p.alts, "|")
}

// Where returns the file and line of the entry, as "places/supplement.tsv:12".
func (p *Place) Where() string { return p.File + ":" + strconv.Itoa(p.Line) }

// Gazetteer holds every place, indexed by normalised name. Read-only after Load.
type Gazetteer struct {
	places    []*Place
	names     *nameIndex         // Normalize(name) → candidates, best first
	maxWords  firstWordTable     // first word of a key of several words → most words of such a key
	countries map[string]*Place  // ISO alpha-3 → country
	admin1    map[string]*Place  // iso3 + "\x00" + Normalize(name or alternate) or code → region
	grid      map[int32][]*Place // 1° cells → places other than countries and regions

	fsys     fs.FS // where Load read the files: the villages are read from it when first asked for
	villages villageIndex
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Places returns every place, in file order. The slice is shared: do not modify it.
func (g *Gazetteer) Places() []*Place { return g.places }

// Lookup returns the places called name (its name, ASCII name or an alternate), best first,
// or nil. The slice is shared: do not modify it.
func (g *Gazetteer) Lookup(name string) []*Place {
	var buf [128]byte
	return g.names.get(appendNormalized(buf[:0], name))
}

// LookupEach calls fn(i, places) for every names[i] that Lookup finds places for, in the
// order of names, with what Lookup returns. It asks the index's filter about a batch of
// names at a time, so that their waits on memory overlap: most names of such a batch (the
// spellings of a name tried one after another) are in no index, and the filter alone says so.
func (g *Gazetteer) LookupEach(names []string, fn func(i int, places []*Place)) {
	const batch = 32
	var buf [1024]byte
	var bounds [batch + 1]int // the keys of the batch's names: key[bounds[j]:bounds[j+1]]
	var hashes [batch]uint64
	var maybe [batch]bool
	for first := 0; first < len(names); first += batch {
		part := names[first:min(len(names), first+batch)]
		key := buf[:0]
		for j, name := range part {
			key = appendKey(key, name, false) // as appendNormalized with nothing before
			bounds[j+1] = len(key)
			if k := key[bounds[j]:]; len(k) > 0 {
				hashes[j] = g.names.hash(k)
			}
		}
		for j := range part {
			maybe[j] = bounds[j+1] > bounds[j] && g.names.mayHold(hashes[j])
		}
		for j := range part {
			if !maybe[j] {
				continue
			}
			if ps := g.names.getHashed(key[bounds[j]:bounds[j+1]], hashes[j]); ps != nil {
				fn(first+j, ps)
			}
		}
	}
}

// IsPrimary reports whether name is p's own name or ASCII name rather than an alternate.
func IsPrimary(p *Place, name string) bool {
	var buf [128]byte // the key on the stack: the resolver asks this of every candidate
	return IsPrimaryKey(p, AppendKey(buf[:0], name))
}

// IsPrimaryKey is IsPrimary for a name already in key form (AppendKey): a caller that asks it
// of every candidate of one name normalises the name once.
func IsPrimaryKey(p *Place, key []byte) bool {
	return string(key) == p.nameKey || string(key) == p.asciiKey
}

// NameKey returns Normalize(p.Name), kept since the index was built: comparing two places'
// names costs no normalising.
func (p *Place) NameKey() string { return p.nameKey }

// LookupTokens finds the longest place name that starts at tokens[0] and ends at the end of a
// token, given the tokens of a text as written ("Nagorno-Karabakh", "St.", "Petersburg"). It
// returns how many tokens the name spans and its candidates best first, or 0 and nil. A token
// with no letters or digits (punctuation) ends the search.
//
// It takes a word more only while the words so far start a longer name (the name index marks
// every word prefix of its keys): one probe per word, and the candidates are read only for
// the longest name found.
func (g *Gazetteer) LookupTokens(tokens []string) (int, []*Place) {
	if len(tokens) == 0 {
		return 0, nil
	}
	var buf [128]byte
	key := appendNormalized(buf[:0], tokens[0])
	if len(key) == 0 {
		return 0, nil
	}
	if len(tokens) > 1 && joins(tokens[1]) && indexByte(key, ' ') < 0 {
		return g.lookupJoinedFirst(tokens, key)
	}
	// ends[i], hashes[i]: the length and hash of the key after tokens[:i+1] where the slots
	// say it may be a name, else -1.
	var endsBuf [16]int
	var hashBuf [16]uint64
	ends, hashes := endsBuf[:0], hashBuf[:0]
	joined := false
	for i := 1; ; i++ {
		h := g.names.hash(key)
		isKey, prefix := g.names.probe(h)
		if isKey && !joined {
			ends, hashes = append(ends, len(key)), append(hashes, h)
		} else {
			// A possessive ending joined the word before it: it may be inside a longer name
			// ("Queen Anne's County"), but a name never ends with it ("Steele's" is no Steeles).
			ends, hashes = append(ends, -1), append(hashes, 0)
		}
		if i == len(tokens) || !prefix && !joins(tokens[i]) {
			break
		}
		before := len(key)
		key = appendNormalized(key, tokens[i])
		if len(key) == before {
			break
		}
		joined = key[before] != ' '
	}
	for i := len(ends) - 1; i >= 0; i-- {
		if ends[i] < 0 {
			continue
		}
		if ps := g.names.getHashed(key[:ends[i]], hashes[i]); ps != nil {
			return i + 1, ps
		}
	}
	return 0, nil
}

// lookupJoinedFirst is LookupTokens where a possessive ending joins the first word ("Bank"
// "'s" "County" is "banks county"): the names tried are those of as many words as the longest
// name that starts with the first token's own word ("bank"). key is the first token's key.
func (g *Gazetteer) lookupJoinedFirst(tokens []string, key []byte) (int, []*Place) {
	h := g.names.hash(key)
	maxW := g.maxWords.get(h)
	if maxW == 0 {
		// No name of several words starts with this word.
		if ps := g.names.getHashed(key, h); ps != nil {
			return 1, ps
		}
		return 0, nil
	}
	// ends[i]: length of key after tokens[:i+1].
	var endsBuf [16]int
	ends := append(endsBuf[:0], len(key))
	nwords := 1
	for i := 1; i < len(tokens) && nwords < maxW; i++ {
		before := len(key)
		key = appendNormalized(key, tokens[i])
		if len(key) == before {
			break
		}
		nwords += countWords(key[before:])
		if key[before] != ' ' {
			nwords-- // a possessive ending: inside a name, never its end
			ends = append(ends, -1)
			continue
		}
		if nwords > maxW {
			break
		}
		ends = append(ends, len(key))
	}
	for i := len(ends) - 1; i >= 0; i-- {
		if ends[i] < 0 {
			continue
		}
		if ps := g.names.get(key[:ends[i]]); ps != nil {
			return i + 1, ps
		}
	}
	return 0, nil
}

// joins reports whether token t joins the word before it in a key, with no space: a
// possessive or elided ending written as its own token ("'s"), as appendNormalized does.
func joins(t string) bool {
	return strings.HasPrefix(t, "'") || strings.HasPrefix(t, "’")
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// countWords counts the words of a normalised key fragment (which may start with a space).
func countWords(b []byte) int {
	n := 0
	in := false
	for _, c := range b {
		if c == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// Country returns the country or territory with ISO alpha-3 code iso3, or nil.
func (g *Gazetteer) Country(iso3 string) *Place { return g.countries[strings.ToUpper(iso3)] }

// Admin1 returns the first-level region of country iso3 called name (its name, an alternate
// such as "Kyiv" for "Kyiv Oblast", or its GeoNames code), or nil.
func (g *Gazetteer) Admin1(iso3, name string) *Place {
	iso3 = strings.ToUpper(iso3)
	if p := g.admin1[iso3+"\x00"+Normalize(name)]; p != nil {
		return p
	}
	return g.admin1[iso3+"\x01"+name]
}

// Nearby returns the places within km kilometres of (lat, lon), nearest first: populated
// places and supplement entries, not countries or regions (whose points are only
// representative). It looks at no more than 5° around the point.
func (g *Gazetteer) Nearby(lat, lon, km float64) []*Place {
	if !(km > 0) || math.IsNaN(lat) || math.IsNaN(lon) || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
		return nil
	}
	dlat := math.Min(km/111.2, 5)
	dlon := math.Min(km/(111.2*math.Max(math.Cos(lat*math.Pi/180), 0.01)), 5)
	type hit struct {
		p *Place
		d float64
	}
	var hits []hit
	for y := int(math.Floor(lat - dlat)); y <= int(math.Floor(lat+dlat)); y++ {
		if y < -90 || y > 90 {
			continue
		}
		for x := int(math.Floor(lon - dlon)); x <= int(math.Floor(lon+dlon)); x++ {
			xx := x
			if xx < -180 {
				xx += 360
			} else if xx >= 180 {
				xx -= 360
			}
			for _, p := range g.grid[cellKey(y, xx)] {
				if d := DistanceKm(lat, lon, p.Lat, p.Lon); d <= km {
					hits = append(hits, hit{p, d})
				}
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].d != hits[j].d {
			return hits[i].d < hits[j].d
		}
		return hits[i].p.ID < hits[j].p.ID
	})
	out := make([]*Place, len(hits))
	for i, h := range hits {
		out[i] = h.p
	}
	return out
}

func cellKey(y, x int) int32 { return int32((y+90)*360 + (x + 180)) }

func cellOf(lat, lon float64) int32 {
	y, x := int(math.Floor(lat)), int(math.Floor(lon))
	if x >= 180 {
		x = 179
	}
	return cellKey(y, x)
}

// earthKm is the mean radius of the Earth that DistanceKm takes.
const earthKm = 6371.0088

// WithinKm reports whether DistanceKm(lat1, lon1, lat2, lon2) < km. The resolver asks it of
// many pairs, most of them far apart in latitude: the distance is at least the difference in
// latitude along a meridian, a test without trigonometry (with a kilometre to spare for
// rounding, so that the answer is always DistanceKm's).
func WithinKm(lat1, lon1, lat2, lon2, km float64) bool {
	if math.Abs(lat2-lat1)*(math.Pi/180)*earthKm > km+1 {
		return false
	}
	return DistanceKm(lat1, lon1, lat2, lon2) < km
}

// DistanceKm is the great-circle distance between two points, in kilometres.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = earthKm
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	sp, sl := math.Sin(dp/2), math.Sin(dl/2) // each sine once: the same products, bit for bit
	a := sp*sp + math.Cos(p1)*math.Cos(p2)*sl*sl
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// rank orders the candidates of one key (see the package documentation).
func rank(key string, ps []*Place) {
	primary := func(p *Place) bool { return key == p.nameKey || key == p.asciiKey }
	weight := func(p *Place) float64 {
		w := float64(p.Population) + 1
		if !primary(p) {
			w /= 10
		}
		return w
	}
	// A capital comes first by its own name only ("Victoria" is Hong Kong's alternate).
	tier := func(p *Place) uint8 {
		if p.tier == tierCapital && !primary(p) {
			return tierOther
		}
		return p.tier
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if ta, tb := tier(a), tier(b); ta != tb {
			return ta < tb
		}
		if wa, wb := weight(a), weight(b); wa != wb {
			return wa > wb
		}
		return a.ID < b.ID
	})
	// A region goes right after the first populated place of its name inside it.
	var moved []*Place
	for i := 0; i < len(ps); i++ {
		r := ps[i]
		if r.Feature != "ADM1" && r.Feature != "ADM2" || r.tier != tierOther || contains(moved, r) {
			continue
		}
		for j := i + 1; j < len(ps); j++ {
			p := ps[j]
			if p.Class == "P" && p.Country == r.Country && p.Admin1 == r.Admin1 {
				copy(ps[i:j], ps[i+1:j+1])
				ps[j] = r
				moved = append(moved, r)
				i--
				break
			}
		}
	}
}

func contains(ps []*Place, p *Place) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}
