package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// mix builds request URLs in the proportions of real use: mostly pages of events and the
// events and articles a reader clicks, some map loads of the API's largest page, the web
// page's files, and now and then a daily series.
type mix struct {
	base      string
	rnd       *rand.Rand
	events    []string // event ids
	articles  []string // article ids
	countries []string
}

// kind is a weighted kind of request.
type kind struct {
	weight int
	events bool // a request of /api/events
	url    func(m *mix) string
}

// kinds are the request kinds of real use; their weights add up to 100.
var kinds = []kind{
	{28, true, func(m *mix) string { return "/api/events?" + m.filter() }},
	{22, true, func(m *mix) string { return "/api/events/" + url.PathEscape(pick(m, m.events)) }},
	{14, false, func(m *mix) string { return "/api/articles/" + url.PathEscape(pick(m, m.articles)) }},
	{4, true, func(m *mix) string { return "/api/events?limit=1000&" + m.filter() }}, // the map's load
	{5, false, func(m *mix) string { return "/api/actors?limit=50" }},
	{5, false, func(m *mix) string { return "/api/places?limit=50&country=" + pick(m, m.countries) }},
	{12, false, func(m *mix) string { return pick(m, []string{"/", "/app.js", "/style.css"}) }},
	{2, false, func(m *mix) string { return "/countries.geojson" }},
	{1, false, func(m *mix) string { return "/api/series?kind=country&key=" + pick(m, m.countries) }},
	{1, false, func(m *mix) string { return "/api/escalations?kind=country&key=" + pick(m, m.countries) }},
	{6, false, func(m *mix) string { return "/healthz" }},
}

func pick(m *mix, from []string) string { return from[m.rnd.IntN(len(from))] }

// filter returns the query of a filtered page of events.
func (m *mix) filter() string {
	switch m.rnd.IntN(6) {
	case 0:
		return ""
	case 1:
		return "country=" + pick(m, m.countries)
	case 2:
		return "cameo=19&from=2020-01-01"
	case 3:
		return "q=" + pick(m, []string{"attack", "protest", "killed", "police"})
	case 4:
		return "bbox=30,30,50,45"
	}
	return "offset=" + strconv.Itoa(100*m.rnd.IntN(10)) // the first ten pages
}

// eventKinds are the kinds that read /api/events, in the same proportions among themselves:
// the drill of "/api/events under load" (issue 14) sends only these.
func eventKinds() []kind {
	var out []kind
	for _, k := range kinds {
		if k.events {
			out = append(out, k)
		}
	}
	return out
}

// urls draws n request URLs from the kinds given, by their weights.
func (m *mix) urls(n int, from []kind) []string {
	total := 0
	for _, k := range from {
		total += k.weight
	}
	out := make([]string, n)
	for i := range out {
		r := m.rnd.IntN(total)
		for _, k := range from {
			if r -= k.weight; r < 0 {
				out[i] = m.base + k.url(m)
				break
			}
		}
	}
	return out
}

// newMix reads ids of stored events, articles and countries from the server.
func newMix(ctx context.Context, client *http.Client, base string, seed uint64) (*mix, error) {
	m := &mix{base: strings.TrimSuffix(base, "/"), rnd: rand.New(rand.NewPCG(seed, seed))}
	seen := map[string]bool{}
	for offset := 0; offset < 5000; offset += 1000 {
		var page []struct {
			ID        string `json:"id"`
			ArticleID string `json:"article_id"`
			Source    *struct {
				Country string `json:"country"`
			} `json:"source"`
		}
		if err := getJSON(ctx, client, fmt.Sprintf("%s/api/events?limit=1000&offset=%d", m.base, offset), &page); err != nil {
			return nil, err
		}
		for _, e := range page {
			m.events = append(m.events, e.ID)
			if !seen[e.ArticleID] {
				seen[e.ArticleID] = true
				m.articles = append(m.articles, e.ArticleID)
			}
			if e.Source != nil && len(e.Source.Country) == 3 && !seen[e.Source.Country] {
				seen[e.Source.Country] = true
				m.countries = append(m.countries, e.Source.Country)
			}
		}
	}
	if len(m.events) == 0 || len(m.countries) == 0 {
		return nil, fmt.Errorf("%s has no events with countries to ask for", m.base)
	}
	return m, nil
}

func getJSON(ctx context.Context, client *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// watcher samples a process's resident memory while the load runs.
type watcher struct {
	pid        int
	fdsBefore  int
	mu         sync.Mutex
	maxRSS     int64 // kB
	stop, done chan struct{}
}

func watch(ctx context.Context, pid int) *watcher {
	w := &watcher{pid: pid, stop: make(chan struct{}), done: make(chan struct{})}
	if pid == 0 {
		close(w.done)
		return w
	}
	w.fdsBefore = fds(pid)
	go func() {
		defer close(w.done)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			if kb := rss(pid); kb > 0 {
				w.mu.Lock()
				w.maxRSS = max(w.maxRSS, kb)
				w.mu.Unlock()
			}
			select {
			case <-ctx.Done():
				return
			case <-w.stop:
				return
			case <-t.C:
			}
		}
	}()
	return w
}

// finish stops sampling and, after the server had a moment to close what the client
// closed, counts its descriptors.
func (w *watcher) finish() string {
	if w.pid == 0 {
		return "server not watched (no -pid)"
	}
	close(w.stop)
	<-w.done
	time.Sleep(2 * time.Second)
	return fmt.Sprintf("server pid %d: RSS max %.1f MB, now %.1f MB; descriptors %d before, %d after",
		w.pid, float64(w.maxRSS)/1024, float64(rss(w.pid))/1024, w.fdsBefore, fds(w.pid))
}

// rss returns VmRSS of /proc/pid/status in kB, 0 if unreadable.
func rss(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func fds(pid int) int {
	entries, err := os.ReadDir(filepath.Join("/proc", strconv.Itoa(pid), "fd"))
	if err != nil {
		return -1
	}
	return len(entries)
}
