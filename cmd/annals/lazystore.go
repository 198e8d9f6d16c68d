package main

import (
	"context"
	"fmt"
	"sync"
)

// lazyStore opens the database the first time something needs it, so that a command with
// nothing to store (an input that does not exist, an empty batch) leaves no database
// behind. It is safe for concurrent use.
type lazyStore struct {
	db   string
	once sync.Once
	st   recordStore
	err  error
}

// get opens the store, once; every call after a failure returns the same error.
func (l *lazyStore) get(ctx context.Context) (recordStore, error) {
	l.once.Do(func() {
		l.st, l.err = openStore(ctx, l.db)
		if l.err != nil {
			l.err = fmt.Errorf("opening the database %s: %w", dbName(l.db), l.err)
		}
	})
	return l.st, l.err
}

// opened reports whether the store was opened.
func (l *lazyStore) opened() bool { return l.st != nil }

// Close closes the store if it was opened.
func (l *lazyStore) Close() error {
	if l.st == nil {
		return nil
	}
	return l.st.Close()
}
