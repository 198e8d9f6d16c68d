-- Reports of one event from several articles share a cluster: the key of the first report
-- stored. Events stored before this migration each start a cluster of their own.
ALTER TABLE events ADD COLUMN cluster INTEGER;
UPDATE events SET cluster = key;
CREATE INDEX events_cluster ON events (cluster);
-- Finding the earlier reports of a new event looks up its day and actors.
CREATE INDEX events_day_dyad ON events (date, source_code, target_code);
