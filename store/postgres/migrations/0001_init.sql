-- The schema of store/sqlite's six migrations in one, for PostgreSQL. Text columns that
-- are compared or sorted use the "C" collation, so that order and prefix matches are those
-- of bytes, as in SQLite, whatever the database's locale.

-- Full-text search stems English words like SQLite's porter tokenizer and, like it, keeps
-- every word: the stock 'english' configuration drops "and", "or", "near", which a search
-- for those words must find.
CREATE TEXT SEARCH DICTIONARY annals_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION annals_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION annals_english
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH annals_stem;

CREATE TABLE articles (
	key              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id               text NOT NULL,
	content_hash     text NOT NULL UNIQUE,
	published        text,
	title            text NOT NULL,
	url              text NOT NULL,
	source           text NOT NULL,
	text             text NOT NULL,
	dict_version     text NOT NULL,
	stored_at        timestamptz NOT NULL DEFAULT now(),
	published_source text NOT NULL DEFAULT '',
	language         text NOT NULL DEFAULT ''
);

CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_dict_version ON articles (dict_version, key);

CREATE TABLE events (
	key              bigint PRIMARY KEY,
	article_key      bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
	cluster          bigint NOT NULL,
	id               text NOT NULL,
	article_id       text NOT NULL,
	sentence         integer NOT NULL,
	start            integer NOT NULL,
	"end"            integer NOT NULL,
	evidence         text NOT NULL,
	source_code      text COLLATE "C",
	source_country   text COLLATE "C",
	source_role      text COLLATE "C",
	source_text      text,
	target_code      text COLLATE "C",
	target_country   text COLLATE "C",
	target_role      text COLLATE "C",
	target_text      text,
	cameo            text COLLATE "C" NOT NULL,
	cameo_name       text NOT NULL,
	goldstein        double precision NOT NULL,
	quad_class       integer NOT NULL,
	plover           text COLLATE "C" NOT NULL,
	status           text COLLATE "C" NOT NULL,
	date             text COLLATE "C" NOT NULL,
	location_lat     double precision,
	location_lon     double precision,
	location_name    text COLLATE "C",
	location_country text COLLATE "C",
	territory        text NOT NULL,
	cross_border     boolean NOT NULL,
	quantity_count   integer NOT NULL DEFAULT 0,
	record           text NOT NULL,
	evidence_tsv     tsvector GENERATED ALWAYS AS (to_tsvector('annals_english', evidence)) STORED
);

CREATE SEQUENCE events_key_seq OWNED BY events.key;
ALTER TABLE events ALTER COLUMN key SET DEFAULT nextval('events_key_seq');

CREATE INDEX events_article ON events (article_key);
CREATE INDEX events_id ON events (id);
CREATE INDEX events_cluster ON events (cluster);
CREATE INDEX events_date_desc ON events (date DESC, key);
CREATE INDEX events_day_dyad ON events (date, source_code, target_code);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_source_actor ON events (source_code, source_country, source_role, date);
CREATE INDEX events_target_actor ON events (target_code, target_country, target_role, date);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
-- Bounding boxes: a plain btree on latitude then longitude (no PostGIS). A box selects a
-- latitude range from the index and filters the longitudes of those rows.
CREATE INDEX events_location ON events (location_lat, location_lon);
CREATE INDEX events_place ON events (location_name, location_country, location_lat, location_lon, date);
CREATE INDEX events_fts ON events USING gin (evidence_tsv);

-- SQLite's views return one row of each group for the columns not grouped by; PostgreSQL
-- wants an aggregate, and the least value is as good as any.
CREATE VIEW actors AS
SELECT code, min(country) AS country, min(role) AS role, count(*) AS events, min(date) AS first_date, max(date) AS last_date
FROM (
	SELECT source_code AS code, source_country AS country, source_role AS role, date FROM events WHERE source_code IS NOT NULL AND source_code != ''
	UNION ALL
	SELECT target_code, target_country, target_role, date FROM events WHERE target_code IS NOT NULL AND target_code != ''
) AS a
GROUP BY code;

CREATE VIEW places AS
SELECT location_name AS name, location_country AS country, location_lat AS lat, location_lon AS lon,
	count(*) AS events, min(date) AS first_date, max(date) AS last_date
FROM events
WHERE location_lat IS NOT NULL
GROUP BY location_name, location_country, location_lat, location_lon;

CREATE TABLE jobs (
	seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id             text NOT NULL UNIQUE,
	state          text NOT NULL,
	dict_version   text NOT NULL,
	body           bytea,
	lines          integer NOT NULL DEFAULT 0,
	added          integer NOT NULL DEFAULT 0,
	unchanged      integer NOT NULL DEFAULT 0,
	recoded        integer NOT NULL DEFAULT 0,
	events         integer NOT NULL DEFAULT 0,
	rejected_count integer NOT NULL DEFAULT 0,
	rejected       text NOT NULL DEFAULT '[]',
	error          text NOT NULL DEFAULT '',
	created        text NOT NULL,
	updated        text NOT NULL
);

CREATE INDEX jobs_state ON jobs (state, seq);
