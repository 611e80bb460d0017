package dev.annals.app;

import dev.annals.app.eval.EvalRequest;
import dev.annals.app.eval.EvalResult;
import dev.annals.app.eval.Evaluation;
import dev.annals.app.eval.Evaluations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals eval KIND GOLD...}: scores Annals against published gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores Annals against gold data and prints precision, recall, F1 and the worst errors.",
        "KINDs: cameo (PETRARCH records), plover (PLOVER JSON), timex (TimeML), quotes (PolNeAR brat), geo (LGL XML)."})
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "what to score: cameo, plover, timex, quotes, geo")
  String kind;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "GOLD", description = "gold files or folders")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "PEER", description = "also score a peer on the same data in the same run: corenlp")
  Optional<String> baseline = Optional.empty();

  @Mixin UserDictionaries dictionaries = new UserDictionaries();

  @Option(names = "--limit", defaultValue = "0", description = "score only the first N gold items (0: all)")
  int limit;

  @Option(names = "--report", paramLabel = "FILE", description = "write every error to this file")
  Optional<Path> report = Optional.empty();

  @Option(names = "--errors", defaultValue = "15", description = "how many errors to print (default 15)")
  int errorsShown;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Evaluation> evaluation = Evaluations.byKind(kind);
    if (evaluation.isEmpty()) {
      err.println("annals: unknown KIND '" + kind + "'; known: " + String.join(", ", Evaluations.kinds()));
      return 2;
    }
    if (baseline.isPresent() && !baseline.get().equals("corenlp")) {
      err.println("annals: unknown baseline '" + baseline.get() + "'; the one known is corenlp");
      return 2;
    }
    Optional<String> problem = dictionaries.problem();
    if (problem.isPresent()) {
      err.println("annals: " + problem.get());
      return 2;
    }
    EvalRequest request = new EvalRequest(gold, baseline, dictionaries.byRole(), Annals.shared(), limit, out, err);
    EvalResult result;
    try {
      result = evaluation.get().run(request);
    } catch (NoSuchFileException e) {
      err.println("annals: " + e.getFile() + ": " + Optional.ofNullable(e.getReason()).orElse("no such file"));
      return 2;
    } catch (IOException e) {
      err.println("annals: " + evaluation.get().kind() + ": " + e.getMessage());
      return 2;
    } catch (dev.annals.coding.knowledge.KnowledgeFileException e) {
      // A dictionary given with --actors/--agents/--verbs has a line Annals cannot read.
      err.println("annals: " + e.getMessage());
      return 2;
    }
    result.scores().forEach((name, value) -> out.printf(Locale.ROOT, "score %s = %.1f%n", name, value));
    out.println("errors (first " + Math.min(errorsShown, result.errors().size()) + " of " + result.errors().size() + "):");
    result.errors().stream().limit(errorsShown).forEach(e -> out.println("  " + e));
    if (report.isPresent()) {
      Files.write(report.get(), result.errors());
      out.println("all errors written to " + report.get());
    }
    return 0;
  }
}
