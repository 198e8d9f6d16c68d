package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals-org/annals"
)

// Format of an input.
type Format string

// The input formats of CONTRACT.md.
const (
	Auto  Format = "" // by file extension; by the first non-space byte for stdin
	JSONL Format = "jsonl"
	Text  Format = "text"
	HTML  Format = "html"
)

// DefaultMaxBytes is the largest article accepted when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// MaxPageBytes bounds an HTML page whatever MaxBytes says: extraction time grows with the
// markup (about 1.5 s a MiB on one core here) and no news page comes near it (the largest of
// the 197 real pages we evaluate on is 1.5 MB).
const MaxPageBytes = 8 << 20

// htmlFactor bounds an HTML page at this many times MaxBytes: markup commonly outweighs
// the text several times over, and the extracted text must still fit MaxBytes.
const htmlFactor = 8

// Options control reading.
type Options struct {
	// Format forces a format; Auto picks by file extension (.jsonl, .txt, .html/.htm) and,
	// for stdin or another extension, JSON Lines if the first non-space byte is '{', else text.
	Format Format
	// Published is used for articles that carry no date (text files, stdin, HTML without
	// metadata, JSON Lines without "published").
	Published time.Time
	// MaxBytes is the largest article accepted; 0 means DefaultMaxBytes.
	MaxBytes int
	// MaxTotalBytes bounds what one Read or ReadFiles call reads from all its inputs
	// together; 0 means no bound. The input that runs past it is cut there with a Problem,
	// and no later input is read: a pipe or device that never ends stops.
	MaxTotalBytes int64
	// Problem, when set, is handed each Problem as it is met, in input order, and the
	// Problems are not also returned: a batch of millions of bad lines then holds none of
	// them, and they reach the user while the batch goes on.
	Problem func(Problem)

	total *total // shared by the inputs of one ReadFiles call
}

// Problem is one rejected article (or unreadable file).
type Problem struct {
	File  string // as named to Read; "-" for stdin
	Line  int    // JSON Lines line, 1-based; 0 for whole-file inputs
	Field string // JSON field at fault, or ""
	Msg   string
}

// Error prints "file:line: field: message", leaving out a 0 line and an empty field.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteString(":" + strconv.Itoa(p.Line))
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// reader holds the state of one Read call.
type reader struct {
	ctx      context.Context
	name     string
	opts     Options
	max      int
	emit     func(annals.Article) error
	problems []Problem
}

func (rd *reader) problem(line int, field, msg string) {
	p := Problem{File: rd.name, Line: line, Field: field, Msg: msg}
	if rd.opts.Problem != nil {
		rd.opts.Problem(p)
		return
	}
	rd.problems = append(rd.problems, p)
}

// Read reads all articles from r (named name, "-" for stdin) and calls emit for each good
// one, in order. Bad articles become Problems and reading goes on; err is non-nil only
// when reading itself failed, emit returned an error, or ctx was cancelled.
func Read(ctx context.Context, name string, r io.Reader, opts Options, emit func(annals.Article) error) (problems []Problem, err error) {
	rd := &reader{ctx: ctx, name: name, opts: opts, max: opts.MaxBytes, emit: emit}
	if rd.max <= 0 {
		rd.max = DefaultMaxBytes
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if opts.total == nil && opts.MaxTotalBytes > 0 {
		opts.total = &total{left: opts.MaxTotalBytes, limit: opts.MaxTotalBytes}
		rd.opts = opts
	}
	if opts.total != nil {
		r = &totalReader{r: r, t: opts.total}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	format := opts.Format
	if format == Auto {
		format = byExtension(name)
	}
	if format == Auto {
		if format, err = sniff(br); errors.Is(err, errTotal) {
			return rd.overTotal(), nil
		} else if err != nil {
			return nil, err
		}
	}
	switch format {
	case JSONL:
		err = rd.jsonl(br)
	case Text:
		err = rd.text(br)
	case HTML:
		err = rd.html(br)
	default:
		return nil, fmt.Errorf("ingest: unknown format %q", format)
	}
	if errors.Is(err, errTotal) {
		return rd.overTotal(), nil
	}
	return rd.problems, err
}

// pathMessage drops the "open PATH: " prefix that Problem already prints.
func pathMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func byExtension(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl":
		return JSONL
	case ".txt":
		return Text
	case ".html", ".htm":
		return HTML
	}
	return Auto
}

// sniff peeks at the first non-space byte: '{' means JSON Lines, '<' before a letter, '!'
// or '?' (a tag, a doctype, a comment, an XML declaration) means HTML, anything else text.
// It peeks one byte at a time so a slow pipe is not waited on longer than needed.
func sniff(br *bufio.Reader) (Format, error) {
	for n := 1; n <= br.Size(); n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			if err == io.EOF || err == nil {
				return Text, nil
			}
			return Auto, err
		}
		c := b[n-1]
		if n <= 3 && bytes.HasPrefix(bom, b) {
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			continue
		case '{':
			return JSONL, nil
		case '<':
			next, err := br.Peek(n + 1)
			if len(next) <= n {
				if err != nil && err != io.EOF {
					return Auto, err
				}
				return Text, nil
			}
			if c := next[n]; c == '!' || c == '?' || 'a' <= c|0x20 && c|0x20 <= 'z' {
				return HTML, nil
			}
		}
		return Text, nil
	}
	return Text, nil
}

// fileID is the base name without extension, "stdin" for "-".
func fileID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	base := filepath.Base(name)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base // ".txt" alone: keep the name rather than an empty id
}

// countMax is how far past its limit an input is read only to count its size: a device or
// a pipe that never ends ("annals code /dev/zero") must not be read forever to say so.
const countMax = 64 << 20

// readAll reads a whole-file article of at most limit bytes. Over the limit it returns nil
// data and the full size, reading the rest only to count it, or size -1 when the rest runs
// past countMax and is left unread.
func readAll(r io.Reader, limit int) (data []byte, size int64, err error) {
	data, err = io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, int64(len(data)), err
	}
	if len(data) <= limit {
		return data, int64(len(data)), nil
	}
	n, err := io.Copy(io.Discard, io.LimitReader(r, countMax+1))
	if n > countMax {
		return nil, -1, err
	}
	return nil, int64(len(data)) + n, err
}

func (rd *reader) text(br *bufio.Reader) error {
	data, size, err := readAll(br, rd.max)
	if err != nil {
		return err
	}
	if data == nil {
		rd.problem(0, "", overMsg("article", size, rd.max))
		return nil
	}
	if msg := checkBytes(data, "binary file"); msg != "" {
		rd.problem(0, "", msg)
		return nil
	}
	text, msg := rd.finish(data)
	if msg != "" {
		rd.problem(0, "", msg)
		return nil
	}
	return rd.send(annals.Article{
		ID:        fileID(rd.name),
		Published: rd.opts.Published,
		Text:      text,
		Origin:    annals.Origin{File: rd.name},
	})
}

// send hands one good article to emit, checking ctx first: cancellation is honoured
// between articles, never in the middle of one.
func (rd *reader) send(a annals.Article) error {
	if err := rd.ctx.Err(); err != nil {
		return err
	}
	if a.Published.IsZero() && !rd.opts.Published.IsZero() {
		a.Published = rd.opts.Published
	}
	if a.PublishedSource == "" {
		a.PublishedSource = annals.PublishedInput
		if a.Published.IsZero() {
			a.PublishedSource = annals.PublishedNone
		}
	}
	if a.Language == "" {
		a.Language = DetectLanguage(a.Text)
	}
	return rd.emit(a)
}

var (
	bom     = []byte("\xEF\xBB\xBF")
	utf16LE = []byte("\xFF\xFE")
	utf16BE = []byte("\xFE\xFF")
)

// checkBytes rejects raw input that is not UTF-8 text. Binary is checked before UTF-8
// because "binary file" is the more useful message for, say, a PDF or an image.
func checkBytes(b []byte, binaryMsg string) string {
	if bytes.HasPrefix(b, utf16LE) || bytes.HasPrefix(b, utf16BE) {
		return "UTF-16 text is not supported; convert it to UTF-8"
	}
	if isBinary(b) {
		return binaryMsg
	}
	if i := invalidUTF8(b); i >= 0 {
		return fmt.Sprintf("invalid UTF-8 at byte %d", i)
	}
	return ""
}

// finish turns checked bytes into an article text: a leading byte-order mark is dropped
// and CRLF line ends become "\n", nothing else, since offsets downstream refer to this text.
func (rd *reader) finish(b []byte) (string, string) {
	b = bytes.TrimPrefix(b, bom)
	text := crlf(b)
	if strings.TrimSpace(text) == "" {
		return "", "empty text"
	}
	if len(text) > rd.max {
		return "", overMsg("text", int64(len(text)), rd.max)
	}
	return text, ""
}

// crlf turns each "\r\n" into "\n". A run of CRs before a LF ("\r\r\n", left by converting
// line ends twice) goes with it, so that no "\r\n" is left for later stages to meet.
func crlf(b []byte) string {
	if !bytes.Contains(b, []byte("\r\n")) {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] != '\r' {
			out = append(out, b[i])
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '\r' {
			j++
		}
		if j == len(b) || b[j] != '\n' {
			out = append(out, b[i:j]...) // lone CRs are kept
		}
		i = j
	}
	return string(out)
}

// overMsg words an input over its limit; size -1 is one that was not read to its end.
func overMsg(what string, size int64, limit int) string {
	if size < 0 {
		return fmt.Sprintf("%s is over the limit of %d bytes, and more than %d bytes past it were left unread", what, limit, countMax)
	}
	return fmt.Sprintf("%s is %d bytes, over the limit of %d bytes", what, size, limit)
}

// overTotal reports the input cut at the batch's total limit.
func (rd *reader) overTotal() []Problem {
	rd.problem(0, "", fmt.Sprintf("the batch is over its limit of %d bytes in all (MaxTotalBytes); the rest of it is not read", rd.opts.total.limit))
	return rd.problems
}

// total is what the inputs of one batch may still read together.
type total struct {
	left, limit int64
	over        bool // an input ran past the limit: no more are read
}

// errTotal stops reading an input when the batch has read all it may.
var errTotal = errors.New("ingest: batch over its total limit")

// totalReader counts what one input reads against the batch's total.
type totalReader struct {
	r io.Reader
	t *total
}

func (tr *totalReader) Read(p []byte) (int, error) {
	if tr.t.left <= 0 {
		// At the limit: one byte more tells an input that ends here from one that goes on.
		var b [1]byte
		if n, err := tr.r.Read(b[:]); n == 0 {
			return 0, err
		}
		tr.t.over = true
		return 0, errTotal
	}
	if int64(len(p)) > tr.t.left {
		p = p[:tr.t.left]
	}
	n, err := tr.r.Read(p)
	tr.t.left -= int64(n)
	return n, err
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// isBinary reports a NUL byte, or control bytes (other than tab, line ends and form feed)
// making up more than a tenth of b: text editors write neither, binary formats both.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f {
			ctl++
		}
	}
	return ctl > 0 && ctl*10 > len(b)
}
