package dev.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A SQL resource file whose statements are separated by lines holding only ';'. */
final class SqlScript {
  private final String name;
  private final List<String> statements;

  private SqlScript(String name, List<String> statements) {
    this.name = name;
    this.statements = List.copyOf(statements);
  }

  static SqlScript load(String resource) {
    try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/annals/store/" + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      for (String part : text.split("(?m)^;\\s*$")) {
        String statement = part.replaceAll("(?m)^--.*$", "").strip();
        if (!statement.isEmpty()) {
          statements.add(statement);
        }
      }
      return new SqlScript(resource, statements);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Runs every statement; a new Statement per call because DuckDB closes one after a failure. */
  void run(Connection connection) throws SQLException {
    for (String sql : statements) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new SQLException(name + ": " + e.getMessage() + "\n in: " + sql.lines().findFirst().orElse(""), e);
      }
    }
  }
}
