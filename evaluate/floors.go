package evaluate

import (
	"fmt"
	"io/fs"
	"strconv"

	"github.com/annals-org/annals/linefile"
)

// Floors are the lowest accepted value of each metric: the ratchet CI enforces.
type Floors map[string]float64

// ReadFloors reads a METRIC<TAB>VALUE file.
func ReadFloors(fsys fs.FS, name string) (Floors, error) {
	f := Floors{}
	err := linefile.ReadFS(fsys, name, 2, 2, func(l linefile.Line) error {
		v, err := strconv.ParseFloat(l.Fields[1], 64)
		if err != nil {
			return l.Errorf("value", "%q: want a number", l.Fields[1])
		}
		f[l.Fields[0]] = v
		return nil
	})
	return f, err
}

// Check returns one message per metric below its floor.
func (f Floors) Check(ms []Metric) []string {
	var out []string
	for _, m := range ms {
		if floor, ok := f[m.Name]; ok && m.Value < floor {
			out = append(out, fmt.Sprintf("%s = %.6f is below its floor %.6f", m.Name, m.Value, floor))
		}
	}
	return out
}
