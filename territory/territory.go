package territory

import (
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-org/annals/linefile"
)

// BordersFile is the file Load reads.
const BordersFile = "places/borders.tsv.gz"

// UncertainKm is the distance to a border within which Locate calls a point uncertain.
const UncertainKm = 2.0

// Grid of the spatial index: cells of a quarter of a degree.
const (
	cellDeg = 0.25
	cols    = 1440 // 360 / cellDeg
	rows    = 720  // 180 / cellDeg
)

// Segment kinds.
const (
	kindCoast    byte = 'c' // a coast, or a boundary with no other unit
	kindBorder   byte = 'b' // a land border between two countries
	kindInternal byte = 'i' // a line between two units of one country
)

// Unit is one Natural Earth admin-0 unit: a country, or a part of one with a code of its own.
type Unit struct {
	ISO3     string // ISO 3166-1 alpha-3 of the country whose territory it is; "" if none agreed
	Area     string // the unit's own code: ISO3, or Natural Earth's (SOL Somaliland, CYN N. Cyprus)
	Name     string // Natural Earth's name
	Disputed bool   // sovereignty contested or unrecognised
}

// Index locates points in country polygons. Read-only after Load, safe for concurrent use.
type Index struct {
	units []Unit
	// Rings, one after another; each ring's first point is repeated at its end, so edge i
	// joins point i and point i+1 whenever edgeUnit[i] >= 0.
	xs, ys   []float64 // lon, lat
	edgeUnit []int16   // unit of the edge starting at point i; -1 at a ring's last point
	edgeKind []byte
	// Grid: the edges whose bounding box meets each cell, and for cells met by no edge, the
	// unit that covers the cell (-1: none).
	cellStart []int32
	cellEdges []int32
	cellUnit  []int16
}

// Units returns the units of the index. The slice is shared: do not modify it.
func (ix *Index) Units() []Unit { return ix.units }

// Points returns the number of polygon points.
func (ix *Index) Points() int { return len(ix.xs) }

// Load reads places/borders.tsv.gz from fsys and builds the index.
func Load(fsys fs.FS) (*Index, error) {
	f, err := fsys.Open(BordersFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", BordersFile, err)
	}
	defer z.Close()
	return read(BordersFile, z)
}

func read(name string, r io.Reader) (*Index, error) {
	ix := &Index{}
	unitIDs := make(map[Unit]int16)
	entries := 0 // grid entries the edges will take
	err := linefile.Read(name, r, 6, 6, func(l linefile.Line) error {
		f := l.Fields
		u, err := parseUnit(l)
		if err != nil {
			return err
		}
		id, ok := unitIDs[u]
		if !ok {
			if len(ix.units) >= math.MaxInt16 {
				return l.Errorf("", "too many units")
			}
			id = int16(len(ix.units))
			unitIDs[u] = id
			ix.units = append(ix.units, u)
		}
		start := len(ix.xs)
		if err := ix.parsePoints(f[5]); err != nil {
			ix.xs, ix.ys = ix.xs[:start], ix.ys[:start]
			return l.Errorf("points", "%v", err)
		}
		n := len(ix.xs) - start
		if n < 3 {
			return l.Errorf("points", "%d points: a ring needs 3", n)
		}
		kinds, err := parseRuns(f[4], n)
		if err != nil {
			return l.Errorf("segments", "%v", err)
		}
		// Edges are short: the longest (along the map's southern edge, closing Antarctica)
		// meets one row of cells. Bound what a bad file can make the grid take.
		for i := start; i < start+n; i++ {
			j := i + 1
			if j == start+n {
				j = start
			}
			c := cellSpan(ix.xs[i], ix.ys[i], ix.xs[j], ix.ys[j])
			if c > maxEdgeCells {
				return l.Errorf("points", "segment %d from %.5f,%.5f to %.5f,%.5f spans %d grid cells (at most %d)", i-start+1, ix.xs[i], ix.ys[i], ix.xs[j], ix.ys[j], c, maxEdgeCells)
			}
			entries += c
		}
		if entries > maxEntries {
			return l.Errorf("points", "the segments so far span %d grid cells (at most %d)", entries, maxEntries)
		}
		for range n {
			ix.edgeUnit = append(ix.edgeUnit, id)
		}
		ix.edgeKind = append(ix.edgeKind, kinds...)
		// Close the ring.
		ix.xs = append(ix.xs, ix.xs[start])
		ix.ys = append(ix.ys, ix.ys[start])
		ix.edgeUnit = append(ix.edgeUnit, -1)
		ix.edgeKind = append(ix.edgeKind, 0)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(ix.xs) >= math.MaxInt32 {
		return nil, fmt.Errorf("%s: too many points", name)
	}
	ix.build()
	return ix, nil
}

// parseUnit reads the unit of a line from its first four fields: ISO3, AREA, NAME, STATUS.
func parseUnit(l linefile.Line) (Unit, error) {
	f := l.Fields
	u := Unit{ISO3: f[0], Area: f[1], Name: f[2]}
	if u.ISO3 == "-" {
		u.ISO3 = ""
	} else if !code3(u.ISO3) {
		return u, l.Errorf("iso3", "%q: want an ISO alpha-3 code or '-'", f[0])
	}
	if !code3(u.Area) {
		return u, l.Errorf("area", "%q: want a three-letter code", f[1])
	}
	switch f[3] {
	case "disputed":
		u.Disputed = true
	case "-":
	default:
		return u, l.Errorf("status", "%q: want 'disputed' or '-'", f[3])
	}
	return u, nil
}

// Bounds on the grid a file can make: the longest segment of the data meets 1,441 cells (the
// map's southern edge), and all of them 633,000.
const (
	maxEdgeCells = 2 * cols
	maxEntries   = 8 << 20
)

// cellSpan is the number of grid cells the bounding box of a segment meets.
func cellSpan(x1, y1, x2, y2 float64) int {
	return (colOf(max(x1, x2)) - colOf(min(x1, x2)) + 1) * (rowOf(max(y1, y2)) - rowOf(min(y1, y2)) + 1)
}

func code3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// parsePoints appends the points of a POINTS field: "x,y dx,dy ..." in 1e-5 degrees.
func (ix *Index) parsePoints(s string) error {
	var x, y int64
	for i := 0; s != ""; i++ {
		var p string
		p, s, _ = strings.Cut(s, " ")
		sx, sy, ok := strings.Cut(p, ",")
		dx, err1 := strconv.ParseInt(sx, 10, 64)
		dy, err2 := strconv.ParseInt(sy, 10, 64)
		if !ok || err1 != nil || err2 != nil || dx < -36e6 || dx > 36e6 || dy < -18e6 || dy > 18e6 {
			return fmt.Errorf("point %d %q: want two integers", i+1, p)
		}
		x += dx
		y += dy
		if x < -18e6 || x > 18e6 || y < -9e6 || y > 9e6 {
			return fmt.Errorf("point %d: %d,%d is off the globe", i+1, x, y)
		}
		ix.xs = append(ix.xs, float64(x)/1e5)
		ix.ys = append(ix.ys, float64(y)/1e5)
	}
	return nil
}

// parseRuns expands "c12 b40 c3" into n segment kinds.
func parseRuns(s string, n int) ([]byte, error) {
	kinds := make([]byte, 0, n)
	for _, r := range strings.Fields(s) {
		k := r[0]
		if k != kindCoast && k != kindBorder && k != kindInternal {
			return nil, fmt.Errorf("%q: want runs such as c12 b40", r)
		}
		c, err := strconv.Atoi(r[1:])
		if err != nil || c < 1 || c > n-len(kinds) {
			return nil, fmt.Errorf("%q: want a count from 1 to the segments left (%d)", r, n-len(kinds))
		}
		for range c {
			kinds = append(kinds, k)
		}
	}
	if len(kinds) != n {
		return nil, fmt.Errorf("%d segments for %d points", len(kinds), n)
	}
	return kinds, nil
}

func colOf(x float64) int {
	c := int(math.Floor((x + 180) / cellDeg))
	return min(max(c, 0), cols-1)
}

func rowOf(y float64) int {
	r := int(math.Floor((y + 90) / cellDeg))
	return min(max(r, 0), rows-1)
}

// build fills the grid: the edges of each cell, then the unit of each cell with no edge.
func (ix *Index) build() {
	ix.fillCellEdges()
	ix.fillCellUnits()
}

// edgeCells is the range of grid columns and rows the bounding box of edge i meets.
func (ix *Index) edgeCells(i int) (c0, c1, r0, r1 int) {
	x1, x2 := ix.xs[i], ix.xs[i+1]
	y1, y2 := ix.ys[i], ix.ys[i+1]
	return colOf(min(x1, x2)), colOf(max(x1, x2)), rowOf(min(y1, y2)), rowOf(max(y1, y2))
}

// fillCellEdges lists the edges of each cell, every cell's list after the one before in
// cellEdges (cellStart[cell] to cellStart[cell+1]): one pass counts each cell's edges, a second
// puts them in place, so the lists take one allocation.
func (ix *Index) fillCellEdges() {
	ix.cellStart = make([]int32, rows*cols+1)
	count := ix.cellStart[1:]
	for i, u := range ix.edgeUnit {
		if u < 0 {
			continue
		}
		c0, c1, r0, r1 := ix.edgeCells(i)
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				count[r*cols+c]++
			}
		}
	}
	for i := 1; i < len(ix.cellStart); i++ {
		ix.cellStart[i] += ix.cellStart[i-1]
	}
	ix.cellEdges = make([]int32, ix.cellStart[len(ix.cellStart)-1])
	fill := slices.Clone(ix.cellStart[:rows*cols])
	for i, u := range ix.edgeUnit {
		if u < 0 {
			continue
		}
		c0, c1, r0, r1 := ix.edgeCells(i)
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				ix.cellEdges[fill[r*cols+c]] = int32(i)
				fill[r*cols+c]++
			}
		}
	}
}

// rowCrossing is where a unit's boundary crosses the centre line of a row of cells.
type rowCrossing struct {
	row  int32
	unit int16
	x    float64
}

// fillCellUnits finds the unit of each cell with no edge (cellEdges must be filled): it sweeps
// each row along its centre line from the west; between two crossings of a unit's boundary the
// parity tells whether the line is inside the unit.
func (ix *Index) fillCellUnits() {
	ix.cellUnit = make([]int16, rows*cols)
	xs := ix.rowCrossings()
	var odd []int16 // units the sweep is inside
	k := 0
	for r := range rows {
		odd = odd[:0]
		for c := range cols {
			xc := -180 + (float64(c)+0.5)*cellDeg
			for k < len(xs) && int(xs[k].row) == r && xs[k].x < xc {
				odd = toggle(odd, xs[k].unit)
				k++
			}
			cell := r*cols + c
			ix.cellUnit[cell] = -1
			if ix.cellStart[cell] == ix.cellStart[cell+1] && len(odd) > 0 {
				ix.cellUnit[cell] = odd[0]
			}
		}
		for k < len(xs) && int(xs[k].row) == r {
			k++
		}
	}
}

// rowCrossings is every crossing of an edge with the centre line of a row, sorted by row, then
// from west to east, then by unit.
func (ix *Index) rowCrossings() []rowCrossing {
	var xs []rowCrossing
	for i, u := range ix.edgeUnit {
		if u < 0 {
			continue
		}
		y1, y2 := ix.ys[i], ix.ys[i+1]
		_, _, r0, r1 := ix.edgeCells(i)
		for r := r0; r <= r1; r++ {
			yc := -90 + (float64(r)+0.5)*cellDeg
			if (y1 <= yc) != (y2 <= yc) {
				xs = append(xs, rowCrossing{int32(r), u, crossX(ix.xs[i], y1, ix.xs[i+1], y2, yc)})
			}
		}
	}
	slices.SortFunc(xs, func(a, b rowCrossing) int {
		if a.row != b.row {
			return int(a.row - b.row)
		}
		if a.x != b.x {
			if a.x < b.x {
				return -1
			}
			return 1
		}
		return int(a.unit - b.unit)
	})
	return xs
}

// toggle adds u to the set of units the sweep is inside, or removes it when it is there: a
// crossing of the unit's boundary enters or leaves it.
func toggle(set []int16, u int16) []int16 {
	if i := slices.Index(set, u); i >= 0 {
		return slices.Delete(set, i, i+1)
	}
	return append(set, u)
}

// crossX is the longitude where the edge (x1,y1)-(x2,y2) crosses latitude y.
func crossX(x1, y1, x2, y2, y float64) float64 {
	return x1 + (y-y1)*(x2-x1)/(y2-y1)
}

func (ix *Index) cellEdgeList(cell int) []int32 {
	return ix.cellEdges[ix.cellStart[cell]:ix.cellStart[cell+1]]
}
