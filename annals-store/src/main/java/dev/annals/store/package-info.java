/** The embedded store: DuckDB tables, Lucene index, aggregation of mentions into events, exports. */
package dev.annals.store;
