package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.Queries;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals actors}: actors by how often they are named. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Actors by number of mentions, with articles and events as source and as target.")
public final class ActorsCommand extends StoreCommand {
  @Option(names = "--code", paramLabel = "PREFIX", description = "only codes that start so (RUS)")
  String code;

  @Option(names = "--limit", defaultValue = "30", description = "how many (default 30)")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl")
  OutputFormat format;

  @Override
  int run(EventStore store, PrintWriter out) throws SQLException {
    format.print(new Queries(store).actors(Optional.ofNullable(code), limit), out);
    return 0;
  }
}
