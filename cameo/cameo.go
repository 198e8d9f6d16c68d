// Package cameo knows the CAMEO event codes: their names, Goldstein values, quad classes and
// PLOVER types, read from dict/cameo/codes.tsv.
//
// Input: the code table. Output: lookups by Code. It does not decide which code an event
// gets; package event does.
package cameo

import (
	"io/fs"
	"strconv"

	"github.com/annals-org/annals/linefile"
)

// Code is a CAMEO event code of two to four digits, as a string ("0232", "192").
type Code string

// Root returns the two-digit root of c.
func (c Code) Root() Code {
	if len(c) < 2 {
		return c
	}
	return c[:2]
}

// Info describes one code.
type Info struct {
	Code      Code
	Name      string
	Goldstein float64
	Quad      int    // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	PLOVER    string // PLOVER event type, "" where PLOVER codes no event
	Mode      string
	Context   string
}

// Table maps codes to their Info. Read-only after Load.
type Table struct {
	codes map[Code]*Info
}

// Load reads cameo/codes.tsv from fsys.
func Load(fsys fs.FS) (*Table, error) {
	t := &Table{codes: make(map[Code]*Info, 330)}
	err := linefile.ReadFS(fsys, "cameo/codes.tsv", 7, 7, func(l linefile.Line) error {
		f := l.Fields
		code := Code(f[0])
		if !Valid(code) {
			return l.Errorf("code", "%q: want 2 to 4 digits", f[0])
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil || g < -10 || g > 10 {
			return l.Errorf("goldstein", "%q: want a number from -10 to 10", f[2])
		}
		q, err := strconv.Atoi(f[3])
		if err != nil || q < 1 || q > 4 {
			return l.Errorf("quad", "%q: want 1 to 4", f[3])
		}
		t.codes[code] = &Info{Code: code, Name: f[1], Goldstein: g, Quad: q, PLOVER: undash(f[4]), Mode: undash(f[5]), Context: undash(f[6])}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// Valid reports whether c has the shape of a CAMEO event code.
func Valid(c Code) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// Lookup returns the Info of c, or nil when c is not a CAMEO code.
func (t *Table) Lookup(c Code) *Info { return t.codes[c] }

// Len returns the number of codes.
func (t *Table) Len() int { return len(t.codes) }
