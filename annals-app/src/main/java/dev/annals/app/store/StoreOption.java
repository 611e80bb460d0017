package dev.annals.app.store;

import dev.annals.store.EventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option every store command shares. */
public final class StoreOption {
  @Option(names = "--db", paramLabel = "DIR", defaultValue = "annals-data",
      description = "the store folder: a DuckDB file and a Lucene index (default: ./annals-data), "
          + "or a folder of Parquet tables written by the Spark job")
  Path folder;

  public Path folder() {
    return folder;
  }

  /** Opens the store for a query: it must exist. */
  EventStore openExisting() throws IOException, SQLException {
    if (EventStore.isParquetTables(folder)) {
      return EventStore.attachParquet(folder);
    }
    if (!Files.isRegularFile(folder.resolve(EventStore.DATABASE_FILE))) {
      throw new IOException(folder + ": no Annals store here (run 'annals ingest' first, or pass --db DIR)");
    }
    return EventStore.open(folder);
  }
}
