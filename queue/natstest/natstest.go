// Package natstest runs a NATS server with JetStream in the test's process
// (github.com/nats-io/nats-server/v2 as a module), on a free local port, with its store in
// a temporary folder.
package natstest

import (
	"net"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Server is a NATS server that a test can restart on the same port and store.
type Server struct {
	t    testing.TB
	opts server.Options
	ns   *server.Server
}

// Start starts a server, shut down when t ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t, opts: server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(),
		NoLog: true, NoSigs: true,
	}}
	s.start()
	// Later starts keep the port the first one got, so that clients reconnect to it.
	s.opts.Port = s.ns.Addr().(*net.TCPAddr).Port
	t.Cleanup(s.stop)
	return s
}

func (s *Server) start() {
	s.t.Helper()
	opts := s.opts
	ns, err := server.NewServer(&opts)
	if err != nil {
		s.t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		s.t.Fatal("nats-server did not start")
	}
	s.ns = ns
}

func (s *Server) stop() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
}

// URL is the server's client URL.
func (s *Server) URL() string { return s.ns.ClientURL() }

// Stop stops the server; Start starts it again on the same port and store.
func (s *Server) Stop() { s.stop() }

// Start starts the server again after Stop.
func (s *Server) Start() { s.start() }

// Restart stops the server and starts it again on the same port and store, as a restart
// of nats-server would.
func (s *Server) Restart() {
	s.t.Helper()
	s.stop()
	s.start()
}
