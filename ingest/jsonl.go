package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/annals-org/annals"
)

// jsonArticle is one JSON Lines record. id and published stay raw so that their type
// errors name the field, and id may be a number; text is a pointer to tell missing from "".
// A record may give the page's markup in html instead of text: its article is extracted as
// an .html file's is, so that a crawler or a client of the API can send pages as they are.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Published json.RawMessage `json:"published"`
	Title     json.RawMessage `json:"title"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	URL       json.RawMessage `json:"url"`
	Source    json.RawMessage `json:"source"`
}

// sniffLen is how much of a JSON Lines input is looked at to call it binary as a whole,
// so that a binary blob gives one Problem rather than one per "line".
const sniffLen = 8 << 10

func (rd *reader) jsonl(br *bufio.Reader) error {
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull && !errors.Is(err, errTotal) {
		return err
	}
	if msg := checkBytes(head, "binary file"); msg != "" && !strings.HasPrefix(msg, "invalid UTF-8") {
		rd.problem(0, "", msg)
		return nil
	}
	var buf []byte
	seen := false
	for lineNo := 1; ; lineNo++ {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		line, size, over, eof, err := readLine(br, rd.max, buf[:0])
		if err != nil {
			return err
		}
		buf = line
		if eof && size == 0 {
			break
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		switch {
		case over && size < 0:
			rd.problem(lineNo, "", overMsg("line", size, rd.max)+" with no line end; the rest of the input is not read")
			return nil
		case over:
			seen = true
			rd.problem(lineNo, "", overMsg("line", size, rd.max))
		case len(bytes.TrimSpace(line)) == 0:
			// blank lines separate nothing; skip them
		default:
			seen = true
			if err := rd.record(lineNo, line); err != nil {
				return err
			}
		}
		if eof {
			break
		}
	}
	if !seen {
		rd.problem(0, "", "empty file")
	}
	return nil
}

// readLine reads one line into buf, without its "\n" or "\r\n". A line longer than max is
// read to its end but not kept (over is set, size is its length), so one huge line costs
// time, not memory; one that runs countMax past max with no end in sight (a device or a
// pipe that never ends) is left there, with size -1. eof is set when the input ended with
// this line.
func readLine(br *bufio.Reader, max int, buf []byte) (line []byte, size int64, over, eof bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if over && size > int64(max)+countMax {
			return buf[:0], -1, true, false, nil
		}
		if !over {
			buf = append(buf, chunk...)
			// +2 leaves room for the line end, which does not count.
			if len(buf) > max+2 {
				over, buf = true, buf[:0]
			}
		}
		switch err {
		case nil:
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			eof = true
		default:
			return buf, size, over, eof, err
		}
		break
	}
	if !over {
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		size = int64(len(buf))
		over = len(buf) > max
		return buf, size, over, eof, nil
	}
	if !eof {
		size-- // the "\n"
	}
	return buf[:0], size, true, eof, nil
}

// record decodes and checks one non-blank line, then emits its article.
func (rd *reader) record(lineNo int, line []byte) error {
	// encoding/json silently turns invalid UTF-8 into U+FFFD, so check the raw bytes first.
	if i := invalidUTF8(line); i >= 0 {
		rd.problem(lineNo, "", fmt.Sprintf("invalid UTF-8 at byte %d", i))
		return nil
	}
	var ja jsonArticle
	if err := json.Unmarshal(line, &ja); err != nil {
		field, msg := jsonProblem(err, line)
		rd.problem(lineNo, field, msg)
		return nil
	}
	id, msg := jsonID(ja.ID)
	if msg != "" {
		rd.problem(lineNo, "id", msg)
		return nil
	}
	a := annals.Article{
		ID:     id,
		Title:  optionalString(ja.Title),
		URL:    optionalString(ja.URL),
		Source: optionalString(ja.Source),
		Origin: annals.Origin{File: rd.name, Line: lineNo},
	}
	field, msg := rd.recordText(ja, &a)
	if msg != "" {
		rd.problem(lineNo, field, msg)
		return nil
	}
	if len(ja.Published) > 0 && string(ja.Published) != "null" {
		var s string
		if err := json.Unmarshal(ja.Published, &s); err != nil {
			rd.problem(lineNo, "published", "must be a date string, not "+string(ja.Published))
			return nil
		}
		if strings.TrimSpace(s) != "" {
			t, err := parseJSONDate(s)
			if err != nil {
				rd.problem(lineNo, "published", err.Error())
				return nil
			}
			a.Published, a.PublishedSource = t, annals.PublishedInput
		}
	}
	return rd.send(a)
}

// recordText sets a's text from the record's text or, failing that, from the article its
// html holds (with the page's title, URL, site and date where the record gives none). It
// returns the field at fault and a message when neither gives a text.
func (rd *reader) recordText(ja jsonArticle, a *annals.Article) (field, msg string) {
	if ja.Text == nil && ja.HTML != nil {
		if limit := rd.pageLimit(); len(*ja.HTML) > limit {
			return "html", overMsg("page", int64(len(*ja.HTML)), limit)
		}
		p, msg := ExtractPage([]byte(*ja.HTML))
		if msg != "" {
			return "html", msg
		}
		text, msg := rd.finish([]byte(p.Text))
		if msg != "" {
			return "html", msg
		}
		a.Text = text
		a.Title, a.URL, a.Source = firstOf(a.Title, p.Title), firstOf(a.URL, p.URL), firstOf(a.Source, p.Site)
		if !p.Published.IsZero() {
			a.Published, a.PublishedSource = p.Published, annals.PublishedPage
		}
		return "", ""
	}
	if ja.Text == nil {
		return "text", "required field is missing (or give the page's markup in html)"
	}
	if isBinary([]byte(*ja.Text)) {
		return "text", "binary data in text"
	}
	text, msg := rd.finish([]byte(*ja.Text))
	if msg != "" {
		return "text", msg
	}
	a.Text = text
	return "", ""
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// jsonProblem words a decoding error: syntax errors keep the JSON error's message, type
// errors name their field.
func jsonProblem(err error, line []byte) (field, msg string) {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return "", "malformed JSON: a line must be one JSON object, not " + te.Value
		}
		return te.Field, "must be a string, not " + te.Value
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return "", fmt.Sprintf("malformed JSON: %v (at byte %d)", se, se.Offset)
	}
	return "", "malformed JSON: " + err.Error()
}

// jsonID accepts a string or a number (many data sets number their articles).
func jsonID(raw json.RawMessage) (string, string) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", "required field is missing"
	}
	var id string
	switch raw[0] {
	case '"':
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", err.Error()
		}
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		id = string(raw) // already valid JSON: a number literal, kept as written
	default:
		return "", "must be a string or a number, not " + string(raw)
	}
	if strings.TrimSpace(id) == "" {
		return "", "empty id"
	}
	return id, ""
}

// parseJSONDate accepts what CONTRACT.md allows: YYYY-MM-DD or RFC 3339.
func parseJSONDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, CheckPublished(t)
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, CheckPublished(t)
	}
	return time.Time{}, fmt.Errorf("cannot parse %q as a date: want YYYY-MM-DD or RFC 3339", s)
}

// optionalString reads an optional string field. A value of another type is ignored, not
// an error: datasets reuse these names for their own annotations (an evaluation file's
// "source" may be a list of gold actors), and the article is still worth coding.
func optionalString(raw json.RawMessage) string {
	var s string
	if len(raw) == 0 || json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}
