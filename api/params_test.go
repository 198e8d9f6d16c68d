package api

import (
	"net/url"
	"testing"
)

// FuzzParseEventQuery checks that any query string either fails with a 400 or yields a
// query the store accepts.
func FuzzParseEventQuery(f *testing.F) {
	for _, s := range []string{
		"", "country=ARM&cameo=19", "bbox=45,39,47,40", "bbox=170,-10,-170,10", "from=2021-05-01&to=2021-05-31",
		"limit=1000&offset=5", "q=%22troops%22+OR+NEAR", "status=planned&merged=true", "bbox=NaN,0,1,1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, _, err := parseEventQuery(v)
		if err != nil {
			if _, ok := err.(*httpError); !ok {
				t.Fatalf("%q: error %T %v, want an httpError", raw, err, err)
			}
			return
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("%q: parsed query does not validate: %v", raw, err)
		}
		if limit, offset := q.Page(); limit < 1 || limit > 1000 || offset < 0 || offset > maxOffset {
			t.Fatalf("%q: page %d, %d out of bounds", raw, limit, offset)
		}
		if len(q.Text) > maxText {
			t.Fatalf("%q: text of %d bytes", raw, len(q.Text))
		}
	})
}
