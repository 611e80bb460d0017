package dev.annals.app.serve;

import dev.annals.app.store.ArticleCoding;
import dev.annals.app.store.Ingester;
import dev.annals.app.store.Progress;
import dev.annals.ingest.Sources;
import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The demo corpus: 40 short news reports written for Annals (made up, dated January to June
 * 2025, about a dozen regions, some events reported twice) in {@code demo/articles.jsonl}.
 */
public final class DemoArticles {
  static final String RESOURCE = "demo/articles.jsonl";

  private DemoArticles() {}

  /** Writes the demo corpus as a JSON Lines file into a folder and returns its path. */
  public static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve("demo-articles.jsonl");
    try (InputStream in = DemoArticles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the classpath (dev/annals/app/serve)");
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** Codes the demo corpus into the store; returns the problems reported (none expected). */
  public static List<String> ingest(EventStore store, ArticleCoding coding, Path scratch, Progress progress)
      throws IOException, SQLException {
    Path file = write(scratch);
    List<String> problems = new ArrayList<>();
    new Ingester(store, coding, 2, 16, problem -> problems.add(problem.toString()), progress)
        .run(List.of(new Sources().open(file.toString())), OptionalLong.empty());
    return problems;
  }
}
