package api

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
)

// postArticle takes a JSON Lines body (one article object per line, as `annals code`
// reads them) as a job: it reads the body whole within MaxBody, stores it and answers 202
// Accepted with the job at once; Run's workers code and store the articles, and GET
// /api/jobs/{id} tells what became of each line. Coding while reading made a large body
// outlast the read timeout and left the client without an answer, half of it stored.
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.reply(w, r, nil, err)
		return
	}
	if s.Coder == nil || s.Jobs == nil {
		s.reply(w, r, nil, &httpError{http.StatusForbidden, "this server does not code articles"})
		return
	}
	body, err := readBody(w, r, s.MaxBody)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.reply(w, r, nil, &httpError{http.StatusRequestEntityTooLarge, "request body larger than the limit"})
		return
	case err != nil:
		s.reply(w, r, nil, badRequest("reading the body: %v", err))
		return
	case len(bytes.TrimSpace(body)) == 0:
		s.reply(w, r, nil, badRequest("empty body: want one JSON article per line"))
		return
	}
	if body, err = pageAsLine(r, body); err != nil {
		s.reply(w, r, nil, err)
		return
	}
	job, err := s.Jobs.CreateJob(r.Context(), body, s.DictVersion)
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	select {
	case s.wake <- struct{}{}:
	default: // a worker is woken already and will find this job too
	}
	w.Header().Set("Location", "/api/jobs/"+job.ID)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusAccepted)
	s.encode(w, job)
}

// pageAsLine turns a body posted as text/html (one saved web page) into the JSON Lines
// record that carries a page, {"id", "url", "html"}, so that the job codes it like any
// other line. The id comes from the query's id, else the page is called "page"; the url,
// from the query's url. Any other body is returned as it is.
func pageAsLine(r *http.Request, body []byte) ([]byte, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "text/html" && mediaType != "application/xhtml+xml" {
		return body, nil
	}
	id := r.URL.Query().Get("id")
	if id == "" {
		id = "page"
	}
	line, err := json.Marshal(struct {
		ID   string `json:"id"`
		URL  string `json:"url,omitempty"`
		HTML string `json:"html"`
	}{id, r.URL.Query().Get("url"), strings.ToValidUTF8(string(body), "\uFFFD")})
	if err != nil {
		return nil, badRequest("encoding the page: %v", err)
	}
	return append(line, '\n'), nil
}

// readBody reads a request body whole, failing with *http.MaxBytesError beyond limit. The
// buffer is sized from Content-Length when the client gave one, so that a large body is
// not copied again and again as it grows.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if n := r.ContentLength; n > 0 && n <= limit {
		buf.Grow(int(n) + 1)
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf.Bytes(), nil
}

// job answers how far a posted job is: articles stored, lines rejected (the first 100
// messages and a count) and whether it is done. Only the writer, who holds the token, may
// read it: rejection messages quote the posted lines.
func (s *Server) job(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.reply(w, r, nil, err)
		return
	}
	if s.Jobs == nil {
		s.reply(w, r, nil, &httpError{http.StatusNotFound, "this server takes no jobs"})
		return
	}
	j, err := s.Jobs.Job(r.Context(), r.PathValue("id"))
	s.reply(w, r, j, err)
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
