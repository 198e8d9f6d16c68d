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
// place meant ("Kinda in Idleb"). The file is read the first time that happens, so Load does
// not pay for it.
type villageIndex struct {
	once   sync.Once
	byName map[string][]*Place
}

// Villages returns the villages of VillagesFile called name (their name, ASCII name or an
// alternate), in file order, or nil. A file system without the file has none. The slice is
// shared: do not modify it.
func (g *Gazetteer) Villages(name string) []*Place {
	g.villages.once.Do(g.readVillages)
	var buf [128]byte
	return g.villages.byName[string(appendNormalized(buf[:0], name))]
}

func (g *Gazetteer) readVillages() {
	if g.fsys == nil {
		return
	}
	if _, err := fs.Stat(g.fsys, VillagesFile); errors.Is(err, fs.ErrNotExist) {
		return
	}
	m := make(map[string][]*Place, 1<<16)
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
		p.nameKey, p.asciiKey = Normalize(p.Name), Normalize(p.ASCII)
		keys := []string{p.nameKey}
		if p.asciiKey != p.nameKey {
			keys = append(keys, p.asciiKey)
		}
		for _, a := range p.Alternates() {
			keys = append(keys, Normalize(a))
		}
		for i, k := range keys {
			if k != "" && !containsKey(keys[:i], k) {
				m[k] = append(m[k], p)
			}
		}
		return nil
	})
	if err != nil {
		// The villages refine a location; without them the gazetteer still works.
		slog.Error("gazetteer: villages not loaded", "err", err)
		return
	}
	g.villages.byName = m
}

func containsKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}
