package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/annals-org/annals/api"
)

func TestAlliances(t *testing.T) {
	ts := httptest.NewServer((&api.Server{}).Handler())
	defer ts.Close()
	get := func(query string) (int, []map[string]any) {
		t.Helper()
		res, err := http.Get(ts.URL + "/api/alliances?" + query)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out []map[string]any
		if res.StatusCode == http.StatusOK {
			if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
				t.Fatal(err)
			}
		}
		return res.StatusCode, out
	}
	status, got := get("country=arm&date=2021-05-12")
	var ids []string
	for _, r := range got {
		ids = append(ids, r["id"].(string))
	}
	if diff := cmp.Diff([]string{"csto", "russia-armenia-1997"}, ids); status != 200 || diff != "" {
		t.Errorf("Armenia on 2021-05-12: status %d (-want +got):\n%s", status, diff)
	}
	if status, got := get("country=ARM&date=2021-05-12&with=AZE"); status != 200 || len(got) != 0 {
		t.Errorf("Armenia with Azerbaijan: status %d, %d treaties, want 200 and none", status, len(got))
	}
	for _, bad := range []string{"", "country=ARMENIA", "country=ARM&date=2021-5-1", "country=ARM&colour=red"} {
		if status, _ := get(bad); status != http.StatusBadRequest {
			t.Errorf("%q: status %d, want 400", bad, status)
		}
	}
}
