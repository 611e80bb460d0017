package dev.annals.app;

import dev.annals.app.store.ActorsCommand;
import dev.annals.app.store.ArticleCommand;
import dev.annals.app.store.AttachCommand;
import dev.annals.app.store.DyadsCommand;
import dev.annals.app.store.EventsCommand;
import dev.annals.app.store.ExportCommand;
import dev.annals.app.store.IngestCommand;
import dev.annals.app.store.SearchCommand;
import dev.annals.app.store.TimelineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = "Reads news and keeps what it reports as event data, with evidence for every event.",
    subcommands = {
      CodeCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      DyadsCommand.class,
      TimelineCommand.class,
      ActorsCommand.class,
      SearchCommand.class,
      ArticleCommand.class,
      ExportCommand.class,
      dev.annals.app.serve.ServeCommand.class,
      dev.annals.app.serve.DemoCommand.class,
      dev.annals.app.serve.BenchServeCommand.class,
      AttachCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this. */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
