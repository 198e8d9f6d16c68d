package postgres

import (
	"context"
	"crypto/rand"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestDSNEnv names the variable that gives tests a PostgreSQL database to use.
const TestDSNEnv = "ANNALS_TEST_POSTGRES"

// TestDSN returns a DSN whose search_path is a new, empty schema of the database that
// ANNALS_TEST_POSTGRES names, dropped when t ends. Without the variable the test is skipped,
// or fails when CI=true, since CI starts a server (.ci/run).
func TestDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(TestDSNEnv)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set, and CI=true: .ci/run starts PostgreSQL and sets it", TestDSNEnv)
		}
		t.Skipf("%s is not set: no PostgreSQL to test against (e.g. %s=postgres://user@127.0.0.1:5432/annals_test)", TestDSNEnv, TestDSNEnv)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("%s: %v", TestDSNEnv, err)
	}
	defer conn.Close(ctx)
	schema := "annals_test_" + strings.ToLower(rand.Text()[:12])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(base, schema)
}

// WithSearchPath returns dsn with its search_path set to schema.
func WithSearchPath(dsn, schema string) string {
	if strings.Contains(dsn, "://") {
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		return dsn + sep + "search_path=" + schema
	}
	return dsn + " search_path=" + schema
}
