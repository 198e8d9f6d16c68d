// Package queue carries articles through NATS JetStream, so that any number of `annals
// worker` processes on any machines code what `annals submit`, `annals watch --nats` and
// `annals recode` publish, into one store (store/postgres, or store/sqlite on one machine).
//
// Input: articles, published as JSON (annals.Article) on the subject
// annals.articles.<source>, with the SHA-256 of the text as the JetStream message id, so
// that the stream drops a text published twice within its duplicate window (one hour); the
// store's content hash makes a later repeat cost one lookup.
//
// Output: each message handed to a Handler by a pool of goroutines pulling from one durable
// consumer, and acknowledged (a double ack, confirmed by the server) only after the Handler
// returned, that is after the store committed. A worker that dies leaves its messages
// unacknowledged; the server delivers them again after the ack wait. While a message is
// being coded the worker tells the server it is in progress, so a slow article is not
// redelivered to another worker.
//
// Failures: a Handler error naks the message with a growing delay; a message delivered
// MaxDeliver times without success (or that is not an article at all) is copied to the
// dead-letter stream (subject annals.dlq.<source>) with the reason, the subject and the
// count in its headers, and terminated. DeadLetters lists them and Replay publishes them
// again.
//
// Streams: ANNALS_ARTICLES (work-queue retention: a message is removed once acknowledged,
// so its size is the backlog) and ANNALS_DLQ (kept until replayed or purged), both on disk.
//
// It does not: code or store articles (the Handler does), or run a NATS server.
package queue
