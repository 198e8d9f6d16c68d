package main

import (
	"context"
	"fmt"
)

func (e *env) bench(ctx context.Context, args []string) int {
	fmt.Fprintln(e.stderr, "annals bench: not built yet")
	return 2
}
