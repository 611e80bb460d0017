package dev.annals.app.store;

import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals attach PARQUET_DIR}: makes the Spark job's output the store the query commands
 * read. The store folder gets DuckDB views over the Parquet files and a full-text index built once;
 * {@code --db PARQUET_DIR} on any query command does the same in memory on every run.
 */
@Command(name = "attach", mixinStandardHelpOptions = true,
    description = "Attaches the Parquet tables written by the Annals Spark job (annals-spark) as the store that "
        + "events, dyads, timeline, actors, search, article and export read (views over the files, no copy).")
public final class AttachCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(paramLabel = "PARQUET_DIR", description = "the job's output folder (local; copy it from HDFS or S3 first)")
  Path parquet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore attached = EventStore.attachParquet(parquet, store.folder())) {
      out.printf("attached %s to %s: %d articles, %d event mentions, %d events%n", parquet, store.folder(),
          attached.count("articles"), attached.count("event_mentions"), attached.count("events"));
      out.flush();
      return 0;
    } catch (IOException | SQLException e) {
      err.println("annals attach: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
