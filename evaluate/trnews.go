package evaluate

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// TRNews scores place recognition and resolution on the TR-News file at path (metrics
// trnews.*), articles dated by their dltime. misses as for GeoVirus.
func TRNews(path string, find PlaceFinder, areas *Areas, w, misses io.Writer) ([]Metric, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	arts, unaligned, err := readTRNews(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	fmt.Fprintf(w, "TR-News (%s): %d articles (%d toponyms whose phrase is not within 10 characters of their offset left out)\n", path, len(arts), unaligned)
	return scorePlaces(arts, "trnews-", "trnews", find, areas, w, misses), nil
}

// readTRNews reads TR-News: <article><dltime/><text/><toponyms><toponym><phrase/><start/><end/>
// <gaztag><fcode/><lat/><lon/>…</gaztag></toponym>. Offsets are code points from 0 that drift:
// each is moved to the nearest occurrence of its phrase within 10 characters, then converted
// to bytes; a toponym whose phrase is not found there is left out and counted. A toponym
// without a gaztag has no point and counts for recognition only.
func readTRNews(r io.Reader) ([]geoArticle, int, error) {
	dec := xml.NewDecoder(r)
	var out []geoArticle
	var cur *geoArticle
	var runes []rune // the current text, for realigning
	var top map[string]string
	unaligned := 0
	var chars strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, unaligned, nil
		}
		if err != nil {
			return nil, 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			chars.Reset()
			switch t.Name.Local {
			case "article":
				out = append(out, geoArticle{})
				cur, runes = &out[len(out)-1], nil
			case "toponym":
				top = map[string]string{}
			case "gaztag":
				if top != nil {
					top["\x00gaztag"] = "yes"
				}
			}
		case xml.CharData:
			chars.Write(t)
		case xml.EndElement:
			name := t.Name.Local
			switch {
			case cur == nil:
			case name == "dltime":
				cur.published = strings.TrimSpace(chars.String())
			case name == "text":
				cur.text = chars.String()
				runes = []rune(cur.text)
			case name == "toponym" && top != nil:
				if g, ok := trGold(cur.text, runes, top); ok {
					cur.gold = append(cur.gold, g)
				} else {
					unaligned++
				}
				top = nil
			case top != nil:
				top[name] = strings.TrimSpace(chars.String())
			}
			chars.Reset()
		}
	}
}

// trGold makes the gold place of one toponym, false when its phrase cannot be placed.
func trGold(text string, runes []rune, top map[string]string) (goldPlace, bool) {
	phrase := []rune(top["phrase"])
	start, err := strconv.Atoi(top["start"])
	if err != nil || len(phrase) == 0 {
		return goldPlace{}, false
	}
	at := realign(runes, phrase, start, 10)
	if at < 0 {
		return goldPlace{}, false
	}
	b := byteOffset(text, at)
	g := goldPlace{start: b, end: b + len(string(phrase))}
	lat, err1 := strconv.ParseFloat(top["lat"], 64)
	lon, err2 := strconv.ParseFloat(top["lon"], 64)
	if top["\x00gaztag"] != "" && err1 == nil && err2 == nil {
		g.lat, g.lon, g.located = lat, lon, true
		g.area, g.name = areaOfFeature(top["fcode"]), top["name"]
	}
	return g, true
}

// realign returns the start of the occurrence of phrase in runes nearest to start, within
// slack characters either side, or -1.
func realign(runes, phrase []rune, start, slack int) int {
	for d := 0; d <= slack; d++ {
		for _, k := range [2]int{start - d, start + d} {
			if k >= 0 && k+len(phrase) <= len(runes) && string(runes[k:k+len(phrase)]) == string(phrase) {
				return k
			}
		}
	}
	return -1
}

// byteOffset returns the byte offset of code point n of s (len(s) past its end).
func byteOffset(s string, n int) int {
	b := 0
	for i := 0; i < n && b < len(s); i++ {
		_, w := utf8.DecodeRuneInString(s[b:])
		b += w
	}
	return b
}
