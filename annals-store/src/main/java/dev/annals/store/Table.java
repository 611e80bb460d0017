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

}
