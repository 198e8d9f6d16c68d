-- Batches of articles posted to the server, coded in the background. The body is kept
-- until the job is done, so that a server stopped mid-job resumes it after the lines it
-- had finished (next_line) when it starts again; rejected holds the first 100 messages as
-- a JSON array and rejected_count all of them.
CREATE TABLE jobs (
	seq            INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	state          TEXT NOT NULL,
	dict_version   TEXT NOT NULL,
	body           BLOB,
	lines          INTEGER NOT NULL DEFAULT 0,
	added          INTEGER NOT NULL DEFAULT 0,
	unchanged      INTEGER NOT NULL DEFAULT 0,
	recoded        INTEGER NOT NULL DEFAULT 0,
	events         INTEGER NOT NULL DEFAULT 0,
	rejected_count INTEGER NOT NULL DEFAULT 0,
	rejected       TEXT NOT NULL DEFAULT '[]',
	error          TEXT NOT NULL DEFAULT '',
	created        TEXT NOT NULL,
	updated        TEXT NOT NULL
) STRICT;

CREATE INDEX jobs_state ON jobs (state, seq);

-- Indexes for the reads a busy server answers most. Events are listed latest date first
-- and, among one date, in the order stored: an index in that order (date DESC, then the
-- key, which every index ends with) serves the listing without sorting every matching
-- event for each page; it also serves date ranges, so the ascending one goes. The actors
-- and places views scan these covering indexes instead of every stored record.
DROP INDEX events_date;
CREATE INDEX events_date_desc ON events (date DESC);
CREATE INDEX events_source_actor ON events (source_code, source_country, source_role, date);
CREATE INDEX events_target_actor ON events (target_code, target_country, target_role, date);
CREATE INDEX events_place ON events (location_name, location_country, location_lat, location_lon, date);
