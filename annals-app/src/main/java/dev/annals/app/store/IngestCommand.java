package dev.annals.app.store;

import dev.annals.app.Annals;
import dev.annals.ingest.ArticleSource;
import dev.annals.ingest.Sources;
import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals ingest PATH|URL...}: reads, codes and stores a corpus; resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads plain text, HTML, RSS/Atom, WARC(.gz) and JSON Lines files, folders and URLs, codes every article "
        + "and stores articles, events, actors, quotes and places in the store folder.",
        "Resumable: run it again after a kill and it skips what was stored. Repeated articles (same URL, same or nearly "
            + "the same text) are stored once and counted as another source."})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "files, folders (read recursively) or http(s) URLs")
  List<String> inputs;

  @Option(names = "--threads", defaultValue = "2", description = "parallel pipelines (default 2)")
  int threads;

  @Option(names = "--batch", defaultValue = "0", description = "articles coded and committed together (default 16 per thread)")
  int batch;

  private final Supplier<ArticleCoding> coding;

  public IngestCommand() {
    this(() -> new PipelineCoding(Annals.shared(), Clock.systemDefaultZone()));
  }

  /** With another pipeline (tests). */
  public IngestCommand(Supplier<ArticleCoding> coding) {
    this.coding = coding;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Sources sources = new Sources();
    List<ArticleSource> opened = new ArrayList<>();
    AtomicLong problems = new AtomicLong();
    for (String input : inputs) {
      try {
        opened.add(sources.open(input));
      } catch (IOException e) {
        err.println("annals ingest: " + input + ": " + e.getMessage() + " (skipped)");
        problems.incrementAndGet();
      }
    }
    if (opened.isEmpty()) {
      err.println("annals ingest: nothing to read");
      err.flush();
      return 2;
    }
    OptionalLong expected = count(opened);
    try (EventStore eventStore = EventStore.open(store.folder())) {
      Ingester ingester = new Ingester(eventStore, coding.get(), threads, batch > 0 ? batch : 16 * threads,
          problem -> {
            err.println();
            err.println("annals ingest: skipped " + problem);
            err.flush();
          },
          new Progress(err));
      Ingester.Report report = ingester.run(opened, expected);
      out.printf(Locale.ROOT, "read %d articles: %d stored, %d copies of stored articles, %d already stored, %d failed; "
              + "%d problems; %.1f s, %.2f articles/s, %.0f tokens/s%n",
          report.read(), report.stored(), report.copies(), report.skipped(), report.failed(), report.problems() + problems.get(),
          report.seconds(), report.articlesPerSecond(), report.seconds() > 0 ? report.tokens() / report.seconds() : 0.0);
      out.printf(Locale.ROOT, "store %s: %d articles, %d event mentions, %d events%n", store.folder(),
          eventStore.count("articles"), eventStore.count("event_mentions"), eventStore.count("events"));
      out.flush();
      return report.failed() + report.problems() + problems.get() > 0 ? 3 : 0;
    } catch (IOException | SQLException e) {
      err.println();
      err.println("annals ingest: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** How many articles the inputs hold, for the ETA, when every reader can tell cheaply. */
  private static OptionalLong count(List<ArticleSource> sources) {
    long total = 0;
    for (ArticleSource source : sources) {
      try {
        OptionalLong estimate = source.estimatedCount();
        if (estimate.isEmpty()) {
          return OptionalLong.empty();
        }
        total += estimate.getAsLong();
      } catch (IOException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total);
  }

}
