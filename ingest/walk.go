package ingest

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/annals-org/annals"
)

// ReadFiles reads each path in turn, or stdin for "-" or when paths is empty. A folder is
// read whole: its .jsonl, .txt and .html files, in subfolders too, in name order, leaving
// out hidden files and folders. A file that cannot be opened is a Problem, not an error, so
// one bad path never stops a batch.
func ReadFiles(ctx context.Context, paths []string, stdin io.Reader, opts Options, emit func(annals.Article) error) ([]Problem, error) {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	if opts.MaxTotalBytes > 0 {
		opts.total = &total{left: opts.MaxTotalBytes, limit: opts.MaxTotalBytes}
	}
	var all []Problem
	for _, path := range paths {
		var ps []Problem
		var err error
		if path == "-" {
			ps, err = Read(ctx, "-", stdin, opts, emit)
		} else {
			ps, err = readPath(ctx, path, opts, emit)
		}
		all = append(all, handOver(opts, ps)...)
		if err != nil || opts.total != nil && opts.total.over {
			return all, err
		}
	}
	return all, nil
}

// handOver gives opts.Problem the problems met outside a reader (a path that cannot be
// opened, a link not followed) and returns none, or returns them all when it is not set.
func handOver(opts Options, ps []Problem) []Problem {
	if opts.Problem == nil {
		return ps
	}
	for _, p := range ps {
		opts.Problem(p)
	}
	return nil
}

// readPath reads a path named on the command line: a folder whole, anything else (a file,
// a device, a pipe) as one input.
func readPath(ctx context.Context, path string, opts Options, emit func(annals.Article) error) ([]Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return readFolder(ctx, path, opts, emit)
	}
	return readFile(ctx, path, opts, emit, false)
}

// readFile reads one input. A file listed from a folder must still be a regular file when it
// is opened: one swapped for a folder or a pipe after listing is a Problem, never followed.
func readFile(ctx context.Context, path string, opts Options, emit func(annals.Article) error, regularOnly bool) ([]Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return []Problem{{File: path, Msg: pathMessage(err)}}, nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return []Problem{{File: path, Msg: pathMessage(err)}}, nil
	}
	if st.IsDir() || regularOnly && !st.Mode().IsRegular() {
		return []Problem{{File: path, Msg: "no longer a regular file; skipped"}}, nil
	}
	return Read(ctx, path, f, opts, emit)
}

// readFolder reads the article files under dir.
func readFolder(ctx context.Context, dir string, opts Options, emit func(annals.Article) error) ([]Problem, error) {
	files, all := folderFiles(dir)
	if len(files) == 0 && len(all) == 0 {
		return []Problem{{File: dir, Msg: "folder holds no .jsonl, .txt or .html files"}}, nil
	}
	all = handOver(opts, all)
	for _, path := range files {
		ps, err := readFile(ctx, path, opts, emit, true)
		all = append(all, handOver(opts, ps)...)
		if err != nil || opts.total != nil && opts.total.over {
			return all, err
		}
	}
	return all, nil
}

// walker lists a folder's article files. It follows symbolic links, since collections are
// often assembled from links, but reads each real folder and file at most once: a link back
// up the tree ("ln -s . d/self.txt") would otherwise be walked until the stack overflows,
// and a file reached by two names would give its articles twice.
type walker struct {
	seen     map[string]string // real path -> the path it was first reached by
	files    []string
	problems []Problem
}

// folderFiles lists the article files under dir in name order: .jsonl, .txt and .html
// files, in subfolders too, leaving out hidden files and folders. Only regular files are
// listed: a device or a pipe in a folder could be read forever. A part of the folder that
// cannot be listed, a link that cannot be followed and a folder or file reached a second
// time are Problems.
func folderFiles(dir string) (files []string, problems []Problem) {
	w := &walker{seen: map[string]string{}}
	if w.first(dir) {
		w.folder(dir)
	}
	return w.files, w.problems
}

func (w *walker) problem(path, msg string) {
	w.problems = append(w.problems, Problem{File: path, Msg: msg})
}

// first reports whether path's real path is met for the first time, else records a Problem.
func (w *walker) first(path string) bool {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		w.problem(path, pathMessage(err))
		return false
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if was, ok := w.seen[real]; ok {
		w.problem(path, "same as "+was+", already read; skipped")
		return false
	}
	w.seen[real] = path
	return true
}

// folder lists dir, whose real path has been recorded, descending into subfolders as it
// meets them so that the order is the name order of the whole tree.
func (w *walker) folder(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.problem(dir, pathMessage(err))
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			if err != nil {
				w.problem(path, "broken link: "+linkMessage(err))
				continue
			}
			mode = st.Mode().Type()
		}
		switch {
		case mode.IsDir():
			// A folder is walked whatever its name: "self.txt" linking to "." is a folder.
			if w.first(path) {
				w.folder(path)
			}
		case byExtension(path) == Auto:
		case !mode.IsRegular():
			w.problem(path, "not a regular file (a device, pipe or socket); skipped")
		case w.first(path):
			w.files = append(w.files, path)
		}
	}
}

// linkMessage words why a link cannot be followed.
func linkMessage(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "its target does not exist"
	}
	return pathMessage(err)
}

// Files lists the files ReadFiles would read for paths: each folder replaced by its article
// files, other paths kept as they are ("-" included). For estimating the size of a batch.
func Files(paths []string) []string {
	var out []string
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			files, _ := folderFiles(p)
			out = append(out, files...)
			continue
		}
		out = append(out, p)
	}
	return out
}
