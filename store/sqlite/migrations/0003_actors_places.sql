-- The actors and places of the stored events, with how many events each appears in and
-- over which dates. Views, not tables: they can never disagree with the events.
CREATE VIEW actors AS
SELECT code, country, role, count(*) AS events, min(date) AS first_date, max(date) AS last_date
FROM (
	SELECT source_code AS code, source_country AS country, source_role AS role, date FROM events WHERE source_code IS NOT NULL AND source_code != ''
	UNION ALL
	SELECT target_code, target_country, target_role, date FROM events WHERE target_code IS NOT NULL AND target_code != ''
)
GROUP BY code;

CREATE VIEW places AS
SELECT location_name AS name, location_country AS country, location_lat AS lat, location_lon AS lon,
	count(*) AS events, min(date) AS first_date, max(date) AS last_date
FROM events
WHERE location_lat IS NOT NULL
GROUP BY location_name, location_country, location_lat, location_lon;
