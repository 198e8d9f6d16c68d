package gazetteer

import (
	"errors"
	"io/fs"
	"log/slog"
	"sync"

	"github.com/annals-org/annals/linefile"
)

// villageIndex holds the places of VillagesFile by normalised name. They are kept out of
// Lookup and LookupTokens: thousands of small villages share their names with towns and with
// words, and would make the text's names resolve to them or its words read as places. A
// caller asks for them by name only where the text names a region or town that must hold the
// place meant ("Kinda in Idleb"). The file is read the first time that happens, or when
// PrepareVillages asks, so Load does not pay for it.
type villageIndex struct {
	once  sync.Once
	names *nameIndex // nil without the file
}

// Villages returns the villages of VillagesFile called name (their name, ASCII name or an
// alternate), in file order, or nil. A file system without the file has none. The slice is
// shared: do not modify it.
func (g *Gazetteer) Villages(name string) []*Place {
	g.villages.once.Do(g.readVillages)
	if g.villages.names == nil {
		return nil
	}
	var buf [128]byte
	return g.villages.names.get(appendNormalized(buf[:0], name))
}

// PrepareVillages reads VillagesFile now, unless Villages already has: a caller about to code
// many texts pays for it while loading rather than inside the first text that asks.
func (g *Gazetteer) PrepareVillages() { g.villages.once.Do(g.readVillages) }

func (g *Gazetteer) readVillages() {
	if g.fsys == nil {
		return
	}
	if _, err := fs.Stat(g.fsys, VillagesFile); errors.Is(err, fs.ErrNotExist) {
		return
	}
	ps := make([]*Place, 0, 1<<16)
	al := &placeAlloc{}
	err := readFile(g.fsys, VillagesFile, 11, 11, func(l linefile.Line) error {
		p, err := parseRow(l, SourceVillages, al)
		if err != nil {
			return err
		}
		if g.countries[p.Country] == nil {
			return l.Errorf("country", "%s: not in %s", p.Country, CountriesFile)
		}
		p.tier = tierOther
		ps = append(ps, p)
		return nil
	})
	if err != nil {
		// The villages refine a location; without them the gazetteer still works.
		slog.Error("gazetteer: villages not loaded", "err", err)
		return
	}
	g.villages.names = indexVillages(ps)
}

// indexVillages indexes the villages by the keys of their name, ASCII name and alternates, as
// the gazetteer's own index does (without its ranking, and without names shorn of an Arabic
// article), and sets each village's keys.
func indexVillages(ps []*Place) *nameIndex {
	b := newNameBuilder(len(ps) * 2)
	keyIDs := make([]int32, 2*len(ps)) // name and ASCII key ids of each village
	var own []int32                    // key ids of one village, to skip repeats
	for i, p := range ps {
		own = b.addPlace(i, p, keyIDs, own, false)
	}
	ix := b.finishNames(ps, false)
	for i, p := range ps {
		if id := keyIDs[2*i]; id >= 0 {
			p.nameKey = ix.key(id)
		}
		if id := keyIDs[2*i+1]; id >= 0 {
			p.asciiKey = ix.key(id)
		}
	}
	return ix
}
