package dev.annals.app.store;

import dev.annals.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads an existing store; failures become one line on stderr and exit code 1. */
abstract class StoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Override
  public final Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore opened = store.openExisting()) {
      return run(opened, spec.commandLine().getOut());
    } catch (IOException | SQLException | IllegalArgumentException e) {
      err.println("annals " + spec.name() + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  abstract int run(EventStore store, PrintWriter out) throws IOException, SQLException;
}
