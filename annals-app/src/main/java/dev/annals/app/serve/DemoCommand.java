package dev.annals.app.serve;

import dev.annals.app.Annals;
import dev.annals.app.store.ArticleCoding;
import dev.annals.app.store.PipelineCoding;
import dev.annals.app.store.Progress;
import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals demo}: codes the bundled demo reports into a temporary store and serves it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Codes 40 short sample news reports (bundled, made up, January to June 2025) into a temporary store "
        + "and serves the web UI and the API on it. The store is deleted when the server stops.",
        "Prints the URL and a fresh token for the UI's paste-an-article box."})
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "port (default 7070; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1)")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "token for adding articles (default: $ANNALS_TOKEN, else a new random one)")
  String token;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String chosen = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("ANNALS_TOKEN")))
        .filter(t -> !t.isBlank()).orElseGet(DemoCommand::randomToken);
    Path folder;
    try {
      folder = Files.createTempDirectory("annals-demo-");
    } catch (IOException e) {
      err.println("annals demo: cannot create a temporary folder: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
    out.println("annals demo: loading the pipeline (about 20 s) and coding 40 sample reports into " + folder + " ...");
    out.flush();
    ArticleCoding coding = new PipelineCoding(Annals.shared(), Clock.systemDefaultZone());
    try (EventStore store = EventStore.open(folder.resolve("store"))) {
      List<String> problems = DemoArticles.ingest(store, coding, folder, new Progress(err));
      problems.forEach(p -> err.println("annals demo: " + p));
      out.printf("annals demo: %d articles, %d events%n", store.count("articles"), store.count("events"));
      out.println("Token for the paste box: " + chosen);
      return ServeCommand.serve(store, Optional.of(chosen), host, port, out, err, () -> coding);
    } catch (IOException | SQLException e) {
      err.println("annals demo: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the system cleans it eventually
    }
  }
}
