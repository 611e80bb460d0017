package dev.annals.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = "Reads news and keeps what it reports as event data, with evidence for every event.",
    subcommands = {CodeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
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
