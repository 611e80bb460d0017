package dev.annals.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query's result: column names and rows of values (String, Long, Integer, Double, Boolean,
 * LocalDate or null), small enough to hold in memory (queries are paged).
 */
public record Table(List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copied = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
      }
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copied);
  }

  public Object value(int row, String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return rows.get(row).get(index);
  }

  public int size() {
    return rows.size();
  }


  /**
   * Runs a query with bound parameters and reads every row: dates as LocalDate, timestamps as
   * LocalDateTime, DuckDB's big integers and decimals as long.
   */
  public static Table read(java.sql.Connection connection, String sql, List<?> parameters) throws java.sql.SQLException {
    try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        java.sql.ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          columns.add(meta.getColumnLabel(c));
        }
        List<List<Object>> values = new ArrayList<>();
        while (rows.next()) {
          List<Object> row = new ArrayList<>();
          for (int c = 1; c <= columns.size(); c++) {
            Object value = rows.getObject(c);
            if (value instanceof java.sql.Date date) {
              value = date.toLocalDate();
            } else if (value instanceof java.sql.Timestamp stamp) {
              value = stamp.toLocalDateTime();
            } else if (value instanceof java.math.BigInteger || value instanceof java.math.BigDecimal) {
              value = ((Number) value).longValue();
            }
            row.add(value);
          }
          values.add(row);
        }
        return new Table(columns, values);
      }
    }
  }
}
