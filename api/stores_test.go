package api

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/annals-org/annals"
	"github.com/annals-org/annals/store/postgres"
	"github.com/annals-org/annals/store/sqlite"
)

// testStore is what the API's tests serve: a record and its jobs.
type testStore interface {
	annals.Store
	annals.JobStore
}

// openTestStore opens the store a test serves, closed when the test ends: a SQLite file by
// default; TestAPIOnPostgres runs the same tests on PostgreSQL.
var openTestStore = openSQLite

func openSQLite(t *testing.T) testStore {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openPostgres(t *testing.T) testStore {
	t.Helper()
	st, err := postgres.Open(context.Background(), postgres.TestDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestAPIOnPostgres runs the API's tests against a PostgreSQL store, each in a schema of its
// own: the same requests must give the same answers whichever store serves them. It skips
// without ANNALS_TEST_POSTGRES and fails without it when CI=true (see postgres.TestDSN).
func TestAPIOnPostgres(t *testing.T) {
	postgres.TestDSN(t) // skip or fail here, once, rather than in every subtest
	openTestStore = openPostgres
	t.Cleanup(func() { openTestStore = openSQLite })
	for _, tc := range []struct {
		name string
		run  func(*testing.T)
	}{
		{"EventFilters", TestEventFilters},
		{"EventsMerged", TestEventsMerged},
		{"BadRequests", TestBadRequests},
		{"OneEventAndArticle", TestOneEventAndArticle},
		{"PostArticles", TestPostArticles},
		{"PostPage", TestPostPage},
		{"Escalations", TestEscalations},
		{"ActorsAndPlaces", TestActorsAndPlaces},
		{"Export", TestExport},
		{"ExportCSVDays", TestExportCSVDays},
		{"ExportACLED", TestExportACLED},
		{"ExportGDELT", TestExportGDELT},
		{"ExportFilters", TestExportFilters},
		{"ExportMinConfidence", TestExportMinConfidence},
		{"ExportEveryEventOnce", TestExportEveryEventOnce},
		{"JobRejectionsCapped", TestJobRejectionsCapped},
		{"JobsOfUnknownIDOrWithoutToken", TestJobsOfUnknownIDOrWithoutToken},
		{"JobResumesAfterRestart", TestJobResumesAfterRestart},
		{"SharedArticleIDGivesDistinctEventIDs", TestSharedArticleIDGivesDistinctEventIDs},
		{"RepeatedOrReversedParameters", TestRepeatedOrReversedParameters},
		{"Metrics", TestMetrics},
	} {
		t.Run(tc.name, tc.run)
	}
}
