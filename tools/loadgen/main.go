// Command loadgen sends a realistic mix of GET requests to `annals serve` at a fixed rate
// and reports latency percentiles and status counts: the overload drill of issue 16.
//
//	go run ./tools/loadgen -rate 500 -duration 30s -pid $(pgrep -n annals) http://127.0.0.1:8080
//
// Requests go out on schedule whether or not earlier ones have been answered (an open
// loop), so a slow server shows up as latency and refusals instead of as a lower request
// rate. The mix (mix.go) is what the web page and an API client ask for, built from event,
// article and country ids read from the server first. With -pid it samples the server's
// resident memory from /proc while it runs and counts its open descriptors before and
// after. It only talks to 127.0.0.1, and sends at most -max requests.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"sync"
	"time"
)

func main() {
	rate := flag.Int("rate", 200, "requests per second")
	duration := flag.Duration("duration", 30*time.Second, "how long to send")
	limit := flag.Int("max", 200_000, "most requests to send")
	pid := flag.Int("pid", 0, "server process to watch for memory and descriptors (Linux /proc)")
	seed := flag.Uint64("seed", 1, "seed of the request mix")
	eventsOnly := flag.Bool("events-only", false, "send only the mix's /api/events requests (pages of events and single events)")
	flag.Parse()
	if flag.NArg() != 1 || *rate < 1 || *rate > 20_000 || *duration > 10*time.Minute {
		fmt.Fprintln(os.Stderr, "usage: loadgen [-rate N ≤ 20000] [-duration D ≤ 10m] [-max N] [-pid PID] http://127.0.0.1:PORT")
		os.Exit(2)
	}
	base, err := url.Parse(flag.Arg(0))
	if err != nil || base.Hostname() != "127.0.0.1" || base.Scheme != "http" {
		fmt.Fprintln(os.Stderr, "loadgen: the server must be http://127.0.0.1:PORT; it sends load to loopback only")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 1024}}
	m, err := newMix(ctx, client, base.String(), *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
	n := min(*limit, int(duration.Seconds()*float64(*rate)))
	w := watch(ctx, *pid)
	from := kinds
	if *eventsOnly {
		from = eventKinds()
	}
	r := run(ctx, client, m.urls(n, from), *rate)
	client.CloseIdleConnections()
	fmt.Println(r)
	fmt.Println(w.finish())
}

// result holds what came back.
type result struct {
	sent, failed int
	status       map[int]int
	ok, refused  []time.Duration // latencies of 2xx answers and of 503s
	elapsed      time.Duration
}

func (r result) String() string {
	s := fmt.Sprintf("%d requests in %.1fs (%.0f/s), %d transport errors; statuses %v\n", r.sent,
		r.elapsed.Seconds(), float64(r.sent)/r.elapsed.Seconds(), r.failed, r.status)
	return s + "  answered 2xx: " + percentiles(r.ok) + "\n  refused 503: " + percentiles(r.refused)
}

func percentiles(d []time.Duration) string {
	if len(d) == 0 {
		return "none"
	}
	slices.Sort(d)
	q := func(p float64) time.Duration { return d[int(p*float64(len(d)-1))].Round(10 * time.Microsecond) }
	return fmt.Sprintf("%d, p50 %v, p90 %v, p99 %v, max %v", len(d), q(0.50), q(0.90), q(0.99), q(1))
}

// run sends urls at rate per second, each on its own schedule, and waits for the answers.
func run(ctx context.Context, client *http.Client, urls []string, rate int) result {
	var (
		mu  sync.Mutex
		res = result{status: map[int]int{}}
		wg  sync.WaitGroup
	)
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	for i, u := range urls {
		// Sleep to the request's own time, so that a late wake-up sends the missed
		// requests at once instead of shifting the schedule.
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			select {
			case <-ctx.Done():
			case <-time.After(d):
			}
		}
		if ctx.Err() != nil {
			break
		}
		wg.Go(func() {
			t0 := time.Now()
			status := get(ctx, client, u)
			d := time.Since(t0)
			mu.Lock()
			defer mu.Unlock()
			res.sent++
			switch {
			case status == 0:
				res.failed++
			case status == http.StatusServiceUnavailable:
				res.refused = append(res.refused, d)
			case status < 300:
				res.ok = append(res.ok, d)
			}
			if status != 0 {
				res.status[status]++
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

// get fetches url and reads the whole body, as a client would; 0 means no answer.
func get(ctx context.Context, client *http.Client, url string) int {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0
	}
	return resp.StatusCode
}
