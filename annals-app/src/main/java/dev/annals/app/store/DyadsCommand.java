package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals dyads}: who acts on whom most. */
@Command(name = "dyads", mixinStandardHelpOptions = true,
    description = "Source-target pairs by number of events, with mentions and mean Goldstein value.")
public final class DyadsCommand extends StoreCommand {
  @Mixin FilterOptions filters;

  @Option(names = "--limit", defaultValue = "20", description = "how many pairs (default 20)")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl")
  OutputFormat format;

  @Override
  int run(EventStore store, PrintWriter out) throws SQLException {
    format.print(new Queries(store).dyads(filters.filter(), limit), out);
    return 0;
  }
}
