-- Rebuilds events and event_links from event_mentions (see Aggregation for why a rebuild).
-- One event = the mentions that share a date value (at its precision: a day, a week, a month),
-- source and target actor codes, CAMEO root code, place, modality and negation.
-- Statements are separated by lines holding only ';'.
DELETE FROM event_links
;
DELETE FROM events
;
CREATE OR REPLACE TEMP TABLE mention_keys AS
  SELECT m.*,
         substr(md5(concat_ws('|', date, source_code, coalesce(target_code, ''), root_code,
                              coalesce(place_name, ''), coalesce(place_country, ''), modality,
                              CAST(negated AS VARCHAR))), 1, 16) AS event_id,
         m.rowid AS position
  FROM event_mentions m
;
INSERT INTO event_links SELECT event_id, mention_id FROM mention_keys
;
INSERT INTO events
WITH documents AS (
  -- every document that reports an article's events: the article itself and its copies
  SELECT a.article_id, a.article_id AS document_id,
         coalesce(a.publisher, nullif(regexp_extract(a.url, '://([^/:]+)', 1), ''), a.article_id) AS news_source,
         coalesce(a.url, a.origin) AS link,
         concat_ws('|', coalesce(CAST(a.publication_date AS VARCHAR), '9999'), CAST(a.ingested_at AS VARCHAR), a.article_id) AS seniority,
         a.ingested_at
  FROM articles a
  UNION ALL
  SELECT c.original_id, c.article_id,
         coalesce(c.publisher, nullif(regexp_extract(c.url, '://([^/:]+)', 1), ''),
                  a.publisher, nullif(regexp_extract(a.url, '://([^/:]+)', 1), ''), a.article_id),
         coalesce(c.url, c.origin),
         concat_ws('|', coalesce(CAST(c.publication_date AS VARCHAR), '9999'), CAST(c.ingested_at AS VARCHAR), c.article_id),
         c.ingested_at
  FROM article_copies c JOIN articles a ON a.article_id = c.original_id
),
event_articles AS (SELECT DISTINCT event_id, article_id FROM mention_keys),
event_documents AS (
  SELECT ea.event_id,
         count(DISTINCT d.document_id) AS num_articles,
         count(DISTINCT d.news_source) AS num_sources,
         arg_min(d.link, d.seniority) AS source_url,
         arg_min(d.document_id, d.seniority) AS first_article_id,
         min(d.ingested_at) AS date_added
  FROM event_articles ea JOIN documents d ON d.article_id = ea.article_id
  GROUP BY ea.event_id
),
value_counts AS (
  -- How often each name, country and code is given an event, and where it first is: the most
  -- frequent is chosen, among equally frequent ones the first in input order (mode() alone breaks
  -- ties as its parallel workers happen to meet them, so two rebuilds could differ).
  SELECT event_id, 'source_name' AS column_name, source_name AS value, count(*) AS n, min(position) AS first
  FROM mention_keys WHERE source_name IS NOT NULL GROUP BY event_id, source_name
  UNION ALL
  SELECT event_id, 'source_country', source_country, count(*), min(position)
  FROM mention_keys WHERE source_country IS NOT NULL GROUP BY event_id, source_country
  UNION ALL
  SELECT event_id, 'target_name', target_name, count(*), min(position)
  FROM mention_keys WHERE target_name IS NOT NULL GROUP BY event_id, target_name
  UNION ALL
  SELECT event_id, 'target_country', target_country, count(*), min(position)
  FROM mention_keys WHERE target_country IS NOT NULL GROUP BY event_id, target_country
  UNION ALL
  SELECT event_id, 'cameo_code', cameo_code, count(*), min(position)
  FROM mention_keys WHERE cameo_code IS NOT NULL GROUP BY event_id, cameo_code
),
modes AS (
  SELECT event_id,
         first(value ORDER BY n DESC, first) FILTER (WHERE column_name = 'source_name') AS source_name,
         first(value ORDER BY n DESC, first) FILTER (WHERE column_name = 'source_country') AS source_country,
         first(value ORDER BY n DESC, first) FILTER (WHERE column_name = 'target_name') AS target_name,
         first(value ORDER BY n DESC, first) FILTER (WHERE column_name = 'target_country') AS target_country,
         first(value ORDER BY n DESC, first) FILTER (WHERE column_name = 'cameo_code') AS cameo_code
  FROM value_counts GROUP BY event_id
),
grouped AS (
  SELECT event_id,
         any_value(date) AS date, min(date_start) AS date_start, max(date_end) AS date_end,
         any_value(date_precision) AS date_precision,
         any_value(source_code) AS source_code, any_value(target_code) AS target_code,
         any_value(root_code) AS root_code, any_value(quad_class) AS quad_class,
         avg(goldstein) AS goldstein, any_value(modality) AS modality, any_value(negated) AS negated,
         any_value(place_name) AS place_name, any_value(place_country) AS place_country,
         any_value(place_latitude) AS place_latitude, any_value(place_longitude) AS place_longitude,
         count(*) AS num_mentions, bool_or(is_root_event) AS is_root_event
  FROM mention_keys GROUP BY event_id
)
SELECT g.event_id, g.date, g.date_start, g.date_end, g.date_precision,
       g.source_code, o.source_name, o.source_country, g.target_code, o.target_name, o.target_country,
       o.cameo_code, g.root_code, g.quad_class, g.goldstein, g.modality, g.negated,
       g.place_name, g.place_country, g.place_latitude, g.place_longitude,
       g.num_mentions, d.num_sources, d.num_articles, g.is_root_event, d.source_url, d.first_article_id, d.date_added
FROM grouped g JOIN event_documents d ON d.event_id = g.event_id LEFT JOIN modes o ON o.event_id = g.event_id
;
DROP TABLE mention_keys
