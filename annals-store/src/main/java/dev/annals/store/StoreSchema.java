package dev.annals.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store's tables as {@code schema.sql} declares them, read back from an in-memory DuckDB: what
 * the Spark job writes as Parquet and what {@link EventStore#attachParquet} expects to find.
 */
public final class StoreSchema {
  /** The tables a store holds (views such as actors and places are derived from them). */
  public static final List<String> TABLES = List.of(
      "articles", "article_copies", "sentences", "event_mentions", "actor_mentions", "quotes", "events", "event_links");

  /**
   * One column.
   *
   * @param name the column name
   * @param type DuckDB's type name: VARCHAR, INTEGER, DOUBLE, BOOLEAN, DATE or TIMESTAMP
   * @param nullable whether the schema allows NULL
   */
  public record Column(String name, String type, boolean nullable) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  private StoreSchema() {}

  /** Every table with its columns in declaration order. */
  public static Map<String, List<Column>> tables() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      SqlScript.load("schema.sql").run(connection);
      Map<String, List<Column>> tables = new LinkedHashMap<>();
      for (String table : TABLES) {
        tables.put(table, columns(connection, table));
      }
      return tables;
    }
  }

  /** The columns of a table or view on a connection, as DuckDB describes them. */
  public static List<Column> columns(Connection connection, String table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(new Column(rows.getString(1), rows.getString(2), "YES".equals(rows.getString(3))));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new SQLException("no table " + table + " in the store's schema");
    }
    return columns;
  }
}
