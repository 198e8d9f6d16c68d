package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/annals-org/annals"
)

// onMap counts the events the map shows: single markers and the counts of the clusters.
func onMap(t *testing.T, tab context.Context) int {
	t.Helper()
	n, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll("#map path.event-marker").length +
		[...document.querySelectorAll("#map .event-cluster [data-count]")].reduce((s, n) => s + Number(n.dataset.count), 0)`))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// labelsAt returns the labels of a kind the map shows, in the view of lat, lon at zoom.
func labelsAt(t *testing.T, tab context.Context, do func(string, ...chromedp.Action[chromedp.Void]), lat, lon float64, zoom int, kind string) []string {
	t.Helper()
	do(fmt.Sprintf("zooming to %d at %g, %g", zoom, lat, lon),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`void Annals.map.map.setView([%g, %g], %d, {animate: false})`, lat, lon, zoom)),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`Annals.map.map.getZoom() === %d && document.querySelectorAll("#map .map-label").length > 0`, zoom)),
		chromedp.Sleep(200*time.Millisecond),
	)
	names, err := chromedp.Run(tab, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#map .map-label.label-`+kind+` span")]
		.filter(n => { const r = n.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== "hidden"; })
		.map(n => n.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// screenshot saves the page as docs/NAME when ANNALS_SCREENSHOT_DIR names a folder (the
// screenshots in docs/ are made so).
func screenshot(t *testing.T, tab context.Context, name string) {
	t.Helper()
	dir := os.Getenv("ANNALS_SCREENSHOT_DIR")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot written to %s", filepath.Join(dir, name))
}

// aloneInTown returns an event placed in a town (geo_precision 1) at a point no other event
// shares, or nil.
func aloneInTown(all []annals.Event) *annals.Event {
	points := map[[2]float64]int{}
	for _, e := range all {
		if e.Location != nil {
			points[[2]float64{e.Location.Lat, e.Location.Lon}]++
		}
	}
	for i := range all {
		if e := &all[i]; e.GeoPrecision == 1 && points[[2]float64{e.Location.Lat, e.Location.Lon}] == 1 {
			return e
		}
	}
	return nil
}

// checkReadableMap: the map names countries when zoomed out and towns and regions when
// zoomed in, and draws an event placed only in a country (geo_precision 4) as a hollow ring,
// unlike the filled dot of an event in a town.
func checkReadableMap(t *testing.T, tab context.Context, all []annals.Event, do func(string, ...chromedp.Action[chromedp.Void]), count func(string) int) {
	t.Helper()
	do("back to the list", chromedp.Evaluate[chromedp.Void](`location.hash = "#/"`), chromedp.WaitVisible(chromedp.CSS("#list-view")))
	countries := labelsAt(t, tab, do, 42, 45, 3, "country")
	for _, want := range []string{"Russia", "Iran", "Ukraine"} {
		if !slices.Contains(countries, want) {
			t.Errorf("zoom 3 over the Caucasus: country labels %q lack %q", countries, want)
		}
	}
	if regions := labelsAt(t, tab, do, 42, 45, 3, "region"); len(regions) > 0 {
		t.Errorf("zoom 3: regions labelled already: %q", regions)
	}
	screenshot(t, tab, "map-labels-zoom3.png")
	towns := labelsAt(t, tab, do, 40.0, 44.8, 7, "town")
	regions := labelsAt(t, tab, do, 40.0, 44.8, 7, "region")
	if !slices.Contains(towns, "Yerevan") || len(regions) == 0 {
		t.Errorf("zoom 7 over Armenia: towns %q (want Yerevan among them), regions %q (want some)", towns, regions)
	}
	screenshot(t, tab, "map-labels-zoom7.png")

	// An event placed in a country, and one in a town of its own point.
	var country *annals.Event
	for i := range all {
		if all[i].GeoPrecision == 4 {
			country = &all[i]
			break
		}
	}
	town := aloneInTown(all)
	if country == nil || town == nil {
		t.Fatalf("the examples lack a country-level event (%v) or a town-level one alone at its point (%v)", country, town)
	}
	look := func(e *annals.Event, selector string) string {
		do("zooming in on "+e.ID,
			chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`void Annals.map.map.setView([%g, %g], 10, {animate: false})`, e.Location.Lat, e.Location.Lon)),
			chromedp.Poll[chromedp.Void](`document.querySelector(`+jsString(selector)+`) !== null`),
		)
		got, err := chromedp.Run(tab, chromedp.Evaluate[string](`(n => { const s = getComputedStyle(n);
			return n.tagName + " fill " + s.fillOpacity + " background " + s.backgroundColor + " dash " + (n.getAttribute("stroke-dasharray") || s.borderStyle); })(document.querySelector(`+jsString(selector)+`))`))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	hollow := look(country, "#map .geo-country")
	filled := look(town, "#map path.event-marker.geo-point")
	if !(strings.HasPrefix(hollow, "path fill 0 ") || strings.Contains(hollow, "background rgba(0, 0, 0, 0)")) || !strings.Contains(hollow, "dash") ||
		!strings.HasPrefix(filled, "path fill 0.9") || hollow == filled {
		t.Errorf("country-level event %s drawn as %q, town-level %s as %q: want a hollow dashed ring and a filled dot", country.ID, hollow, town.ID, filled)
	}
	if n := count("#map .map-label"); n == 0 {
		t.Error("zoomed in: no label at all")
	}
}

// checkTimelineShowsAll: every dated event is on the timeline once, as part of a bar or as a
// strip, a month-dated one included, and the list writes dates as people read them.
func checkTimelineShowsAll(t *testing.T, tab context.Context, all []annals.Event, do func(string, ...chromedp.Action[chromedp.Void])) {
	t.Helper()
	var month *annals.Event
	var dated []string
	for i := range all {
		if all[i].DateStart != "" {
			dated = append(dated, all[i].ID)
		}
		if all[i].DatePrecision == "month" && month == nil {
			month = &all[i]
		}
	}
	if month == nil {
		t.Fatal("no example event is dated to a month")
	}
	for _, res := range []string{"auto", "day"} {
		do("timeline at resolution "+res,
			chromedp.Evaluate[chromedp.Void](`(s => { s.value = `+jsString(res)+`; s.dispatchEvent(new Event("change")); })(document.getElementById("t-res"))`),
		)
		ids, err := chromedp.Run(tab, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#timeline [data-ids]")].flatMap(n => n.dataset.ids.split(" ")).filter(Boolean)`))
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(ids)
		want := slices.Sorted(slices.Values(dated))
		if !slices.Equal(ids, want) {
			t.Errorf("resolution %s: %d events on the timeline, want the %d dated ones once each", res, len(ids), len(want))
		}
		box, err := chromedp.Run(tab, chromedp.Evaluate[string](`(n => n ? (b => b.width + "x" + b.height)(n.getBoundingClientRect()) : "none")(
			[...document.querySelectorAll("#timeline [data-ids]")].find(n => n.dataset.ids.split(" ").includes(`+jsString(month.ID)+`)))`))
		if err != nil {
			t.Fatal(err)
		}
		if box == "none" || strings.HasPrefix(box, "0x") || strings.HasSuffix(box, "x0") {
			t.Errorf("resolution %s: the month-dated event %s (%s) is not visible on the timeline (%s)", res, month.ID, month.Date, box)
		}
	}
	text, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector('#event-list .event-item[data-id=`+jsString(month.ID)+`] .date').textContent`))
	if err != nil {
		t.Fatal(err)
	}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	if y, m := month.DateStart[:4], month.DateStart[5:7]; text != months[int(m[0]-'0')*10+int(m[1]-'0')-1]+" "+y {
		t.Errorf("the list dates the month-dated event %q, want the month and year as people write them", text)
	}
}
