package linefile_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/fstest"
	"testing/iotest"

	"github.com/annals-org/annals/linefile"
	"github.com/google/go-cmp/cmp"
)

// readAll reads in with Read and returns the lines it passed to fn.
func readAll(in string, minFields, maxFields int) ([]linefile.Line, error) {
	var got []linefile.Line
	err := linefile.Read("x.tsv", strings.NewReader(in), minFields, maxFields, func(l linefile.Line) error {
		got = append(got, l)
		return nil
	})
	return got, err
}

func TestRead(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		min, max int
		want     []linefile.Line
	}{
		{
			name: "empty",
			in:   "",
			min:  1, max: 3,
			want: nil,
		},
		{
			name: "comments and blank lines are skipped but counted",
			in:   "# header\n# licence\n\nARM\tname\tArmenia\n\n   \n\t\nAZE\tadj\tAzerbaijani\n",
			min:  3, max: 3,
			want: []linefile.Line{
				{File: "x.tsv", Number: 4, Fields: []string{"ARM", "name", "Armenia"}},
				{File: "x.tsv", Number: 8, Fields: []string{"AZE", "adj", "Azerbaijani"}},
			},
		},
		{
			name: "comment after the fields",
			in:   "193\tverb\tclash\t# target: direct object\n",
			min:  3, max: 3,
			want: []linefile.Line{{File: "x.tsv", Number: 1, Fields: []string{"193", "verb", "clash"}}},
		},
		{
			name: "comment inside a field cuts the line",
			in:   "046\tnoun\ttalk with @T # held talks\n",
			min:  3, max: 3,
			want: []linefile.Line{{File: "x.tsv", Number: 1, Fields: []string{"046", "noun", "talk with @T"}}},
		},
		{
			name: "fields are trimmed of spaces",
			in:   "  GOV \t  prime minister  \n",
			min:  2, max: 2,
			want: []linefile.Line{{File: "x.tsv", Number: 1, Fields: []string{"GOV", "prime minister"}}},
		},
		{
			name: "CRLF line ends",
			in:   "MIL\ttroops\r\nCOP\tpolice\r\n",
			min:  2, max: 2,
			want: []linefile.Line{
				{File: "x.tsv", Number: 1, Fields: []string{"MIL", "troops"}},
				{File: "x.tsv", Number: 2, Fields: []string{"COP", "police"}},
			},
		},
		{
			name: "last line without a newline",
			in:   "MIL\ttroops\nCOP\tpolice",
			min:  2, max: 2,
			want: []linefile.Line{
				{File: "x.tsv", Number: 1, Fields: []string{"MIL", "troops"}},
				{File: "x.tsv", Number: 2, Fields: []string{"COP", "police"}},
			},
		},
		{
			name: "field counts within a range",
			in:   "a\tb\na\tb\tc\na\tb\tc\td\n",
			min:  2, max: 4,
			want: []linefile.Line{
				{File: "x.tsv", Number: 1, Fields: []string{"a", "b"}},
				{File: "x.tsv", Number: 2, Fields: []string{"a", "b", "c"}},
				{File: "x.tsv", Number: 3, Fields: []string{"a", "b", "c", "d"}},
			},
		},
		{
			name: "trailing tabs are dropped",
			in:   "a\tb\t\t\n",
			min:  2, max: 2,
			want: []linefile.Line{{File: "x.tsv", Number: 1, Fields: []string{"a", "b"}}},
		},
		{
			name: "an optional field may be empty",
			in:   "a\tb\t \tc\n",
			min:  2, max: 4,
			want: []linefile.Line{{File: "x.tsv", Number: 1, Fields: []string{"a", "b", "", "c"}}},
		},
		{
			name: "UTF-8 text",
			in:   "AZE\tname\tAzərbaycan\n",
			min:  3, max: 3,
			want: []linefile.Line{{File: "x.tsv", Number: 1, Fields: []string{"AZE", "name", "Azərbaycan"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(tt.in, tt.min, tt.max)
			if err != nil {
				t.Fatalf("Read(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read(%q) lines mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		min, max int
		want     *linefile.Error
		wantMsg  string
		wantRead int // lines passed to fn before the error
	}{
		{
			name: "too few fields",
			in:   "# header\nARM\tname\tArmenia\nAZE\tname\n",
			min:  3, max: 3,
			want:     &linefile.Error{File: "x.tsv", Line: 3, Msg: "want 3 tab-separated fields, have 2"},
			wantMsg:  "x.tsv:3: want 3 tab-separated fields, have 2",
			wantRead: 1,
		},
		{
			name: "too many fields",
			in:   "a\tb\tc\td\n",
			min:  2, max: 3,
			want:    &linefile.Error{File: "x.tsv", Line: 1, Msg: "want 2 to 3 tab-separated fields, have 4"},
			wantMsg: "x.tsv:1: want 2 to 3 tab-separated fields, have 4",
		},
		{
			name: "spaces are not separators",
			in:   "\n\nMIL troops\n",
			min:  2, max: 2,
			want:    &linefile.Error{File: "x.tsv", Line: 3, Msg: "want 2 tab-separated fields, have 1"},
			wantMsg: "x.tsv:3: want 2 tab-separated fields, have 1",
		},
		{
			name: "empty required field",
			in:   "MIL\tn\ttroops\n\t \tsoldiers\n",
			min:  3, max: 3,
			want:     &linefile.Error{File: "x.tsv", Line: 2, Msg: "field 1 is empty"},
			wantMsg:  "x.tsv:2: field 1 is empty",
			wantRead: 1,
		},
		{
			name: "empty middle field",
			in:   "GOV\t\tminister\n",
			min:  3, max: 3,
			want:    &linefile.Error{File: "x.tsv", Line: 1, Msg: "field 2 is empty"},
			wantMsg: "x.tsv:1: field 2 is empty",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(tt.in, tt.min, tt.max)
			var lerr *linefile.Error
			if !errors.As(err, &lerr) {
				t.Fatalf("Read(%q) error = %v, want a *linefile.Error", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, lerr); diff != "" {
				t.Errorf("Read(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err.Error() != tt.wantMsg {
				t.Errorf("Read(%q) error = %q, want %q", tt.in, err.Error(), tt.wantMsg)
			}
			if len(got) != tt.wantRead {
				t.Errorf("Read(%q) passed %d lines to fn before the error, want %d", tt.in, len(got), tt.wantRead)
			}
		})
	}
}

func TestReadFnError(t *testing.T) {
	in := "# codes\n192\tOccupy territory\n19x\tbad code\n193\tFight with small arms\n"
	var seen []string
	err := linefile.Read("cameo/codes.tsv", strings.NewReader(in), 2, 2, func(l linefile.Line) error {
		seen = append(seen, l.Fields[0])
		if strings.Trim(l.Fields[0], "0123456789") != "" {
			return l.Errorf("code", "%q: want digits", l.Fields[0])
		}
		return nil
	})
	const wantMsg = `cameo/codes.tsv:3: code: "19x": want digits`
	if err == nil || err.Error() != wantMsg {
		t.Fatalf("Read error = %v, want %q", err, wantMsg)
	}
	want := &linefile.Error{File: "cameo/codes.tsv", Line: 3, Field: "code", Msg: `"19x": want digits`}
	var lerr *linefile.Error
	if !errors.As(err, &lerr) {
		t.Fatalf("Read error = %#v, want a *linefile.Error", err)
	}
	if diff := cmp.Diff(want, lerr); diff != "" {
		t.Errorf("Read error mismatch (-want +got):\n%s", diff)
	}
	// The first error stops the reading.
	if diff := cmp.Diff([]string{"192", "19x"}, seen); diff != "" {
		t.Errorf("lines read mismatch (-want +got):\n%s", diff)
	}

	// Any error from fn is returned as it is.
	errStop := errors.New("stop")
	err = linefile.Read("x.tsv", strings.NewReader("a\nb\n"), 1, 1, func(linefile.Line) error { return errStop })
	if err != errStop {
		t.Errorf("Read error = %v, want fn's error %v", err, errStop)
	}
}

func TestLineErrorf(t *testing.T) {
	l := linefile.Line{File: "actors/roles.tsv", Number: 12, Fields: []string{"GOVX", "minister"}}
	tests := []struct {
		field string
		want  string
	}{
		{"role", `actors/roles.tsv:12: role: "GOVX": bad`},
		{"", `actors/roles.tsv:12: "GOVX": bad`},
	}
	for _, tt := range tests {
		err := l.Errorf(tt.field, "%q: bad", l.Fields[0])
		if got := err.Error(); got != tt.want {
			t.Errorf("Errorf(%q) = %q, want %q", tt.field, got, tt.want)
		}
	}
}

func TestReadIOError(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name     string
		r        io.Reader
		wantRead []string
	}{
		{"error at once", iotest.ErrReader(errBoom), nil},
		{"error after a line", io.MultiReader(strings.NewReader("a\tb\n"), iotest.ErrReader(errBoom)), []string{"a"}},
		{"error inside a line", io.MultiReader(strings.NewReader("a\tb\nc\td"), iotest.ErrReader(errBoom)), []string{"a", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := linefile.Read("x.tsv", tt.r, 2, 2, func(l linefile.Line) error {
				got = append(got, l.Fields[0])
				return nil
			})
			if !errors.Is(err, errBoom) {
				t.Fatalf("Read error = %v, want one wrapping %v", err, errBoom)
			}
			if !strings.HasPrefix(err.Error(), "x.tsv: ") {
				t.Errorf("Read error = %q, want it to name the file", err)
			}
			var lerr *linefile.Error
			if errors.As(err, &lerr) {
				t.Errorf("Read error = %#v, an I/O error, is a *linefile.Error", err)
			}
			if diff := cmp.Diff(tt.wantRead, got); diff != "" {
				t.Errorf("lines read mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"actors/roles.tsv": {Data: []byte("# roles\nMIL\ttroops\nGOV\n")},
	}
	var got []linefile.Line
	err := linefile.ReadFS(fsys, "actors/roles.tsv", 2, 2, func(l linefile.Line) error {
		got = append(got, l)
		return nil
	})
	const wantMsg = "actors/roles.tsv:3: want 2 tab-separated fields, have 1"
	if err == nil || err.Error() != wantMsg {
		t.Errorf("ReadFS error = %v, want %q", err, wantMsg)
	}
	want := []linefile.Line{{File: "actors/roles.tsv", Number: 2, Fields: []string{"MIL", "troops"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadFS lines mismatch (-want +got):\n%s", diff)
	}

	err = linefile.ReadFS(fsys, "actors/missing.tsv", 2, 2, func(linefile.Line) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "actors/missing.tsv") {
		t.Errorf("ReadFS of a missing file: error = %v, want one naming the file", err)
	}
}
