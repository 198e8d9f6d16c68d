package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/annals-org/annals"
)

// DeadLetter is one message of the dead-letter stream.
type DeadLetter struct {
	Seq        uint64 `json:"seq"` // in the dead-letter stream
	Subject    string `json:"subject"`
	Reason     string `json:"reason"`
	Deliveries int    `json:"deliveries"`
	ArticleID  string `json:"article_id"`
	Time       string `json:"time"`
	data       []byte
}

// DeadLetters returns the dead letters in the order they came, at most limit of them
// (0: all).
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]DeadLetter, error) {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return nil, err
	}
	var out []DeadLetter
	if info.State.Msgs == 0 {
		return out, nil
	}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq; seq++ {
		if limit > 0 && len(out) >= limit {
			break
		}
		m, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue // replayed
		}
		if err != nil {
			return nil, err
		}
		d := DeadLetter{Seq: m.Sequence, Subject: m.Header.Get(HeaderSubject), Reason: m.Header.Get(HeaderReason),
			Time: m.Time.UTC().Format("2006-01-02T15:04:05Z"), data: m.Data}
		d.Deliveries, _ = strconv.Atoi(m.Header.Get(HeaderDeliveries))
		var a annals.Article
		if json.Unmarshal(m.Data, &a) == nil {
			d.ArticleID = a.ID
		}
		out = append(out, d)
	}
	return out, nil
}

// Replay publishes a dead letter again on its article subject, as a new message (its
// message id names the replay, so the duplicate window does not drop it), and removes it
// from the dead-letter stream.
func (q *Queue) Replay(ctx context.Context, d DeadLetter) error {
	subject := d.Subject
	if subject == "" {
		subject = ArticlePrefix + "unknown"
	}
	if _, err := q.JS.Publish(ctx, subject, d.data, jetstream.WithMsgID(fmt.Sprintf("replay-%d-%s", d.Seq, d.Time))); err != nil {
		return fmt.Errorf("dead letter %d: %w", d.Seq, err)
	}
	if err := q.dead.DeleteMsg(ctx, d.Seq); err != nil {
		return fmt.Errorf("dead letter %d: replayed, but not removed: %w", d.Seq, err)
	}
	return nil
}

// Status is the state of the streams and the workers' consumer.
type Status struct {
	Articles     StreamState  `json:"articles"`
	DeadLetters  StreamState  `json:"dead_letters"`
	Consumer     *ConsumerLag `json:"consumer"` // nil before any worker started
	JetStreamAPI string       `json:"server"`
}

// StreamState is a stream's size.
type StreamState struct {
	Name     string `json:"name"`
	Messages uint64 `json:"messages"`
	Bytes    uint64 `json:"bytes"`
	FirstSeq uint64 `json:"first_seq"`
	LastSeq  uint64 `json:"last_seq"`
}

// ConsumerLag is where the workers' consumer is.
type ConsumerLag struct {
	Name        string `json:"name"`
	Pending     uint64 `json:"pending"`     // in the stream, not yet delivered
	AckPending  int    `json:"ack_pending"` // delivered, not yet acknowledged
	Redelivered int    `json:"redelivered"` // delivered more than once, not yet acknowledged
	Waiting     int    `json:"waiting"`     // pull requests waiting: idle worker loops
	Delivered   uint64 `json:"delivered_seq"`
	AckFloor    uint64 `json:"ack_floor_seq"`
}

// State reads the streams' and the consumer's state.
func (q *Queue) State(ctx context.Context) (Status, error) {
	var st Status
	for _, s := range []struct {
		stream jetstream.Stream
		into   *StreamState
	}{{q.articles, &st.Articles}, {q.dead, &st.DeadLetters}} {
		info, err := s.stream.Info(ctx)
		if err != nil {
			return st, err
		}
		*s.into = StreamState{Name: info.Config.Name, Messages: info.State.Msgs, Bytes: info.State.Bytes,
			FirstSeq: info.State.FirstSeq, LastSeq: info.State.LastSeq}
	}
	st.JetStreamAPI = q.NC.ConnectedServerVersion()
	c, err := q.JS.Consumer(ctx, ArticleStream, WorkerConsumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return st, err
	}
	st.Consumer = &ConsumerLag{Name: info.Name, Pending: info.NumPending, AckPending: info.NumAckPending,
		Redelivered: info.NumRedelivered, Waiting: info.NumWaiting,
		Delivered: info.Delivered.Stream, AckFloor: info.AckFloor.Stream}
	return st, nil
}
