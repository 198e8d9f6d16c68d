-- Where an article's publication date came from (input, page, dateline, none) and the
-- language its text was told to be in (ISO 639-1, '' when not told). Articles stored before
-- this migration said neither.
ALTER TABLE articles ADD COLUMN published_source TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT '';
