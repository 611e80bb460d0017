package dev.annals.app.serve;

import dev.annals.app.Annals;
import dev.annals.app.store.ArticleCoding;
import dev.annals.app.store.PipelineCoding;
import dev.annals.app.store.StoreOption;
import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals serve}: the REST API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store over HTTP: the web UI at /, the REST API under /api (described at /api/openapi.json).",
        "Adding articles (POST /api/articles, the UI's paste box) needs the token given by --token or ANNALS_TOKEN."})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "7070", description = "port (default 7070; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default 127.0.0.1: this machine only)")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "the token that allows adding articles (default: $ANNALS_TOKEN)")
  String token;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(store.folder().resolve(EventStore.DATABASE_FILE))) {
      err.println("annals serve: " + store.folder() + ": no Annals store here (run 'annals ingest' first, pass --db DIR, "
          + "or try 'annals demo')");
      err.flush();
      return 1;
    }
    Optional<String> chosen = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("ANNALS_TOKEN")))
        .filter(t -> !t.isBlank());
    try (EventStore opened = EventStore.open(store.folder())) {
      return serve(opened, chosen, host, port, spec.commandLine().getOut(), err,
          () -> new PipelineCoding(Annals.shared(), Clock.systemDefaultZone()));
    } catch (IOException | SQLException e) {
      err.println("annals serve: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** Serves an open store until the JVM is interrupted (Ctrl-C); shared with {@code annals demo}. */
  static int serve(EventStore store, Optional<String> token, String host, int port, PrintWriter out, PrintWriter err,
      Supplier<ArticleCoding> coding) throws IOException, SQLException {
    ApiServer server = new ApiServer(store, coding, token);
    try {
      server.start(host, port);
    } catch (RuntimeException e) {
      server.close();
      err.println("annals serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    out.println("Annals is serving " + store.folder() + " at http://" + shownHost + ":" + server.port() + "/");
    out.println("API: http://" + shownHost + ":" + server.port() + "/api/openapi.json");
    out.println(token.isPresent() ? "Adding articles is on (token set)." : "Adding articles is off (no --token, no ANNALS_TOKEN).");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      try {
        server.close();
      } catch (SQLException e) {
        // stopping anyway
      }
      stopped.countDown();
    });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
