package dev.annals.app.store;

import dev.annals.store.EventStore;
import dev.annals.store.Exports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals export}: the aggregated events as GDELT TSV, CSV, JSON Lines or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the aggregated events to a file.",
        "gdelt: the GDELT 2.0 event table (61 tab-separated columns, GDELT's order, no header); csv: the events table; "
            + "jsonl and parquet: the full record, each event with its actors, place and every mention."})
public final class ExportCommand extends StoreCommand {
  @Mixin FilterOptions filters;

  @Option(names = "--format", required = true, description = "gdelt, csv, jsonl or parquet")
  Exports.Format format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the file to write")
  Path output;

  @Override
  int run(EventStore store, PrintWriter out) throws SQLException, IOException {
    long written = new Exports(store, UsStateDivisions.shared(), OrganisationCameoCodes.shared()).write(format, output, filters.filter());
    out.println("wrote " + written + " events to " + output + " (" + format.name().toLowerCase() + ")");
    out.flush();
    return 0;
  }
}
