package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/annals-org/annals"
)

// Handler codes and stores one article and says what the store did. It must be safe for
// concurrent use, and idempotent: a message may be handled again after a crash. ErrSkip
// says the article is not to be stored (it is acknowledged all the same).
type Handler func(ctx context.Context, a *annals.Article) (annals.PutResult, error)

// ErrSkip is returned by a Handler for an article it leaves out on purpose.
var ErrSkip = errors.New("skipped")

// Worker pulls articles from the durable consumer and hands them to Handle.
type Worker struct {
	Queue       *Queue
	Handle      Handler
	Concurrency int           // messages handled at once (default 1)
	MaxDeliver  int           // deliveries before a failing message is dead-lettered (default 5)
	AckWait     time.Duration // time without an ack or a progress note before redelivery (default 30s)
	Log         *slog.Logger
	Metrics     *Metrics // may be nil
}

func (w *Worker) defaults() {
	if w.Concurrency < 1 {
		w.Concurrency = 1
	}
	if w.MaxDeliver < 1 {
		w.MaxDeliver = 5
	}
	if w.AckWait <= 0 {
		w.AckWait = 30 * time.Second
	}
	if w.Log == nil {
		w.Log = slog.Default()
	}
	if w.Metrics == nil {
		w.Metrics = NewMetrics(nil)
	}
}

// Consumer creates or updates the workers' durable consumer and returns it.
func (q *Queue) Consumer(ctx context.Context, ackWait time.Duration) (jetstream.Consumer, error) {
	return q.JS.CreateOrUpdateConsumer(ctx, ArticleStream, jetstream.ConsumerConfig{
		Durable:       WorkerConsumer,
		Description:   "annals workers: code and store",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       ackWait,
		MaxDeliver:    -1, // the worker counts deliveries and dead-letters the message itself
		FilterSubject: ArticlePrefix + ">",
		MaxAckPending: 1024,
	})
}

// Run handles messages until ctx is cancelled, then waits for the messages in hand to be
// finished (acked or naked) and returns.
func (w *Worker) Run(ctx context.Context) error {
	w.defaults()
	cons, err := w.Queue.Consumer(ctx, w.AckWait)
	if err != nil {
		return fmt.Errorf("consumer %s: %w", WorkerConsumer, err)
	}
	w.Metrics.setConsumer(cons)
	var wg sync.WaitGroup
	errs := make(chan error, w.Concurrency)
	for range w.Concurrency {
		wg.Go(func() {
			if err := w.pull(ctx, cons); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// pull is one of the Concurrency loops: it holds at most one message at a time, so that
// a message waits in the stream, not in a busy worker's buffer, while others are idle.
func (w *Worker) pull(ctx context.Context, cons jetstream.Consumer) error {
	it, err := cons.Messages(jetstream.PullMaxMessages(1), jetstream.PullExpiry(5*time.Second))
	if err != nil {
		return err
	}
	stop := context.AfterFunc(ctx, it.Stop)
	defer stop()
	for {
		msg, err := it.Next()
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) || ctx.Err() != nil {
			if msg != nil {
				_ = msg.Nak()
			}
			return nil
		}
		if err != nil {
			// Missed heartbeats and the like while the server restarts: the iterator goes on.
			w.Log.Warn("pulling", "err", err)
			continue
		}
		w.handle(ctx, msg)
	}
}

// handle decodes, hands over and acknowledges one message.
func (w *Worker) handle(ctx context.Context, msg jetstream.Msg) {
	md, err := msg.Metadata()
	if err != nil {
		w.Log.Error("message without metadata", "subject", msg.Subject(), "err", err)
		_ = msg.Term()
		return
	}
	if md.NumDelivered > 1 {
		w.Metrics.Redelivered.Inc()
	}
	if int(md.NumDelivered) > w.MaxDeliver {
		// Delivered more often than it failed: the workers that had it died or timed out.
		w.deadLetter(ctx, msg, md, fmt.Sprintf("delivered %d times without an ack", md.NumDelivered))
		return
	}
	var a annals.Article
	if err := json.Unmarshal(msg.Data(), &a); err != nil || a.Text == "" {
		if err == nil {
			err = errors.New("no text")
		}
		w.deadLetter(ctx, msg, md, "not an article: "+err.Error())
		return
	}
	// An article in hand is finished even when the worker is stopping: the iterator has
	// stopped taking more, and the article's budget bounds the wait.
	r, err := w.handleInProgress(context.WithoutCancel(ctx), msg, &a)
	result := r.String()
	if errors.Is(err, ErrSkip) {
		result, err = "skipped", nil
	}
	if err != nil {
		w.Metrics.Failed.Inc()
		if ctx.Err() != nil {
			_ = msg.Nak() // stopping: another worker takes it at once
			return
		}
		w.Log.Warn("article failed", "id", a.ID, "delivery", md.NumDelivered, "err", err)
		if int(md.NumDelivered) >= w.MaxDeliver {
			w.deadLetter(ctx, msg, md, err.Error())
			return
		}
		_ = msg.NakWithDelay(time.Duration(md.NumDelivered) * time.Second)
		return
	}
	// The store has committed: a lost ack only means the message comes again, and the
	// content hash makes it unchanged then.
	w.Metrics.Processed.WithLabelValues(result).Inc()
	ackCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := msg.DoubleAck(ackCtx); err != nil {
		w.Log.Warn("ack", "id", a.ID, "err", err)
	}
}

// handleInProgress calls Handle, telling the server every third of the ack wait that the
// message is still being worked on.
func (w *Worker) handleInProgress(ctx context.Context, msg jetstream.Msg, a *annals.Article) (annals.PutResult, error) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		t := time.NewTicker(w.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	}()
	return w.Handle(ctx, a)
}

// deadLetter copies the message to the dead-letter stream with the reason, then
// terminates it. If the copy fails the message is naked, to be tried again later.
func (w *Worker) deadLetter(ctx context.Context, msg jetstream.Msg, md *jetstream.MsgMetadata, reason string) {
	subject := msg.Subject()
	dl := nats.NewMsg(DeadPrefix + subjectSource(subject))
	dl.Data = msg.Data()
	dl.Header.Set(HeaderReason, reason)
	dl.Header.Set(HeaderSubject, subject)
	dl.Header.Set(HeaderDeliveries, strconv.FormatUint(md.NumDelivered, 10))
	dl.Header.Set(HeaderSequence, strconv.FormatUint(md.Sequence.Stream, 10))
	pubCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, err := w.Queue.JS.PublishMsg(pubCtx, dl, jetstream.WithMsgID("dlq-"+strconv.FormatUint(md.Sequence.Stream, 10))); err != nil {
		w.Log.Error("dead-lettering", "subject", subject, "err", err)
		_ = msg.NakWithDelay(5 * time.Second)
		return
	}
	w.Metrics.DeadLettered.Inc()
	w.Log.Warn("dead-lettered", "subject", subject, "seq", md.Sequence.Stream, "reason", reason)
	_ = msg.TermWithReason(reason)
}

// subjectSource returns the source token of an article subject.
func subjectSource(subject string) string {
	if len(subject) > len(ArticlePrefix) && subject[:len(ArticlePrefix)] == ArticlePrefix {
		return subject[len(ArticlePrefix):]
	}
	return "unknown"
}
