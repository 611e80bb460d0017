package dev.annals.app.serve;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * Read connections to the store's database for request threads. One DuckDB connection runs one
 * statement at a time; {@code duplicate()} gives more connections to the same database, which see
 * every committed write. A few suffice: DuckDB runs each query on all cores.
 */
final class ConnectionPool implements AutoCloseable {
  /** A query on a borrowed connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();

  ConnectionPool(Connection main, int size) throws SQLException {
    idle = new ArrayBlockingQueue<>(size);
    DuckDBConnection duck = main.unwrap(DuckDBConnection.class);
    for (int i = 0; i < size; i++) {
      Connection connection = duck.duplicate();
      all.add(connection);
      idle.add(connection);
    }
  }

  <T> T with(Work<T> work) throws SQLException {
    Connection connection;
    try {
      connection = idle.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a database connection", e);
    }
    if (connection == null) {
      throw new SQLException("no database connection free after 30 s");
    }
    try {
      return work.run(connection);
    } finally {
      idle.add(connection);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection connection : all) {
      connection.close();
    }
  }
}
