package evaluate

import (
	"strings"
	"testing"
)

// A made-up article in TR-News's shape: the second toponym's offset drifts by two characters,
// the third has no GeoNames entry, the fourth's phrase is nowhere near its offset.
const trSample = `<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title><url>u</url><domain>d</domain><dltime>2017-03-04</dltime>
<text><![CDATA[Café owners in Lyon met French officials at Quayside.]]></text>
<toponyms>
<toponym><phrase>Lyon</phrase><start>15</start><end>19</end>
<gaztag geonameid="1"><name>Lyon</name><fclass>P</fclass><fcode>PPLA</fcode><lat>45.75</lat><lon>4.85</lon><country geonameid="2">France</country></gaztag></toponym>
<toponym><phrase>French</phrase><start>25</start><end>31</end>
<gaztag geonameid="2"><name>France</name><fclass>A</fclass><fcode>PCLI</fcode><lat>46</lat><lon>2</lon><country geonameid="2">France</country></gaztag></toponym>
<toponym><phrase>Quayside</phrase><start>44</start><end>52</end></toponym>
<toponym><phrase>Paris</phrase><start>3</start><end>8</end></toponym>
</toponyms></article></articles>`

func TestReadTRNews(t *testing.T) {
	arts, unaligned, err := readTRNews(strings.NewReader(trSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || unaligned != 1 || len(arts[0].gold) != 3 {
		t.Fatalf("got %d articles, %d unaligned, %+v", len(arts), unaligned, arts)
	}
	a := arts[0]
	if a.published != "2017-03-04" {
		t.Errorf("published %q", a.published)
	}
	for i, want := range []string{"Lyon", "French", "Quayside"} {
		g := a.gold[i]
		if got := a.text[g.start:g.end]; got != want {
			t.Errorf("gold %d: %q, want %q (bytes %d-%d)", i, got, want, g.start, g.end)
		}
	}
	if g := a.gold[1]; !g.located || g.area != areaCountry || g.name != "France" {
		t.Errorf("French: %+v", g)
	}
	if a.gold[2].located {
		t.Errorf("Quayside has no point: %+v", a.gold[2])
	}
}

func TestRealign(t *testing.T) {
	r := []rune("ab Lyon cd Lyon")
	if got := realign(r, []rune("Lyon"), 9, 10); got != 11 {
		t.Errorf("nearest occurrence: %d, want 11", got)
	}
	if got := realign(r, []rune("Lyon"), 30, 10); got != -1 {
		t.Errorf("out of range: %d", got)
	}
	if got := realign(r, []rune("Lyon"), -5, 3); got != -1 {
		t.Errorf("negative start: %d", got)
	}
}

// FuzzReadTRNews checks that no input makes the reader panic or give spans outside the text.
func FuzzReadTRNews(f *testing.F) {
	f.Add(trSample)
	f.Add(`<articles><article><text>x</text><toponyms><toponym><phrase>x</phrase><start>-3</start></toponym></toponyms></article></articles>`)
	f.Add(`<toponym><phrase>é</phrase><start>99999999999999999999</start></toponym>`)
	f.Fuzz(func(t *testing.T, s string) {
		arts, _, err := readTRNews(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, a := range arts {
			for _, g := range a.gold {
				if g.start < 0 || g.end > len(a.text) || g.start > g.end {
					t.Fatalf("span %d-%d outside a text of %d bytes", g.start, g.end, len(a.text))
				}
			}
		}
	})
}
