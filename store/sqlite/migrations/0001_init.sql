-- Articles are keyed by a surrogate integer because their ids come from the input and need
-- not be unique; the text's SHA-256 is what identifies an article.
CREATE TABLE articles (
	key          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL,
	content_hash TEXT NOT NULL UNIQUE,
	published    TEXT,
	title        TEXT NOT NULL,
	url          TEXT NOT NULL,
	source       TEXT NOT NULL,
	text         TEXT NOT NULL,
	dict_version TEXT NOT NULL,
	stored_at    TEXT NOT NULL
) STRICT;

CREATE INDEX articles_id ON articles (id);

-- One row per event: the scalar fields are columns for filtering, and record holds the whole
-- event as JSON so that it is returned exactly as it was coded.
CREATE TABLE events (
	key              INTEGER PRIMARY KEY,
	article_key      INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
	id               TEXT NOT NULL,
	article_id       TEXT NOT NULL,
	sentence         INTEGER NOT NULL,
	start            INTEGER NOT NULL,
	"end"            INTEGER NOT NULL,
	evidence         TEXT NOT NULL,
	source_code      TEXT,
	source_country   TEXT,
	source_role      TEXT,
	source_text      TEXT,
	target_code      TEXT,
	target_country   TEXT,
	target_role      TEXT,
	target_text      TEXT,
	cameo            TEXT NOT NULL,
	cameo_name       TEXT NOT NULL,
	goldstein        REAL NOT NULL,
	quad_class       INTEGER NOT NULL,
	plover           TEXT NOT NULL,
	status           TEXT NOT NULL,
	date             TEXT NOT NULL,
	location_lat     REAL,
	location_lon     REAL,
	location_name    TEXT,
	location_country TEXT,
	territory        TEXT NOT NULL,
	cross_border     INTEGER NOT NULL,
	record           TEXT NOT NULL
) STRICT;

CREATE INDEX events_article ON events (article_key);
CREATE INDEX events_id ON events (id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_location ON events (location_lat, location_lon);

-- Full-text index of the evidence sentences, kept in step with events by the triggers.
-- Porter stemming lets "attack" find "attacked".
CREATE VIRTUAL TABLE events_fts USING fts5 (
	evidence,
	content = 'events',
	content_rowid = 'key',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
	INSERT INTO events_fts (rowid, evidence) VALUES (new.key, new.evidence);
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
	INSERT INTO events_fts (events_fts, rowid, evidence) VALUES ('delete', old.key, old.evidence);
END;
