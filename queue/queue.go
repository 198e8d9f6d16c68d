package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/annals-org/annals"
)

// Names of the streams, subjects and the workers' durable consumer.
const (
	ArticleStream  = "ANNALS_ARTICLES"
	ArticlePrefix  = "annals.articles."
	DeadStream     = "ANNALS_DLQ"
	DeadPrefix     = "annals.dlq."
	WorkerConsumer = "annals-workers"
	// DuplicateWindow is how long the article stream remembers message ids.
	DuplicateWindow = time.Hour
)

// Headers of a dead letter.
const (
	HeaderReason     = "Annals-Reason"
	HeaderSubject    = "Annals-Subject"
	HeaderDeliveries = "Annals-Deliveries"
	HeaderSequence   = "Annals-Stream-Sequence"
)

// Queue is a connection to a NATS server with the article and dead-letter streams.
type Queue struct {
	NC       *nats.Conn
	JS       jetstream.JetStream
	articles jetstream.Stream
	dead     jetstream.Stream
}

// Connect connects to the NATS server at url (a comma-separated list for a cluster),
// reconnecting for ever when the connection drops, and creates or updates the streams.
func Connect(ctx context.Context, url, name string, log *slog.Logger) (*Queue, error) {
	if log == nil {
		log = slog.Default()
	}
	nc, err := dial(ctx, url, log, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(time.Second),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("nats reconnected", "url", c.ConnectedUrlRedacted()) }))
	if err != nil {
		return nil, fmt.Errorf("nats %s: %w", url, err)
	}
	q := &Queue{NC: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("nats %s: %w", url, err)
	}
	return q, nil
}

// DialTimeout is how long Connect tries to reach a server that does not answer (one that
// is restarting, say) before it gives up.
const DialTimeout = 30 * time.Second

// dial connects, trying again every second while no server answers, for DialTimeout or
// until ctx is done.
func dial(ctx context.Context, url string, log *slog.Logger, opts ...nats.Option) (*nats.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, DialTimeout)
	defer cancel()
	for {
		nc, err := nats.Connect(url, opts...)
		if !errors.Is(err, nats.ErrNoServers) {
			return nc, err
		}
		log.Warn("nats: no server answers yet", "err", err)
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(time.Second):
		}
	}
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.NC)
	if err != nil {
		return err
	}
	q.JS = js
	q.articles, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        ArticleStream,
		Description: "articles to code and store",
		Subjects:    []string{ArticlePrefix + ">"},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  DuplicateWindow,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", ArticleStream, err)
	}
	q.dead, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        DeadStream,
		Description: "articles that failed to be coded and stored, with the reason",
		Subjects:    []string{DeadPrefix + ">"},
		Storage:     jetstream.FileStorage,
		Duplicates:  DuplicateWindow,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	return nil
}

// Close drains the connection: publications in flight are sent first.
func (q *Queue) Close() error {
	return q.NC.Drain()
}

// Token turns a source name into one subject token: letters, digits, '-' and '_' are kept
// (lower-cased), anything else becomes '_'; an empty source is "unknown".
func Token(source string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(source) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 64 {
			break
		}
	}
	if b.Len() == 0 {
		return "unknown"
	}
	return b.String()
}

// ContentHash is the hex SHA-256 of a text: the stores' article identity and the message id.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Publish puts an article on annals.articles.<source> with msgID as its message id (the
// content hash when empty) and reports whether the stream kept it (false: a duplicate of
// a message id seen within the window).
func (q *Queue) Publish(ctx context.Context, a *annals.Article, msgID string) (bool, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return false, err
	}
	if msgID == "" {
		msgID = ContentHash(a.Text)
	}
	ack, err := q.JS.Publish(ctx, ArticlePrefix+Token(a.Source), data, jetstream.WithMsgID(msgID))
	if err != nil {
		return false, err
	}
	return !ack.Duplicate, nil
}
