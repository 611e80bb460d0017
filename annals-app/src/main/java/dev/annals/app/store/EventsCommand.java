package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals events}: aggregated events, filtered, sorted and paged. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Lists aggregated events (mentions of one happening merged, as GDELT does) with their counts.")
public final class EventsCommand extends StoreCommand {
  @Mixin FilterOptions filters;

  @Option(names = "--sort", defaultValue = "date", description = "date, mentions, sources or goldstein (default date)")
  Queries.Sort sort;

  @Option(names = "--desc", description = "sort descending")
  boolean descending;

  @Option(names = "--limit", defaultValue = "50", description = "rows per page (default 50)")
  int limit;

  @Option(names = "--page", defaultValue = "1", description = "page number, from 1")
  int page;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl")
  OutputFormat format;

  @Override
  int run(EventStore store, PrintWriter out) throws SQLException {
    if (limit < 1 || page < 1) {
      throw new IllegalArgumentException("--limit and --page must be at least 1");
    }
    format.print(new Queries(store).events(filters.filter(), sort, descending, limit, (page - 1) * limit), out);
    return 0;
  }
}
