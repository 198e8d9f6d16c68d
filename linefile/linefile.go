// Package linefile reads the line-oriented, tab-separated dictionary files of dict/: comments
// start with '#', blank lines are skipped, and every problem names its file and line.
package linefile

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Error is a problem in one line of a dictionary file.
type Error struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Field, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Line is one entry: its fields and where it stands.
type Line struct {
	File   string
	Number int
	Fields []string
}

// Errorf returns an Error for field (may be "") of this line.
func (l Line) Errorf(field, format string, args ...any) error {
	return &Error{File: l.File, Line: l.Number, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// Read calls fn for every entry of r, named name. Fields are split on TAB and trimmed of
// surrounding spaces; a line must have between minFields and maxFields fields. The first error,
// from the format or from fn, stops the reading.
func Read(name string, r io.Reader, minFields, maxFields int, fn func(Line) error) error {
	br := bufio.NewReader(r)
	n := 0
	for {
		raw, err := br.ReadString('\n')
		if raw == "" && err != nil {
			if err == io.EOF {
				return nil
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		n++
		s := raw
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimRight(s, " \t\r\n")
		if strings.TrimSpace(s) == "" {
			continue
		}
		fields := strings.Split(s, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		line := Line{File: name, Number: n, Fields: fields}
		if len(fields) < minFields || len(fields) > maxFields {
			if minFields == maxFields {
				return line.Errorf("", "want %d tab-separated fields, have %d", minFields, len(fields))
			}
			return line.Errorf("", "want %d to %d tab-separated fields, have %d", minFields, maxFields, len(fields))
		}
		for i, f := range fields {
			if f == "" && i < minFields {
				return line.Errorf("", "field %d is empty", i+1)
			}
		}
		if err := fn(line); err != nil {
			return err
		}
	}
}

// ReadFS opens name in fsys and calls Read.
func ReadFS(fsys fs.FS, name string, minFields, maxFields int, fn func(Line) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return Read(name, f, minFields, maxFields, fn)
}
