package dev.annals.coding.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads Annals' knowledge files: tab-separated, {@code #} comments, {@code |} between values,
 * {@code -} for empty. See docs/knowledge-files.md. A malformed line is an error that names the
 * file and the line, because a silently skipped dictionary line is a silently wrong event.
 */
public final class TsvFile {
  private TsvFile() {}

  /** One data line of a knowledge file. */
  public record Row(String file, int lineNumber, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    public String field(int index) {
      return fields.get(index);
    }

    /** The field, or empty when it is {@code -}. */
    public Optional<String> optional(int index) {
      String value = index < fields.size() ? fields.get(index).strip() : "-";
      return value.isEmpty() || value.equals("-") ? Optional.empty() : Optional.of(value);
    }

    /** The field split on {@code |}; empty for {@code -}. */
    public List<String> values(int index) {
      return optional(index).map(v -> Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    public double number(int index) {
      try {
        return Double.parseDouble(fields.get(index).strip());
      } catch (NumberFormatException e) {
        throw error("column " + (index + 1) + " must be a number, was '" + fields.get(index) + "'");
      }
    }

    public KnowledgeFileException error(String problem) {
      return new KnowledgeFileException(file + " line " + lineNumber + ": " + problem);
    }
  }

  /**
   * Reads a classpath resource. {@code minColumns} lines shorter than that are errors; trailing
   * optional columns may be left out.
   */
  public static List<Row> readResource(String resource, int minColumns) {
    InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new KnowledgeFileException("knowledge file " + resource + " is missing from the class path");
    }
    return read(resource, in, minColumns);
  }

  public static List<Row> read(String name, InputStream in, int minColumns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        List<String> fields = Arrays.asList(line.split("\t", -1));
        Row row = new Row(name, number, fields);
        if (fields.size() < minColumns) {
          throw row.error("expected at least " + minColumns + " tab-separated columns, found " + fields.size());
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge file " + name, e);
    }
    return rows;
  }

  /** Plain word lists: one entry a line, {@code #} comments. */
  public static List<String> readWordList(String resource) {
    return readResource(resource, 1).stream().map(r -> r.field(0).strip().toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
