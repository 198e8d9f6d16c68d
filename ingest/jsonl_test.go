package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals"
)

func TestJSONL(t *testing.T) {
	plus2 := time.FixedZone("", 2*3600)
	origin := func(line int) annals.Origin { return annals.Origin{File: "in.jsonl", Line: line} }
	tests := []struct {
		name  string
		input string
		opts  Options
		want  []annals.Article
		probs []Problem
	}{
		{
			name:  "all fields, unknown ones ignored",
			input: `{"id":"r1","published":"2023-11-02","title":"Dam opens","text":"The dam opened.","url":"https://example.org/r1","source":"Courier","lang":"en","n":[1,2]}` + "\n",
			want: []annals.Article{{ID: "r1", Published: time.Date(2023, 11, 2, 0, 0, 0, 0, time.UTC), Title: "Dam opens",
				Text: "The dam opened.", URL: "https://example.org/r1", Source: "Courier", Origin: origin(1)}},
		},
		{
			name:  "RFC 3339 published keeps its offset",
			input: `{"id":"r2","published":"2023-11-02T08:30:00+02:00","text":"x"}`,
			want:  []annals.Article{{ID: "r2", Published: time.Date(2023, 11, 2, 8, 30, 0, 0, plus2), Text: "x", Origin: origin(1)}},
		},
		{
			name:  "no published: Options.Published; empty or null too",
			input: `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y","published":""}` + "\n" + `{"id":"c","text":"z","published":null}`,
			opts:  Options{Published: day},
			want: []annals.Article{{ID: "a", Published: day, Text: "x", Origin: origin(1)},
				{ID: "b", Published: day, Text: "y", Origin: origin(2)}, {ID: "c", Published: day, Text: "z", Origin: origin(3)}},
		},
		{
			name: "bad line between two good ones",
			input: `{"id":"g1","text":"Good one."}` + "\n" +
				`{"id":"b1","text":"unterminated}` + "\n" +
				`{"id":"g2","text":"Good two."}` + "\n",
			want:  []annals.Article{{ID: "g1", Text: "Good one.", Origin: origin(1)}, {ID: "g2", Text: "Good two.", Origin: origin(3)}},
			probs: []Problem{{File: "in.jsonl", Line: 2, Msg: "malformed JSON: unexpected end of JSON input (at byte 32)"}},
		},
		{
			name:  "syntax error keeps the JSON message and offset",
			input: `{"id":"s","text":"t",}`,
			probs: []Problem{{File: "in.jsonl", Line: 1, Msg: `malformed JSON: invalid character '}' looking for beginning of object key string (at byte 22)`}},
		},
		{
			name:  "trailing data",
			input: `{"id":"s","text":"t"} {"id":"u"}`,
			probs: []Problem{{File: "in.jsonl", Line: 1, Msg: `malformed JSON: invalid character '{' after top-level value (at byte 23)`}},
		},
		{
			name:  "not an object",
			input: `["id","text"]` + "\n" + `"just a string"`,
			probs: []Problem{{File: "in.jsonl", Line: 1, Msg: "malformed JSON: a line must be one JSON object, not array"},
				{File: "in.jsonl", Line: 2, Msg: "malformed JSON: a line must be one JSON object, not string"}},
		},
		{
			name:  "blank lines skipped, line numbers kept, CRLF line ends",
			input: "\r\n" + `{"id":"c1","text":"one"}` + "\r\n   \r\n\n" + `{"id":"c2","text":"two\r\nlines"}` + "\r\n",
			want:  []annals.Article{{ID: "c1", Text: "one", Origin: origin(2)}, {ID: "c2", Text: "two\nlines", Origin: origin(5)}},
		},
		{
			name:  "BOM before the first line",
			input: "\xEF\xBB\xBF" + `{"id":"bom","text":"x"}`,
			want:  []annals.Article{{ID: "bom", Text: "x", Origin: origin(1)}},
		},
		{
			name:  "numeric id kept as written",
			input: `{"id":1042,"text":"x"}`,
			want:  []annals.Article{{ID: "1042", Text: "x", Origin: origin(1)}},
		},
		{
			name: "id problems",
			input: `{"text":"no id"}` + "\n" + `{"id":null,"text":"x"}` + "\n" + `{"id":"  ","text":"x"}` + "\n" +
				`{"id":true,"text":"x"}` + "\n" + `{"id":{"a":1},"text":"x"}`,
			probs: []Problem{
				{File: "in.jsonl", Line: 1, Field: "id", Msg: "required field is missing"},
				{File: "in.jsonl", Line: 2, Field: "id", Msg: "required field is missing"},
				{File: "in.jsonl", Line: 3, Field: "id", Msg: "empty id"},
				{File: "in.jsonl", Line: 4, Field: "id", Msg: "must be a string or a number, not true"},
				{File: "in.jsonl", Line: 5, Field: "id", Msg: `must be a string or a number, not {"a":1}`},
			},
		},
		{
			name: "text problems",
			input: `{"id":"t1"}` + "\n" + `{"id":"t2","text":""}` + "\n" + `{"id":"t3","text":" \n\t "}` + "\n" +
				`{"id":"t4","text":"nul \u0000 inside"}` + "\n" + `{"id":"t5","text":42}`,
			probs: []Problem{
				{File: "in.jsonl", Line: 1, Field: "text", Msg: "required field is missing (or give the page's markup in html)"},
				{File: "in.jsonl", Line: 2, Field: "text", Msg: "empty text"},
				{File: "in.jsonl", Line: 3, Field: "text", Msg: "empty text"},
				{File: "in.jsonl", Line: 4, Field: "text", Msg: "binary data in text"},
				{File: "in.jsonl", Line: 5, Field: "text", Msg: "must be a string, not number"},
			},
		},
		{
			// Datasets reuse optional names for their own annotations: ignored, not rejected.
			name:  "optional field of another type",
			input: `{"id":"o","text":"x","title":["a"],"source":[{"code":"ARM"}]}`,
			want:  []annals.Article{{ID: "o", Text: "x", Origin: annals.Origin{File: "in.jsonl", Line: 1}}},
		},
		{
			name: "published problems",
			input: `{"id":"p1","text":"x","published":"14 May 2021"}` + "\n" + `{"id":"p2","text":"x","published":"2021-02-30"}` + "\n" +
				`{"id":"p3","text":"x","published":20210514}`,
			probs: []Problem{
				{File: "in.jsonl", Line: 1, Field: "published", Msg: `cannot parse "14 May 2021" as a date: want YYYY-MM-DD or RFC 3339`},
				{File: "in.jsonl", Line: 2, Field: "published", Msg: `cannot parse "2021-02-30" as a date: want YYYY-MM-DD or RFC 3339`},
				{File: "in.jsonl", Line: 3, Field: "published", Msg: "must be a date string, not 20210514"},
			},
		},
		{
			name:  "invalid UTF-8 in a line, offset within the line",
			input: `{"id":"u1","text":"ok"}` + "\n" + `{"id":"u2","text":"bad ` + "\xc3\x28" + `"}` + "\n" + `{"id":"u3","text":"ok"}`,
			want:  []annals.Article{{ID: "u1", Text: "ok", Origin: origin(1)}, {ID: "u3", Text: "ok", Origin: origin(3)}},
			probs: []Problem{{File: "in.jsonl", Line: 2, Msg: "invalid UTF-8 at byte 23"}},
		},
		{
			name:  "oversize line rejected, reading goes on",
			input: `{"id":"big","text":"` + strings.Repeat("x", 100) + `"}` + "\n" + `{"id":"small","text":"ok"}` + "\n",
			opts:  Options{MaxBytes: 40},
			want:  []annals.Article{{ID: "small", Text: "ok", Origin: origin(2)}},
			probs: []Problem{{File: "in.jsonl", Line: 1, Msg: "line is 122 bytes, over the limit of 40 bytes"}},
		},
		{
			name:  "oversize last line without newline",
			input: `{"id":"a","text":"ok"}` + "\n" + strings.Repeat("y", 50),
			opts:  Options{MaxBytes: 30},
			want:  []annals.Article{{ID: "a", Text: "ok", Origin: origin(1)}},
			probs: []Problem{{File: "in.jsonl", Line: 2, Msg: "line is 50 bytes, over the limit of 30 bytes"}},
		},
		{
			name:  "binary blob",
			input: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
			probs: []Problem{{File: "in.jsonl", Msg: "binary file"}},
		},
		{
			name:  "empty file",
			input: "\n \n",
			probs: []Problem{{File: "in.jsonl", Msg: "empty file"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := read(t, "in.jsonl", tt.input, tt.opts)
			if d := cmp.Diff(tt.want, got, ignoreProvenance); d != "" {
				t.Errorf("articles (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.probs, probs); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
		})
	}
}

// TestJSONLLongLine checks lines far past bufio's buffer, both kept and rejected.
func TestJSONLLongLine(t *testing.T) {
	long := strings.Repeat("Long report. ", 40000) // ~520 KB, eight times the read buffer
	input := `{"id":"long","text":"` + long + `"}` + "\n" + `{"id":"next","text":"after"}`
	got, probs := read(t, "l.jsonl", input, Options{})
	if len(probs) != 0 || len(got) != 2 || got[0].Text != long || got[1].ID != "next" {
		t.Fatalf("got %d articles, problems %v", len(got), probs)
	}
	got, probs = read(t, "l.jsonl", input, Options{MaxBytes: 100000})
	want := []Problem{{File: "l.jsonl", Line: 1, Msg: "line is 520023 bytes, over the limit of 100000 bytes"}}
	if d := cmp.Diff(want, probs); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
	if len(got) != 1 || got[0].ID != "next" || got[0].Origin.Line != 2 {
		t.Errorf("got %+v, want only article next on line 2", got)
	}
}
