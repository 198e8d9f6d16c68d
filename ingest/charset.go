package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// maxReplaced is the share of a page's bytes (one in this many) that may be invalid UTF-8
// in a page that declares UTF-8: a stray byte from a bad copy-paste is replaced by U+FFFD,
// a page in another encoding wearing a wrong label is refused.
const maxReplaced = 200

// decodePage turns a page's bytes into UTF-8, as a browser would choose the encoding: a
// byte-order mark, then a <meta charset> or http-equiv declaration in the first 1,024 bytes.
// An undeclared page that is valid UTF-8 is UTF-8; an undeclared page that is not is read
// as windows-1252, the web's default for legacy pages. It returns a message, and no data,
// when the page cannot be decoded honestly.
func decodePage(data []byte) ([]byte, string) {
	enc, name, certain := charset.DetermineEncoding(data, "")
	if !certain || enc == unicode.UTF8 || name == "utf-8" {
		if bytes.HasPrefix(data, bom) || utf8.Valid(data) {
			return bytes.TrimPrefix(data, bom), ""
		}
		if certain || declaresUTF8(data) {
			return replaceInvalid(data)
		}
		return decodeWith(data, "windows-1252")
	}
	return decodeWith(data, name)
}

// declaresUTF8 reports a UTF-8 declaration that DetermineEncoding, which trusts only the
// first 1,024 bytes, did not see.
func declaresUTF8(data []byte) bool {
	head := data
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	lower := strings.ToLower(string(head))
	return strings.Contains(lower, `charset="utf-8"`) || strings.Contains(lower, "charset=utf-8")
}

// decodeWith decodes data from the named encoding (a WHATWG label).
func decodeWith(data []byte, label string) ([]byte, string) {
	enc, _ := charset.Lookup(label)
	if enc == nil {
		return nil, fmt.Sprintf("unknown character encoding %q", label)
	}
	if enc == encoding.Replacement {
		return nil, fmt.Sprintf("character encoding %q cannot be decoded safely", label)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Sprintf("cannot decode the page as %s: %v", label, err)
	}
	return bytes.TrimPrefix(out, bom), ""
}

// replaceInvalid replaces the invalid sequences of a page declared UTF-8 with U+FFFD, or
// refuses the page when they are too many to be strays.
func replaceInvalid(data []byte) ([]byte, string) {
	bad := 0
	var out bytes.Buffer
	out.Grow(len(data))
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
			out.WriteRune(utf8.RuneError)
		} else {
			out.Write(data[i : i+n])
		}
		i += n
	}
	if bad*maxReplaced > len(data) {
		return nil, fmt.Sprintf("page declares UTF-8 but %d of its %d bytes are not UTF-8", bad, len(data))
	}
	return out.Bytes(), ""
}
