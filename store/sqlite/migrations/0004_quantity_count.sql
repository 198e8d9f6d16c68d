-- How many quantities each event has, so that merging, which prefers the report with most
-- quantities, need not decode records.
ALTER TABLE events ADD COLUMN quantity_count INTEGER NOT NULL DEFAULT 0;
UPDATE events SET quantity_count = coalesce(json_array_length(record, '$.quantities'), 0);
