package dev.annals.app.serve;

import dev.annals.app.Annals;
import dev.annals.app.store.ArticleCoding;
import dev.annals.app.store.PipelineCoding;
import dev.annals.app.store.Progress;
import dev.annals.store.EventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real server on a free loopback port over a store holding the demo articles, coded by the real
 * pipeline (CoreNLP is loaded once per JVM by {@link Annals#shared()}). One per test class.
 */
final class DemoServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123";

  final Path folder;
  final EventStore store;
  final ApiServer server;
  final String base;

  private DemoServer(Path folder, EventStore store, ApiServer server) {
    this.folder = folder;
    this.store = store;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  static DemoServer start() throws IOException, SQLException {
    Path folder = Files.createTempDirectory("annals-serve-test-");
    ArticleCoding coding = new PipelineCoding(Annals.shared(), Clock.systemDefaultZone());
    EventStore store = EventStore.open(folder.resolve("store"));
    List<String> problems = DemoArticles.ingest(store, coding, folder, Progress.silent());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("demo articles did not ingest cleanly: " + problems);
    }
    ApiServer server = new ApiServer(store, () -> coding, Optional.of(TOKEN)).start("127.0.0.1", 0);
    return new DemoServer(folder, store, server);
  }

  @Override
  public void close() throws IOException, SQLException {
    try {
      server.close();
      store.close();
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
