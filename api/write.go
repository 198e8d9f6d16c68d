package api

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/ingest"
)

// stored is what POST /api/articles did with one article.
type stored struct {
	ID     string `json:"id"`
	Result string `json:"result"` // added, unchanged or recoded
	Events int    `json:"events"`
}

// postReply answers POST /api/articles: the articles stored and those rejected, each
// rejection naming its line and field.
type postReply struct {
	Stored   []stored `json:"stored"`
	Rejected []string `json:"rejected"`
}

// postArticle codes and stores the articles of a JSON Lines body (one article object per
// line, as `annals code` reads them). A bad line is rejected and the others are stored.
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.reply(w, r, nil, err)
		return
	}
	if s.Coder == nil {
		s.reply(w, r, nil, &httpError{http.StatusForbidden, "this server does not code articles"})
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.MaxBody)
	reply := postReply{Stored: []stored{}, Rejected: []string{}}
	problems, err := ingest.Read(r.Context(), "body", body, ingest.Options{Format: ingest.JSONL, MaxBytes: int(s.MaxBody)},
		func(a annals.Article) error {
			events := s.Coder.Code(&a)
			res, err := s.Store.PutArticle(r.Context(), &a, events, s.DictVersion)
			if err != nil {
				return err
			}
			reply.Stored = append(reply.Stored, stored{ID: a.ID, Result: res.String(), Events: len(events)})
			return nil
		})
	for _, p := range problems {
		reply.Rejected = append(reply.Rejected, p.Error())
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.reply(w, r, nil, &httpError{http.StatusRequestEntityTooLarge, "request body larger than the limit"})
	case err != nil:
		s.reply(w, r, nil, err)
	case len(reply.Stored) == 0 && len(reply.Rejected) > 0:
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
		s.encode(w, reply)
	default:
		s.reply(w, r, reply, nil)
	}
}

// authorize checks the bearer token of a write.
func (s *Server) authorize(r *http.Request) error {
	if s.Token == "" {
		return &httpError{http.StatusForbidden, "writes are disabled: the server has no token"}
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
		return &httpError{http.StatusUnauthorized, "missing or wrong bearer token"}
	}
	return nil
}
