package dev.annals.app.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals bench-serve}: the server under load on loopback (see {@link ServeBenchmark}). */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = "Load test of annals serve: a temporary store of synthetic events, the server on a free loopback port, "
        + "and concurrent clients requesting event pages and timelines; prints requests/s, latency percentiles and failures.")
public final class BenchServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--events", defaultValue = "100000", description = "synthetic events in the store (default 100000)")
  long events;

  @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default 50)")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "how long the measured run lasts (default 30)")
  int seconds;

  @Override
  public Integer call() throws IOException, SQLException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (events < 1 || clients < 1 || seconds < 1) {
      spec.commandLine().getErr().println("annals bench-serve: --events, --clients and --seconds must be at least 1");
      return 2;
    }
    ServeBenchmark.Result result = new ServeBenchmark(out).run(events, clients, seconds);
    return result.failures() == 0 ? 0 : 3;
  }
}
