package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals timeline}: events per day, week or month for an actor or dyad. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Events, mentions and mean Goldstein value per day, week or month (use --actor or --dyad).")
public final class TimelineCommand extends StoreCommand {
  @Mixin FilterOptions filters;

  @Option(names = "--by", defaultValue = "month", description = "day, week or month (default month)")
  Queries.Period period;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl")
  OutputFormat format;

  @Override
  int run(EventStore store, PrintWriter out) throws SQLException {
    format.print(new Queries(store).timeline(filters.filter(), period), out);
    return 0;
  }
}
