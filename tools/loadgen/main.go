// Command loadgen sends HTTP GET requests at a constant rate and reports latency
// percentiles: the load test of `annals serve` (docs/results.md).
//
//	go run ./tools/loadgen -rate 200 -duration 30s http://127.0.0.1:8080/api/events?country=UKR ...
//
// Requests go out on schedule whether or not earlier ones have been answered (an open
// loop), so a slow server shows up as latency instead of as a lower request rate. The URLs
// are used in turn.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"sync"
	"time"
)

func main() {
	rate := flag.Int("rate", 200, "requests per second")
	duration := flag.Duration("duration", 30*time.Second, "how long to send")
	flag.Parse()
	if flag.NArg() == 0 || *rate < 1 {
		fmt.Fprintln(os.Stderr, "usage: loadgen [-rate N] [-duration D] URL...")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	r := run(ctx, flag.Args(), *rate, *duration)
	fmt.Println(r)
	if r.failed > 0 {
		os.Exit(1)
	}
}

type result struct {
	sent, failed int
	latencies    []time.Duration
	elapsed      time.Duration
}

func (r result) String() string {
	if len(r.latencies) == 0 {
		return fmt.Sprintf("%d requests, %d failed", r.sent, r.failed)
	}
	slices.Sort(r.latencies)
	q := func(p float64) time.Duration { return r.latencies[int(p*float64(len(r.latencies)-1))] }
	return fmt.Sprintf("%d requests in %.1fs (%.0f/s), %d failed; latency p50 %v, p90 %v, p99 %v, max %v",
		r.sent, r.elapsed.Seconds(), float64(r.sent)/r.elapsed.Seconds(), r.failed,
		q(0.50).Round(time.Microsecond), q(0.90).Round(time.Microsecond), q(0.99).Round(time.Microsecond),
		r.latencies[len(r.latencies)-1].Round(time.Microsecond))
}

func run(ctx context.Context, urls []string, rate int, duration time.Duration) result {
	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 1024},
	}
	var (
		mu  sync.Mutex
		res result
		wg  sync.WaitGroup
	)
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	start := time.Now()
	end := start.Add(duration)
	for i := 0; time.Now().Before(end); i++ {
		select {
		case <-ctx.Done():
			end = time.Now()
		case <-tick.C:
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			t0 := time.Now()
			ok := get(ctx, client, url)
			d := time.Since(t0)
			mu.Lock()
			defer mu.Unlock()
			res.sent++
			if !ok {
				res.failed++
				return
			}
			res.latencies = append(res.latencies, d)
		}(urls[i%len(urls)])
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

// get fetches url and reads the whole body, as a client would.
func get(ctx context.Context, client *http.Client, url string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}
