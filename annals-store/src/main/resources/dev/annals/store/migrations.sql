-- Columns added to the tables of schema.sql after stores were first written: a store made
-- before gains them, with NULL in its old rows, when it is opened. Each ADD COLUMN comes last in
-- its table, as in schema.sql, so that rows appended by position land in the same columns in old
-- and new stores. (Not run on the Spark job's Parquet output, whose tables are views.)

-- The first-level division of the event's place (GeoNames' admin-1 code), for GDELT's ADM1 columns.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS place_admin1 VARCHAR
;
