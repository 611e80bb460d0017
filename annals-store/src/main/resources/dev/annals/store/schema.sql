-- The Annals store. Column names follow the event record of EventJson (annals-app): nested
-- JSON objects become prefixed columns (source.code -> source_code, place.name -> place_name).
-- Statements are separated by lines holding only ';'.

CREATE TABLE IF NOT EXISTS articles (
  article_id VARCHAR PRIMARY KEY,
  url VARCHAR,
  title VARCHAR,
  publisher VARCHAR,
  author VARCHAR,
  publication_date DATE,
  reference_date DATE NOT NULL,
  reference_date_origin VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  fingerprint VARCHAR,
  origin VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL
)
;
-- A report that repeats a stored article (same URL, same text or a near-duplicate): not coded
-- again, but counted as one more document and, when its publisher differs, one more source.
CREATE TABLE IF NOT EXISTS article_copies (
  article_id VARCHAR PRIMARY KEY,
  original_id VARCHAR NOT NULL,
  url VARCHAR,
  publisher VARCHAR,
  publication_date DATE,
  origin VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  similarity DOUBLE NOT NULL,
  ingested_at TIMESTAMP NOT NULL
)
;
CREATE TABLE IF NOT EXISTS sentences (
  article_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence VARCHAR NOT NULL,
  PRIMARY KEY (article_id, sentence_index)
)
;
-- One row per event mention: one sentence of one article reporting one event.
CREATE TABLE IF NOT EXISTS event_mentions (
  mention_id VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  event_index INTEGER NOT NULL,
  mention_index INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence VARCHAR NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence VARCHAR NOT NULL,
  trigger VARCHAR NOT NULL,
  source_code VARCHAR NOT NULL,
  source_text VARCHAR NOT NULL,
  source_name VARCHAR NOT NULL,
  source_country VARCHAR,
  source_sector VARCHAR,
  source_kind VARCHAR NOT NULL,
  target_code VARCHAR,
  target_text VARCHAR,
  target_name VARCHAR,
  target_country VARCHAR,
  target_sector VARCHAR,
  target_kind VARCHAR,
  cameo_code VARCHAR NOT NULL,
  cameo_name VARCHAR NOT NULL,
  root_code VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE NOT NULL,
  date VARCHAR NOT NULL,
  date_start DATE NOT NULL,
  date_end DATE NOT NULL,
  date_precision VARCHAR NOT NULL,
  date_origin VARCHAR NOT NULL,
  modality VARCHAR NOT NULL,
  negated BOOLEAN NOT NULL,
  place_name VARCHAR,
  place_country VARCHAR,
  place_latitude DOUBLE,
  place_longitude DOUBLE,
  place_kind VARCHAR,
  quote_index INTEGER,
  confidence DOUBLE NOT NULL,
  is_root_event BOOLEAN NOT NULL,
  place_admin1 VARCHAR
)
;
CREATE TABLE IF NOT EXISTS actor_mentions (
  article_id VARCHAR NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  country VARCHAR,
  sector VARCHAR,
  kind VARCHAR NOT NULL
)
;
CREATE TABLE IF NOT EXISTS quotes (
  article_id VARCHAR NOT NULL,
  quote_index INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  direct BOOLEAN NOT NULL,
  speaker_code VARCHAR,
  speaker_text VARCHAR,
  speaker_name VARCHAR,
  PRIMARY KEY (article_id, quote_index)
)
;
-- Aggregated events (GDELT's meaning), rebuilt from event_mentions by aggregate.sql.
CREATE TABLE IF NOT EXISTS events (
  event_id VARCHAR PRIMARY KEY,
  date VARCHAR NOT NULL,
  date_start DATE NOT NULL,
  date_end DATE NOT NULL,
  date_precision VARCHAR NOT NULL,
  source_code VARCHAR NOT NULL,
  source_name VARCHAR NOT NULL,
  source_country VARCHAR,
  target_code VARCHAR,
  target_name VARCHAR,
  target_country VARCHAR,
  cameo_code VARCHAR NOT NULL,
  root_code VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE NOT NULL,
  modality VARCHAR NOT NULL,
  negated BOOLEAN NOT NULL,
  place_name VARCHAR,
  place_country VARCHAR,
  place_latitude DOUBLE,
  place_longitude DOUBLE,
  num_mentions INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  is_root_event BOOLEAN NOT NULL,
  source_url VARCHAR NOT NULL,
  first_article_id VARCHAR NOT NULL,
  date_added TIMESTAMP NOT NULL
)
;
CREATE TABLE IF NOT EXISTS event_links (
  event_id VARCHAR NOT NULL,
  mention_id VARCHAR NOT NULL
)
;
-- The fingerprint of the ids in articles (ArticleIdSet: how many, and the exclusive or of their
-- hashes as an unsigned decimal): one row, updated in the transaction that stores articles, so
-- that opening the store compares it with the full-text index's without reading every id. Not a
-- table of the event record: the Spark job writes none.
CREATE TABLE IF NOT EXISTS article_id_set (
  article_count BIGINT NOT NULL,
  id_hash VARCHAR NOT NULL
)
;
-- An actor's name, country, sector and kind: the most frequent among its mentions, among equally
-- frequent ones the first in alphabetical order (mode() alone breaks ties as its parallel workers
-- happen to meet them, so one store could answer two ways; a view over Parquet has no input order).
CREATE OR REPLACE VIEW actors AS
  WITH value_counts AS (
    SELECT code, 'name' AS column_name, name AS value, count(*) AS n FROM actor_mentions WHERE name IS NOT NULL GROUP BY code, name
    UNION ALL
    SELECT code, 'country', country, count(*) FROM actor_mentions WHERE country IS NOT NULL GROUP BY code, country
    UNION ALL
    SELECT code, 'sector', sector, count(*) FROM actor_mentions WHERE sector IS NOT NULL GROUP BY code, sector
    UNION ALL
    SELECT code, 'kind', kind, count(*) FROM actor_mentions WHERE kind IS NOT NULL GROUP BY code, kind
  ),
  modes AS (
    SELECT code,
           first(value ORDER BY n DESC, value) FILTER (WHERE column_name = 'name') AS name,
           first(value ORDER BY n DESC, value) FILTER (WHERE column_name = 'country') AS country,
           first(value ORDER BY n DESC, value) FILTER (WHERE column_name = 'sector') AS sector,
           first(value ORDER BY n DESC, value) FILTER (WHERE column_name = 'kind') AS kind
    FROM value_counts GROUP BY code
  ),
  totals AS (
    SELECT code, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM actor_mentions GROUP BY code
  )
  SELECT t.code, m.name, m.country, m.sector, m.kind, t.mentions, t.articles
  FROM totals t LEFT JOIN modes m ON m.code = t.code
;
CREATE OR REPLACE VIEW places AS
  SELECT place_name AS name, place_country AS country, any_value(place_latitude) AS latitude,
         any_value(place_longitude) AS longitude, any_value(place_kind) AS kind, count(*) AS mentions
  FROM event_mentions WHERE place_name IS NOT NULL GROUP BY place_name, place_country
