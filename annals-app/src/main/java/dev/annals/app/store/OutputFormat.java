package dev.annals.app.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.store.Table;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a query command prints its table. */
public enum OutputFormat {
  TABLE,
  CSV,
  JSONL;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int WIDEST = 48;

  public void print(Table table, PrintWriter out) {
    switch (this) {
      case TABLE -> printTable(table, out);
      case CSV -> printCsv(table, out);
      case JSONL -> printJsonLines(table, out);
    }
    out.flush();
  }

  private static void printTable(Table table, PrintWriter out) {
    List<String> header = table.columns();
    List<List<String>> cells = new ArrayList<>();
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
    }
    for (List<Object> row : table.rows()) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String cell = text(row.get(c)).replaceAll("\\s+", " ");
        if (cell.length() > WIDEST) {
          cell = cell.substring(0, WIDEST - 3) + "...";
        }
        widths[c] = Math.max(widths[c], cell.length());
        line.add(cell);
      }
      cells.add(line);
    }
    out.println(line(header, widths).stripTrailing());
    for (List<String> line : cells) {
      out.println(line(line, widths).stripTrailing());
    }
    out.println("(" + table.size() + (table.size() == 1 ? " row)" : " rows)"));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder builder = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      builder.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", cells.get(c)));
      if (c + 1 < cells.size()) {
        builder.append("  ");
      }
    }
    return builder.toString();
  }

  private static void printCsv(Table table, PrintWriter out) {
    out.println(String.join(",", table.columns().stream().map(OutputFormat::csv).toList()));
    for (List<Object> row : table.rows()) {
      out.println(String.join(",", row.stream().map(v -> v == null ? "" : csv(text(v))).toList()));
    }
  }

  private static String csv(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static void printJsonLines(Table table, PrintWriter out) {
    for (List<Object> row : table.rows()) {
      ObjectNode node = MAPPER.createObjectNode();
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        String name = table.columns().get(c);
        if (value == null) {
          node.putNull(name);
        } else if (value instanceof Boolean b) {
          node.put(name, b);
        } else if (value instanceof Integer i) {
          node.put(name, i);
        } else if (value instanceof Long l) {
          node.put(name, l);
        } else if (value instanceof Number n) {
          node.put(name, n.doubleValue());
        } else {
          node.put(name, value.toString());
        }
      }
      out.println(node.toString());
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return d.toString();
      }
      String plain = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    return value.toString();
  }
}
