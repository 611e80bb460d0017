-- Spark SQL twin of annals-store's aggregate.sql: the same key, the same counts, the same choices.
-- Reads the temporary views event_mentions (with the ordinal of its article: input order),
-- articles and article_copies; the job writes the result as the events and event_links tables.
-- Differences of dialect only: arg_min is min_by; DuckDB's mode() breaks ties by first occurrence,
-- done here with the input order of mentions (article ordinal, event index, mention index).
-- Statements are separated by lines holding only ';'.
CREATE OR REPLACE TEMPORARY VIEW mention_keys AS
  SELECT m.*,
         substr(md5(concat_ws('|', date, source_code, coalesce(target_code, ''), root_code,
                              coalesce(place_name, ''), coalesce(place_country, ''), modality,
                              CAST(negated AS STRING))), 1, 16) AS event_id,
         named_struct('ordinal', ordinal, 'event_index', event_index, 'mention_index', mention_index) AS position
  FROM event_mentions m
;
CREATE OR REPLACE TEMPORARY VIEW aggregated_links AS
  SELECT event_id, mention_id FROM mention_keys
;
CREATE OR REPLACE TEMPORARY VIEW aggregated_events AS
WITH documents AS (
  SELECT a.article_id, a.article_id AS document_id,
         coalesce(a.publisher, nullif(regexp_extract(a.url, '://([^/:]+)', 1), ''), a.article_id) AS news_source,
         coalesce(a.url, a.origin) AS link,
         concat_ws('|', coalesce(CAST(a.publication_date AS STRING), '9999'), CAST(a.ingested_at AS STRING), a.article_id) AS seniority,
         a.ingested_at
  FROM articles a
  UNION ALL
  SELECT c.original_id, c.article_id,
         coalesce(c.publisher, nullif(regexp_extract(c.url, '://([^/:]+)', 1), ''),
                  a.publisher, nullif(regexp_extract(a.url, '://([^/:]+)', 1), ''), a.article_id),
         coalesce(c.url, c.origin),
         concat_ws('|', coalesce(CAST(c.publication_date AS STRING), '9999'), CAST(c.ingested_at AS STRING), c.article_id),
         c.ingested_at
  FROM article_copies c JOIN articles a ON a.article_id = c.original_id
),
event_articles AS (SELECT DISTINCT event_id, article_id FROM mention_keys),
event_documents AS (
  SELECT ea.event_id,
         count(DISTINCT d.document_id) AS num_articles,
         count(DISTINCT d.news_source) AS num_sources,
         min_by(d.link, d.seniority) AS source_url,
         min_by(d.document_id, d.seniority) AS first_article_id,
         min(d.ingested_at) AS date_added
  FROM event_articles ea JOIN documents d ON d.article_id = ea.article_id
  GROUP BY ea.event_id
),
value_counts AS (
  SELECT event_id, 'source_name' AS column_name, source_name AS value, count(*) AS n, min(position) AS first
  FROM mention_keys WHERE source_name IS NOT NULL GROUP BY event_id, source_name
  UNION ALL
  SELECT event_id, 'source_country' AS column_name, source_country AS value, count(*) AS n, min(position) AS first
  FROM mention_keys WHERE source_country IS NOT NULL GROUP BY event_id, source_country
  UNION ALL
  SELECT event_id, 'target_name' AS column_name, target_name AS value, count(*) AS n, min(position) AS first
  FROM mention_keys WHERE target_name IS NOT NULL GROUP BY event_id, target_name
  UNION ALL
  SELECT event_id, 'target_country' AS column_name, target_country AS value, count(*) AS n, min(position) AS first
  FROM mention_keys WHERE target_country IS NOT NULL GROUP BY event_id, target_country
  UNION ALL
  SELECT event_id, 'cameo_code' AS column_name, cameo_code AS value, count(*) AS n, min(position) AS first
  FROM mention_keys WHERE cameo_code IS NOT NULL GROUP BY event_id, cameo_code
),
modes AS (
  -- the most frequent value; among equally frequent ones the first in input order (DuckDB's mode)
  SELECT event_id,
         max_by(value, key) FILTER (WHERE column_name = 'source_name') AS source_name,
         max_by(value, key) FILTER (WHERE column_name = 'source_country') AS source_country,
         max_by(value, key) FILTER (WHERE column_name = 'target_name') AS target_name,
         max_by(value, key) FILTER (WHERE column_name = 'target_country') AS target_country,
         max_by(value, key) FILTER (WHERE column_name = 'cameo_code') AS cameo_code
  FROM (SELECT *, named_struct('n', n, 'ordinal', -first.ordinal, 'event_index', -first.event_index,
                               'mention_index', -first.mention_index) AS key FROM value_counts)
  GROUP BY event_id
),
grouped AS (
  SELECT event_id,
         any_value(date) AS date, min(date_start) AS date_start, max(date_end) AS date_end,
         any_value(date_precision) AS date_precision,
         any_value(source_code) AS source_code,
         any_value(target_code) AS target_code,
         any_value(root_code) AS root_code, any_value(quad_class) AS quad_class,
         avg(goldstein) AS goldstein, any_value(modality) AS modality, any_value(negated) AS negated,
         any_value(place_name) AS place_name, any_value(place_country) AS place_country,
         any_value(place_latitude) AS place_latitude, any_value(place_longitude) AS place_longitude,
         CAST(count(*) AS INT) AS num_mentions, bool_or(is_root_event) AS is_root_event
  FROM mention_keys GROUP BY event_id
)
SELECT g.event_id, g.date, g.date_start, g.date_end, g.date_precision,
       g.source_code, o.source_name, o.source_country, g.target_code, o.target_name, o.target_country,
       o.cameo_code, g.root_code, g.quad_class, g.goldstein, g.modality, g.negated,
       g.place_name, g.place_country, g.place_latitude, g.place_longitude,
       g.num_mentions, CAST(d.num_sources AS INT) AS num_sources, CAST(d.num_articles AS INT) AS num_articles,
       g.is_root_event, d.source_url, d.first_article_id, d.date_added
FROM grouped g JOIN event_documents d ON d.event_id = g.event_id JOIN modes o ON o.event_id = g.event_id
