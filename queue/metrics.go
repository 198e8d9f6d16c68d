package queue

import (
	"context"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are a worker's counters for /metrics, and the consumer's lag read on each scrape.
type Metrics struct {
	Processed    *prometheus.CounterVec
	Failed       prometheus.Counter
	Redelivered  prometheus.Counter
	DeadLettered prometheus.Counter

	mu   sync.Mutex
	cons jetstream.Consumer
}

// NewMetrics makes the metrics and registers them with reg, when it is not nil.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Processed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "annals_worker_processed_total",
			Help: "Articles coded and stored (then acknowledged), by what the store did (added, unchanged, recoded) or skipped.",
		}, []string{"result"}),
		Failed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "annals_worker_failed_total",
			Help: "Deliveries whose coding or storing failed.",
		}),
		Redelivered: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "annals_worker_redelivered_total",
			Help: "Messages received that had been delivered before.",
		}),
		DeadLettered: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "annals_worker_dead_lettered_total",
			Help: "Messages moved to the dead-letter stream.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.Processed, m.Failed, m.Redelivered, m.DeadLettered,
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "annals_worker_consumer_lag",
				Help: "Messages of the stream not yet acknowledged by the workers' consumer (pending + in flight).",
			}, m.lag))
	}
	return m
}

func (m *Metrics) setConsumer(c jetstream.Consumer) {
	m.mu.Lock()
	m.cons = c
	m.mu.Unlock()
}

// lag asks the server for the consumer's state; -1 when it cannot be had.
func (m *Metrics) lag() float64 {
	m.mu.Lock()
	c := m.cons
	m.mu.Unlock()
	if c == nil {
		return -1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	info, err := c.Info(ctx)
	if err != nil {
		return -1
	}
	return float64(info.NumPending) + float64(info.NumAckPending)
}
