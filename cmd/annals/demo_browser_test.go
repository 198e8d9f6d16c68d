package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/api"
	"github.com/annals-org/annals/dict"
	"github.com/annals-org/annals/pipeline"
	"github.com/annals-org/annals/store/sqlite"
)

// chromium returns the browser for the browser tests. Without one the tests skip, except
// in CI (CI=true), where a missing browser would silently drop the only test of the page.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (apt-get install -y chromium); CI=true requires the browser test")
	}
	t.Skip("chromium is not installed: skipping the browser test")
	return ""
}

// TestPageInBrowser serves the coded examples from a SQLite file as `annals serve` does,
// opens the page in headless Chromium, and checks the map, the timeline, a click on a
// marker, the highlighted evidence and an article view. With ANNALS_SCREENSHOT=file.png
// it saves a screenshot of the page showing an event (docs/web.png is made so).
func TestPageInBrowser(t *testing.T) {
	browser := chromium(t)
	ctx := t.Context()

	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "examples.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	coder, err := pipeline.Load(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	version, err := dictVersion(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := storeExamples(ctx, st, coder, version); err != nil {
		t.Fatal(err)
	}
	// A report dated only to its month, which the timeline must still show (the bundled
	// examples need not hold one). Written for this test.
	monthly := &annals.Article{ID: "month-dated", Published: time.Date(2023, 4, 10, 0, 0, 0, 0, time.UTC),
		Text: "In March 2023 police in Tbilisi arrested dozens of protesters outside the parliament."}
	if _, err := st.PutArticle(ctx, monthly, coder.Code(monthly), version); err != nil {
		t.Fatal(err)
	}
	all, err := st.Events(ctx, annals.EventQuery{Limit: annals.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	located := 0
	for _, e := range all {
		if e.Location != nil {
			located++
		}
	}
	if located == 0 {
		t.Fatal("no example event has a location: nothing to put on the map")
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	serverCtx, stopServer := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- serveHTTP(serverCtx, ln, siteHandler(&api.Server{Store: st})) }()
	defer func() {
		stopServer()
		if err := <-served; err != nil {
			t.Errorf("server: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String() + "/"

	// The timeout bounds the browser's whole life; this machine has no network, so the
	// flags turn off everything Chromium would otherwise fetch on its own.
	browserCtx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelTimeout()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(browserCtx,
		chromedp.ExecPath(browser),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc() // before t.TempDir's removal: it waits for the browser to exit
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()

	// Every request must go to our server, and no script may throw.
	var mu sync.Mutex
	var elsewhere, exceptions []string
	local := 0 // requests to our server: proof that the listener hears requests at all
	err = chromedp.Listen(tab, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			switch u, err := url.Parse(ev.Request.URL); {
			case err == nil && u.Host == ln.Addr().String():
				local++
			case err == nil && u.Scheme == "data":
			default:
				elsewhere = append(elsewhere, ev.Request.URL)
			}
		case *runtime.EventExceptionThrown:
			exceptions = append(exceptions, (&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		if local == 0 {
			t.Error("heard no request to the server: the request listener is not working")
		}
		if len(elsewhere) > 0 {
			t.Errorf("the page requested other hosts: %q", elsewhere)
		}
		if len(exceptions) > 0 {
			t.Errorf("the page threw: %q", exceptions)
		}
	}()

	// do runs one step of the test within its own time, so that a stuck step names itself.
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		stepCtx, cancel := context.WithTimeout(tab, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(stepCtx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	count := func(selector string) int {
		t.Helper()
		n, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(selector)+`).length`))
		if err != nil {
			t.Fatalf("counting %s: %v", selector, err)
		}
		return n
	}

	// The map: every located event, as a marker of its own or counted in a cluster, over
	// the country outlines.
	do("loading the page",
		chromedp.Navigate(base),
		chromedp.WaitVisible(chromedp.CSS("#map .event-marker")),
		chromedp.Poll[chromedp.Void](`document.body.dataset.state === "ready"`),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#map path.country").length > 100`),
	)
	if got, want := onMap(t, tab), located; got != want {
		t.Errorf("events on the map (markers and cluster counts): got %d, want %d (the located examples)", got, want)
	}
	if got, want := count("#event-list .event-item"), len(all); got != want {
		t.Errorf("events in the list: got %d, want %d", got, want)
	}
	if got := count("#timeline rect.bar"); got == 0 {
		t.Error("timeline: got no bars, want one or more")
	}

	// A click on a marker opens its event with the evidence sentence highlighted.
	// Zoomed in on a town, its event is a marker of its own.
	town := aloneInTown(all)
	if town == nil {
		t.Fatal("no example event is placed in a town where no other is")
	}
	do("clicking a marker",
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`void Annals.map.map.setView([%g, %g], 10, {animate: false})`, town.Location.Lat, town.Location.Lon)),
		chromedp.WaitVisible(chromedp.CSS("#map path.event-marker.geo-point")),
		chromedp.Click(chromedp.CSS("#map path.event-marker.geo-point")),
		chromedp.WaitVisible(chromedp.CSS("#evidence .highlight")),
	)
	hash, err := chromedp.Run(tab, chromedp.Evaluate[string](`location.hash`))
	if err != nil {
		t.Fatal(err)
	}
	id, ok := strings.CutPrefix(hash, "#/event/")
	if !ok {
		t.Fatalf("after the click: got location %q, want #/event/ID", hash)
	}
	ev, err := st.Event(ctx, id)
	if err != nil {
		t.Fatalf("event %s of the clicked marker: %v", id, err)
	}
	highlight, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector("#evidence .highlight").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if highlight != ev.Evidence {
		t.Errorf("highlighted evidence of %s:\ngot  %q\nwant %q", id, highlight, ev.Evidence)
	}
	background, err := chromedp.Run(tab, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#evidence .highlight")).backgroundColor`))
	if err != nil {
		t.Fatal(err)
	}
	if background == "" || background == "transparent" || background == "rgba(0, 0, 0, 0)" {
		t.Errorf("highlight background: got %q, want a colour", background)
	}
	// The trigger is marked, in one piece or cut where other marks begin and end.
	trigger, err := chromedp.Run(tab, chromedp.Evaluate[string](`[...document.querySelectorAll("#evidence .highlight .m-trigger")].map(n => n.textContent).join("")`))
	if err != nil {
		t.Fatal(err)
	}
	if want := ev.Evidence[ev.Trigger.Start-ev.Start : ev.Trigger.End-ev.Start]; trigger != want {
		t.Errorf("trigger marks in the evidence: got %q, want %q", trigger, want)
	}
	// The place and the date are marked at their offsets: open an event whose sentence holds
	// both.
	inSentence := func(e annals.Event, text string, span annals.Span) bool {
		return text != "" && span.Start >= e.Start && span.End <= e.End
	}
	var both *annals.Event
	for i := range all {
		e := &all[i]
		if e.Location != nil && inSentence(*e, e.Location.Text, annals.Span{Start: e.Location.Start, End: e.Location.End}) && inSentence(*e, e.DateText, e.DateSpan) {
			both = e
			break
		}
	}
	if both == nil {
		t.Fatal("no event of the examples has its place and date in its sentence")
	}
	do("opening event "+both.ID,
		chromedp.Evaluate[chromedp.Void](`location.hash = "#/event/" + encodeURIComponent(`+jsString(both.ID)+`)`),
		chromedp.Poll[chromedp.Void](`document.querySelector("#event-fields dd")?.textContent === `+jsString(both.ID)),
	)
	for _, m := range []struct{ cls, want string }{{"m-place", both.Location.Text}, {"m-date", both.DateText}} {
		got, err := chromedp.Run(tab, chromedp.Evaluate[string](`[...document.querySelectorAll("#evidence .`+m.cls+`")].map(n => n.textContent).join("")`))
		if err != nil {
			t.Fatal(err)
		}
		if got != m.want {
			t.Errorf("event %s: %s marks %q, want %q", both.ID, m.cls, got, m.want)
		}
	}
	checkTreatySentence(t, tab, all, do, count)
	if path := os.Getenv("ANNALS_SCREENSHOT"); path != "" {
		// The screenshot shows the event with the most to mark: both actors, then the
		// most quantities.
		best := ev
		for _, e := range all {
			if e.Location != nil && e.Source != nil && e.Target != nil &&
				(best.Source == nil || best.Target == nil || len(e.Quantities) > len(best.Quantities)) {
				best = e
			}
		}
		do("opening event "+best.ID+" for the screenshot",
			chromedp.Evaluate[chromedp.Void](`location.hash = "#/event/" + encodeURIComponent(`+jsString(best.ID)+`)`),
			chromedp.Poll[chromedp.Void](`document.querySelector("#event-fields dd")?.textContent === `+jsString(best.ID)),
			chromedp.Sleep(500*time.Millisecond), // the popup's pan animation
		)
		png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot written to %s", path)
	}

	// The article view marks every event's sentence.
	do("opening article "+ev.ArticleID,
		chromedp.Evaluate[chromedp.Void](`location.hash = "#/article/" + encodeURIComponent(`+jsString(ev.ArticleID)+`)`),
		chromedp.WaitVisible(chromedp.CSS("#article-text .m-event")),
	)
	_, events, err := st.Article(ctx, ev.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := count("#article-view .article-events .event-item"), len(events); got != want {
		t.Errorf("events listed for article %s: got %d, want %d", ev.ArticleID, got, want)
	}
	t.Logf("%d events, %d markers; clicked %s (%s), evidence highlighted; article %s shows %d events",
		len(all), located, id, ev.CAMEOName, ev.ArticleID, len(events))
	checkReadableMap(t, tab, all, do, count)
	checkTimelineShowsAll(t, tab, all, do)
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`).Replace(s) + `"`
}

// checkTreatySentence opens the Syunik incursion (Azerbaijani troops into Armenia) and
// checks that the event view states the target's treaty partners, and that the event list
// marks conflict against a state with defence partners.
func checkTreatySentence(t *testing.T, tab context.Context, all []annals.Event, do func(string, ...chromedp.Action[chromedp.Void]), count func(string) int) {
	t.Helper()
	var incursion *annals.Event
	for i := range all {
		e := &all[i]
		if e.ArticleID == "syunik-border-2021-05-14" && e.QuadClass == 4 && e.Source != nil && e.Source.Country == "AZE" &&
			e.Target != nil && e.Target.Country == "ARM" {
			incursion = e
			break
		}
	}
	if incursion == nil {
		t.Fatal("no event of Azerbaijan against Armenia among the examples")
	}
	do("opening the incursion "+incursion.ID,
		chromedp.Evaluate[chromedp.Void](`location.hash = "#/event/" + encodeURIComponent(`+jsString(incursion.ID)+`)`),
		chromedp.Poll[chromedp.Void](`document.querySelector("#event-fields dd")?.textContent === `+jsString(incursion.ID)),
	)
	got, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector("#event-view #alliances .treaties")?.textContent ?? ""`))
	if err != nil {
		t.Fatal(err)
	}
	const want = "Armenia: CSTO (collective defence, Article 4) with Russia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan; bilateral treaty with Russia, 1997"
	if got != want {
		t.Errorf("treaty sentence of the incursion:\ngot  %q\nwant %q", got, want)
	}
	do("back to the list",
		chromedp.Evaluate[chromedp.Void](`location.hash = "#/"`),
		chromedp.WaitVisible(chromedp.CSS("#list-view")),
	)
	if n := count(`#event-list .event-item[data-id="` + incursion.ID + `"] .allied`); n != 1 {
		t.Errorf("the incursion in the list: %d marks of defence partners, want 1", n)
	}
}
