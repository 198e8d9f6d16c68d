package linefile_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/annals-org/annals/linefile"
)

var errFuzzIO = errors.New("fuzz: I/O error")

// FuzzRead checks that Read never panics, that every line it passes on respects the
// field counts, and that its error is either a *linefile.Error naming the file and a line of
// the input, or wraps the reader's I/O error.
func FuzzRead(f *testing.F) {
	f.Add("# header\n\nARM\tname\tArmenia\nAZE\tadj\tAzerbaijani # comment\n", uint8(3), uint8(3), uint16(0), false)
	f.Add("a\tb\r\n  \t \n\t\tc\nd", uint8(1), uint8(3), uint16(5), true)
	f.Add("bad\tx\n", uint8(2), uint8(2), uint16(0), false)
	f.Add("#\n#\n\n", uint8(0), uint8(0), uint16(1), true)
	f.Fuzz(func(t *testing.T, data string, minF, maxF uint8, ioAt uint16, ioErr bool) {
		minFields, maxFields := int(minF%6), int(maxF%6)
		const name = "dict/x.tsv"
		var r io.Reader = strings.NewReader(data)
		if ioErr {
			at := int(ioAt) % (len(data) + 1)
			r = io.MultiReader(strings.NewReader(data[:at]), iotest.ErrReader(errFuzzIO))
		}
		nlines := strings.Count(data, "\n") + 1
		last := 0
		err := linefile.Read(name, r, minFields, maxFields, func(l linefile.Line) error {
			if l.File != name {
				t.Fatalf("Line.File = %q, want %q", l.File, name)
			}
			if l.Number <= last || l.Number > nlines {
				t.Fatalf("Line.Number = %d after %d, want increasing numbers within the %d lines", l.Number, last, nlines)
			}
			last = l.Number
			if len(l.Fields) < minFields || len(l.Fields) > maxFields {
				t.Fatalf("line %d has %d fields, want %d to %d", l.Number, len(l.Fields), minFields, maxFields)
			}
			for i, f := range l.Fields {
				if strings.ContainsAny(f, "\t\n#") || f != strings.TrimSpace(f) {
					t.Fatalf("line %d field %d %q: contains a TAB, newline or '#', or is not trimmed", l.Number, i+1, f)
				}
				if i < minFields && f == "" {
					t.Fatalf("line %d: required field %d is empty", l.Number, i+1)
				}
			}
			if len(l.Fields) > 0 && l.Fields[0] == "bad" {
				return l.Errorf("code", "%q: bad", l.Fields[0])
			}
			return nil
		})
		if err == nil {
			if ioErr {
				t.Fatalf("Read: no error, want the I/O error")
			}
			return
		}
		if errors.Is(err, errFuzzIO) {
			if !ioErr {
				t.Fatalf("Read error = %v without an I/O error", err)
			}
			return
		}
		var lerr *linefile.Error
		if !errors.As(err, &lerr) {
			t.Fatalf("Read error = %#v, want a *linefile.Error or the I/O error", err)
		}
		if lerr.File != name || lerr.Line < 1 || lerr.Line > nlines || lerr.Line <= last && lerr.Field == "" {
			t.Fatalf("Read error %+v: want file %q and a line in 1..%d after %d", lerr, name, nlines, last)
		}
		if prefix := fmt.Sprintf("%s:%d: ", name, lerr.Line); !strings.HasPrefix(err.Error(), prefix) {
			t.Fatalf("Read error = %q, want the prefix %q", err, prefix)
		}
	})
}
